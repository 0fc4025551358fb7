// Pass 2: runs of capitalised words per sentence, split into titles and names, with gazetteer matches typed.
import type { AnalysisState } from '../types.js';
import type { GazetteerEntry, Piece, Word } from './types.js';
import { type Gazetteer, nameKey } from './gazetteer.js';
import {
  GIVEN_NAMES, HONORIFICS, MONTHS, NEVER_NAMES, NOT_NAME_ACRONYMS, SOFT_STARTERS, ORG_KEYWORDS, OTHER_KEYWORDS, PLACE_KEYWORDS, ROLE_FILLERS, TITLE_WORDS, WEEKDAYS,
} from './data/words.js';

/** Lower-case words that may sit inside a name between two capitalised words. */
const PARTICLES = new Set(['de', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'dos', 'das', 'ul']);
const JOINERS = new Set(['of', 'for', 'on', 'and', '&', 'the']);
const PRODUCT: GazetteerEntry = { name: '', type: 'other', subtype: 'product' };
const MODEL = /^[A-Z]{0,3}-?\d{2,4}(?:[-/]?[A-Za-z0-9]{1,5})?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'n.v.', 'nv', 'ag', 'gmbh', 's.a.', 'lp', 'l.p.']);
const NEWSROOM = new Set(['staff', 'reporters', 'reporter', 'writers', 'writer', 'editors', 'newsroom', 'desk', 'correspondent', 'correspondents']);
const PLATFORM_CUES = new Set(['on', 'via', 'to', 'from', 'at', 'onto', 'platform', 'site', 'app']);

export function isKeyword(lower: string): boolean {
  return ORG_KEYWORDS.has(lower) || PLACE_KEYWORDS.has(lower) || OTHER_KEYWORDS.has(lower);
}

export function isTitleWord(word: Word): boolean {
  return word.cap && (TITLE_WORDS.has(word.lower) || HONORIFICS.has(word.lower));
}

function hasLower(surface: string): boolean {
  return surface !== surface.toUpperCase();
}

/** Looks a run of words up in the gazetteer, honouring upper-case-only acronyms and ambiguous names. */
export function lookup(gaz: Gazetteer, words: Word[], from: number, to: number): GazetteerEntry | undefined {
  const head = (words[from].key ??= nameKey(words[from].text));
  const space = head.indexOf(' ');
  if (!gaz.firstWords.has(space < 0 ? head : head.slice(0, space))) return undefined;
  let key = head;
  for (let i = from + 1; i < to; i++) {
    const part = (words[i].key ??= nameKey(words[i].text));
    if (part) key += key ? ` ${part}` : part;
  }
  const entry = gaz.names.get(key);
  if (!entry) return undefined;
  if (gaz.upperOnly.has(key)) for (let i = from; i < to; i++) if (hasLower(words[i].text)) return undefined;
  if (entry.ambiguous && words[from].initial) return undefined;
  return entry;
}

/** Marks words inside shouted stretches (three or more all-capital words in a row): not names. */
const NONE = new Set<number>();
const MAX_RUN = 12;

function letterCount(surface: string): number {
  let n = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i) | 32;
    if (surface.charCodeAt(i) >= 128) return otherLetterCount(surface);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** letterCount for text beyond ASCII: a letter is a character with distinct cases. */
function otherLetterCount(surface: string): number {
  let n = 0;
  for (const ch of surface) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

function shouted(words: Word[], from: number, to: number): Set<number> {
  let caps = 0;
  for (let i = from; i < to; i++) if (words[i].allCaps) caps++;
  if (caps < 3) return NONE;
  const out = new Set<number>();
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && words[i].allCaps && words[i].text.length > 1) continue;
    if (i - runStart >= 3) for (let j = runStart; j < i; j++) out.add(j);
    runStart = i + 1;
  }
  return out;
}

/** Can this capitalised word be part of a name, given what came before in the run? */
function nameable(words: Word[], i: number, runLength: number, loud: Set<number>, gaz: Gazetteer, lowerSeen: Set<string>): boolean {
  const word = words[i];
  if (!word.cap || loud.has(i)) return false;
  if (NEVER_NAMES.has(word.lower) && !(word.allCaps && gaz.upperOnly.has(nameKey(word.text)))) {
    // "told The Wall Street Journal": a capital "The" inside a sentence belongs to the name after it.
    return word.lower === 'the' && !word.initial && runLength === 0 && words[i + 1]?.cap === true && words[i + 1].sentence === word.sentence;
  }
  if (SOFT_STARTERS.has(word.lower) && runLength === 0) {
    const next = words[i + 1];
    if (!next || next.sentence !== word.sentence || !next.cap) return false;
  }
  // Currencies ("US$") and capitalised abbreviations that are no names ("UTC", "CEO" standing alone).
  if (word.text.includes('$') || word.text.includes('\u20ac') || word.text.includes('\u00a3')) return false;
  if (word.allCaps && NOT_NAME_ACRONYMS.has(word.lower)) return false;
  if (MONTHS.has(word.lower) || WEEKDAYS.has(word.lower)) {
    return runLength === 1 && GIVEN_NAMES.has(words[i - 1].lower);
  }
  if (word.text.length <= 6 && letterCount(word.text) <= 1) {
    if (word.text === 'X' || word.text === 'X.') return runLength === 0 && isPlatformX(words, i);
    // An initial inside a name ("J. R. Tolkien") needs its dot and a capitalised word after it.
    return word.text.endsWith('.') && words[i + 1]?.cap === true && words[i + 1].sentence === word.sentence;
  }
  // A sentence-initial word standing alone is a common word when wink does not take it for a proper noun, or
  // when the article writes it in lower case elsewhere ("Fire chief ..." beside "the fire").
  if (word.initial && runLength === 0 && (word.pos !== 'PROPN' || lowerSeen.has(word.lower))) {
    const next = words[i + 1];
    let alone = !next || next.sentence !== word.sentence || !next.cap;
    // "President of the United States ...": a title joined by "of" to a name is not alone.
    if (alone && next && (next.lower === 'of' || next.lower === 'for') && isTitleWord(word)) {
      const after = words[i + 2]?.lower === 'the' ? words[i + 3] : words[i + 2];
      alone = !(after && after.sentence === word.sentence && after.cap);
    }
    if (alone && !lookup(gaz, words, i, i + 1)) return false;
  }
  return true;
}

/** "X" is the platform after on/via/to..., or before ", formerly Twitter"; otherwise a letter, not a name. */
function isPlatformX(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (prev && prev.sentence === words[i].sentence && PLATFORM_CUES.has(prev.lower)) return true;
  const next = words[i + 1];
  return next !== undefined && next.sentence === words[i].sentence && (next.lower === 'formerly' || next.lower === 'twitter');
}

/** Finds the runs of name words in one sentence: [from, to) word ranges. */
function findRuns(text: string, words: Word[], from: number, to: number, gaz: Gazetteer, lowerSeen: Set<string>): [number, number][] {
  const spaceOnly = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (text[k] !== ' ' && text[k] !== '\u00a0') return false;
    return true;
  };
  const loud = shouted(words, from, to);
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (!words[i].cap || !nameable(words, i, 0, loud, gaz, lowerSeen)) { i++; continue; }
    let j = i + 1;
    while (j < to) {
      const word = words[j];
      // Punctuation between two words ends a name: "Doha Agreement, the United States" is two.
      if (!spaceOnly(words[j - 1].end, word.start)) break;
      if (nameable(words, j, j - i, loud, gaz, lowerSeen)) { j++; continue; }
      // Lower-case joiners and particles need a capitalised word after them.
      const next = words[j + 1];
      if (!word.cap && (PARTICLES.has(word.lower) || JOINERS.has(word.lower)) && next && j + 1 < to && spaceOnly(word.end, next.start) && nameable(words, j + 1, j + 1 - i, loud, gaz, lowerSeen)) {
        j += 2;
        continue;
      }
      // "President of the United States": "of the" before a capitalised word.
      if ((word.lower === 'of' || word.lower === 'for') && next?.lower === 'the' && j + 2 < to && spaceOnly(word.end, next.start)
        && nameable(words, j + 2, j + 2 - i, loud, gaz, lowerSeen)) {
        j += 3;
        continue;
      }
      // "France 24": a number continues a run only when the gazetteer knows the result.
      if (/^\d{1,4}$/.test(word.text) && lookup(gaz, words, i, j + 1)) { j++; continue; }
      break;
    }
    // No name is longer than a dozen words; cutting longer runs keeps odd input (all-capitalised lists) linear.
    for (let k = i; k < j; k += MAX_RUN) for (const run of validateJoiners(words, k, Math.min(j, k + MAX_RUN), gaz)) runs.push(run);
    i = j;
  }
  return runs;
}

/** Splits a run at joiners ("and", "of") that do not belong to one name ("Taliban and NATO" is two names). */
function validateJoiners(words: Word[], from: number, to: number, gaz: Gazetteer): [number, number][] {
  let hasJoiner = false;
  for (let i = from; i < to; i++) if (!words[i].cap && JOINERS.has(words[i].lower)) hasJoiner = true;
  if (!hasJoiner || lookup(gaz, words, from, to)) return [[from, to]];
  const out: [number, number][] = [];
  const kept = new Set<number>();
  let start = from;
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word.cap || !JOINERS.has(word.lower)) continue;
    const left = words[i - 1];
    // "Secretary of State", "Bank of America": a joiner after a title or keyword stays.
    // "and" stays only inside one organization's name ("Securities and Exchange Commission"), not between two.
    const keep = word.lower === 'and' || word.lower === '&'
      ? !isKeyword(left.lower) && !lookup(gaz, words, start, i) && isKeyword(words[to - 1].lower)
      : isKeyword(left.lower) || TITLE_WORDS.has(left.lower) || (word.lower === 'the' && left.lower === 'of' && kept.has(i - 1));
    if (keep) kept.add(i);
    if (keep) continue;
    if (i > start) out.push([start, i]);
    start = i + 1;
  }
  if (to > start) out.push([start, to]);
  return out;
}

// Every piece is made with all its fields, so they share one object shape.
function makePiece(words: Word[], from: number, to: number, kind: Piece['kind'], heading: boolean, entry?: GazetteerEntry, cue?: string): Piece {
  return {
    from, to, start: words[from].start, end: words[to - 1].end, sentence: words[from].sentence, kind,
    type: entry?.type, subtype: entry?.subtype, canonical: entry?.name || undefined, cue: entry ? cue ?? 'gazetteer' : cue,
    gender: undefined, heading: heading || undefined, prefixType: undefined,
  };
}

function gazPiece(words: Word[], from: number, to: number, entry: GazetteerEntry, heading: boolean, cue?: string): Piece {
  return makePiece(words, from, to, 'name', heading, entry, cue);
}

/** Splits one run into pieces: gazetteer names, title blocks ("US President") and the names they introduce. */
function segmentRun(words: Word[], from: number, to: number, gaz: Gazetteer, heading: boolean, out: Piece[]): void {
  // A nationality adjective alone ("Afghan") is a mention of its country; other group words ("Afghans") are no names.
  if (to - from === 1 && gaz.demonyms.has(words[from].lower)) {
    const country = gaz.adjectives.get(words[from].lower);
    const entry = country ? gaz.names.get(nameKey(country)) : undefined;
    if (entry && entry.type === 'place') out.push(gazPiece(words, from, to, entry, heading, 'demonym'));
    return;
  }
  // A title block may leave a joiner in front ("CEO | of Boeing Commercial Airplanes").
  while (from < to && !words[from].cap) from++;
  if (from >= to) return;
  // A leading capital "The" is kept only when the gazetteer knows the name with it.
  const whole = lookup(gaz, words, from, to);
  if (whole) { out.push(gazPiece(words, from, to, whole, heading)); return; }
  if (words[from].lower === 'the') from++;
  if (from >= to) return;
  const entry = lookup(gaz, words, from, to);
  if (entry) { out.push(gazPiece(words, from, to, entry, heading)); return; }
  // "Apple Inc. Steve Jobs": a company suffix closes the company's name.
  for (let k = from + 1; k < to - 1; k++) {
    if (COMPANY_SUFFIXES.has(words[k].lower)) {
      segmentRun(words, from, k + 1, gaz, heading, out);
      segmentRun(words, k + 1, to, gaz, heading, out);
      return;
    }
  }
  const lastLower = words[to - 1].lower;
  if (to - from > 1 && isKeyword(lastLower)) { out.push(makePiece(words, from, to, 'name', heading)); return; }
  // "Ceding Afghan": a trailing nationality adjective modifies what follows; it is not part of a name.
  while (to > from && gaz.demonyms.has(words[to - 1].lower)) to--;
  if (from >= to) return;
  // "Jerusalem Post Staff": an outlet followed by a newsroom word.
  if (to - from > 1 && NEWSROOM.has(words[to - 1].lower)) {
    const outlet = lookup(gaz, words, from, to - 1);
    if (outlet) { out.push(gazPiece(words, from, to - 1, outlet, heading)); return; }
  }
  // A lone sentence-initial word wink does not take for a proper noun is a common word.
  if (to - from === 1 && words[from].initial && words[from].pos !== 'PROPN') return;
  // Find the first title block followed by a non-title word.
  let t = from;
  while (t < to && !isTitleWord(words[t])) t++;
  if (t < to) {
    const u = titleEnd(words, t, to, gaz);
    if (u < to) {
      if (t > from) segmentPrefix(words, from, t, gaz, heading, out);
      out.push(makePiece(words, t, u, 'title', heading));
      segmentRun(words, u, to, gaz, heading, out);
      return;
    }
    // A run made only of titles ("Foreign Minister") names nobody.
    if (t === from) { out.push(makePiece(words, from, to, 'title', heading)); return; }
    // A title word closing a name is part of it ("Martin Luther King"), unless an organization stands before it.
    if (!lookup(gaz, words, from, t) && !isKeyword(words[t - 1].lower)) { out.push(makePiece(words, from, to, 'name', heading)); return; }
    segmentPrefix(words, from, t, gaz, heading, out);
    out.push(makePiece(words, t, to, 'title', heading));
    return;
  }
  // Two gazetteer names side by side ("United States Congress").
  for (let k = Math.min(to - 1, from + gaz.maxWords); k > from; k--) {
    const left = lookup(gaz, words, from, k);
    if (!left) continue;
    const right = lookup(gaz, words, k, to);
    if (right) {
      out.push(gazPiece(words, from, k, left, heading));
      out.push(gazPiece(words, k, to, right, heading));
      return;
    }
    break;
  }
  out.push(makePiece(words, from, to, 'name', heading));
}

/**
 * Where a title block starting at `t` ends: title words, plus "of [the] PLACE-OR-BODY" or "of Foreign Affairs"
 * ("President of the United States", "Secretary of State").
 */
function titleEnd(words: Word[], t: number, to: number, gaz: Gazetteer): number {
  let u = t;
  while (u < to) {
    if (isTitleWord(words[u]) || (u > t && ROLE_FILLERS.has(words[u].lower) && u + 1 < to && isTitleWord(words[u + 1]))) { u++; continue; }
    if ((words[u].lower === 'of' || words[u].lower === 'for') && u > t && u + 1 < to) {
      let v = u + 1;
      if (words[v].lower === 'the' && v + 1 < to) v++;
      // "of the United States Barack Obama": the place belongs to the title only when a person's name follows.
      let matched = 0;
      for (let k = Math.min(to - 1, v + gaz.maxWords); k > v; k--) if (lookup(gaz, words, v, k)) { matched = k; break; }
      if (matched && GIVEN_NAMES.has(words[matched].lower)) { u = matched; continue; }
      let k = v;
      while (k < to - 1 && (ROLE_FILLERS.has(words[k].lower) || words[k].lower === 'state')) k++;
      if (k > v) { u = k; continue; }
    }
    break;
  }
  return u;
}

/** The words before a title ("US" in "US President"): a gazetteer name, a demonym (dropped) or a name. */
function segmentPrefix(words: Word[], from: number, to: number, gaz: Gazetteer, heading: boolean, out: Piece[]): void {
  if (to - from === 1 && gaz.demonyms.has(words[from].lower)) return;
  const entry = lookup(gaz, words, from, to);
  if (entry) { out.push(gazPiece(words, from, to, entry, heading)); return; }
  if (gaz.demonyms.has(words[to - 1].lower)) to--;
  if (to > from) out.push(makePiece(words, from, to, 'name', heading));
}

/** All pieces of the document, in text order. */
export function findPieces(state: AnalysisState, words: Word[], sentenceWords: [number, number][], gaz: Gazetteer, lowerSeen: Set<string> = new Set()): Piece[] {
  const pieces: Piece[] = [];
  for (let s = 0; s < sentenceWords.length; s++) {
    const [from, to] = sentenceWords[s];
    const heading = state.sentences[s]?.heading === true;
    for (const [a, b] of findRuns(state.doc.text, words, from, to, gaz, lowerSeen)) {
      // "Boeing 737", "Airbus A380": a maker's name before a model number names a product.
      const model = words[b];
      if (b < to && MODEL.test(model.text) && !YEAR.test(model.text) && state.doc.text.slice(words[b - 1].end, model.start) === ' ') {
        pieces.push(makePiece(words, a, b + 1, 'name', heading, PRODUCT, 'model-number'));
        continue;
      }
      const first = pieces.length;
      segmentRun(words, a, b, gaz, heading, pieces);
      for (let k = first; k < pieces.length; k++) {
        const piece = pieces[k];
        if (piece.kind !== 'name' || piece.type || piece.to - piece.from < 2) continue;
        for (let e = Math.min(piece.to - 1, piece.from + gaz.maxWords); e > piece.from; e--) {
          const entry = lookup(gaz, words, piece.from, e);
          if (entry) { piece.prefixType = entry.type; break; }
        }
      }
    }
  }
  return pieces;
}
