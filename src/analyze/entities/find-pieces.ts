// Pass 2: runs of capitalised words per sentence, split into titles and names, with gazetteer matches typed.
import type { AnalysisState } from '../types.js';
import type { GazetteerEntry, Piece, Word } from './types.js';
import type { DocWords } from './find-words.js';
import type { Gazetteer } from './gazetteer.js';
import { wordKey } from './gazetteer.js';
import { GIVEN_NAMES, ROLE_FILLERS, TITLE_WORDS } from './data/words.js';
import { CALENDAR, HONORIFIC, KEYWORD, listFlags, NEVER, NOT_ACRONYM, SOFT, TITLE, wordFlags } from './word-flags.js';

/** Lower-case words that may sit inside a name between two capitalised words. */
const PARTICLES = new Set(['de', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'dos', 'das', 'ul']);
const JOINERS = new Set(['of', 'for', 'on', 'and', '&', 'the']);
const PRODUCT: GazetteerEntry = { name: '', type: 'other', subtype: 'product' };
const MODEL = /^[A-Z]{0,3}-?\d{2,4}(?:[-/]?[A-Za-z0-9]{1,5})?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'n.v.', 'nv', 'ag', 'gmbh', 's.a.', 'lp', 'l.p.']);
const NEWSROOM = new Set(['staff', 'reporters', 'reporter', 'writers', 'writer', 'editors', 'newsroom', 'desk', 'correspondent', 'correspondents']);
const PLATFORM_CUES = new Set(['on', 'via', 'to', 'from', 'at', 'onto', 'platform', 'site', 'app']);
const SHORT_NUMBER = /^\d{1,4}$/;

export function isKeyword(lower: string): boolean {
  return (listFlags(lower) & KEYWORD) !== 0;
}

export function isTitleWord(word: Word): boolean {
  return word.cap && (wordFlags(word) & (TITLE | HONORIFIC)) !== 0;
}

function hasLower(surface: string): boolean {
  return surface !== surface.toUpperCase();
}

/** `gazEnds` of a word some gazetteer name starts with, while no look-up of several words is remembered (never written). */
const STARTS_NAME = new Map<number, GazetteerEntry | null>();
/** `gazEnds` of a word only one-word gazetteer names start with (never written). */
const STARTS_ONE_WORD_NAME = new Map<number, GazetteerEntry | null>();

/**
 * Looks a run of words up in the gazetteer, honouring upper-case-only acronyms and ambiguous names. The words
 * remember the answers (the passes ask about the same ranges again and again), so `gaz` must be the same each time.
 */
export function lookup(gaz: Gazetteer, words: Word[], from: number, to: number): GazetteerEntry | undefined {
  const first = words[from];
  let ends = first.gazEnds;
  if (ends === undefined) {
    const head = wordKey(first);
    const space = head.indexOf(' ');
    const headWord = space < 0 ? head : head.slice(0, space);
    ends = first.gazEnds = !gaz.firstWords.has(headWord) ? null : gaz.longFirstWords.has(headWord) ? STARTS_NAME : STARTS_ONE_WORD_NAME;
  }
  if (ends === null) return undefined;
  if (to - from === 1) return lookupRange(gaz, words, from, to);
  // Several words make a one-word name only when the words after the first have empty keys ("-").
  if (ends === STARTS_ONE_WORD_NAME) return emptyKeys(words, from + 1, to) ? lookupRange(gaz, words, from, to) : undefined;
  const known = ends.get(to);
  if (known !== undefined) return known ?? undefined;
  const entry = lookupRange(gaz, words, from, to);
  if (ends === STARTS_NAME) ends = first.gazEnds = new Map();
  ends.set(to, entry ?? null);
  return entry;
}

/** Do the words of [from, to) all have empty look-up keys? */
function emptyKeys(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (wordKey(words[i]) !== '') return false;
  return true;
}

function lookupRange(gaz: Gazetteer, words: Word[], from: number, to: number): GazetteerEntry | undefined {
  let key = words[from].key as string;
  for (let i = from + 1; i < to; i++) {
    const part = wordKey(words[i]);
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

/** `allCaps`: how many words of [from, to) are all capitals. */
function shouted(words: Word[], from: number, to: number, allCaps: number): Set<number> {
  if (allCaps < 3) return NONE;
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
  const flags = wordFlags(word);
  if ((flags & NEVER) !== 0 && !(word.allCaps && gaz.upperOnly.has(wordKey(word)))) {
    // "told The Wall Street Journal": a capital "The" inside a sentence belongs to the name after it.
    return word.lower === 'the' && !word.initial && runLength === 0 && words[i + 1]?.cap === true && words[i + 1].sentence === word.sentence;
  }
  if ((flags & SOFT) !== 0 && runLength === 0) {
    const next = words[i + 1];
    if (!next || next.sentence !== word.sentence || !next.cap) return false;
  }
  // Currencies ("US$") and capitalised abbreviations that are no names ("UTC", "CEO" standing alone).
  if (hasCurrency(word.text)) return false;
  if (word.allCaps && (flags & NOT_ACRONYM) !== 0) return false;
  if ((flags & CALENDAR) !== 0) {
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

/** Holds a currency sign ($, euro, pound). */
function hasCurrency(surface: string): boolean {
  for (let k = 0; k < surface.length; k++) {
    const code = surface.charCodeAt(k);
    if (code === 36 || code === 0x20ac || code === 0x00a3) return true;
  }
  return false;
}

/** Is text[a, b) only spaces (or no-break spaces)? */
function spaceOnly(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const code = text.charCodeAt(k);
    if (code !== 32 && code !== 0xa0) return false;
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

/**
 * Finds the runs of name words in one sentence and appends them to `runs` as [from, to) word index pairs (flat). A
 * run starts at a capitalised word: `capWords[c]` is the sentence's first one.
 */
function findRuns(text: string, doc: DocWords, s: number, c: number, gaz: Gazetteer, runs: number[]): void {
  const { words, capWords, lowerSeen } = doc;
  const [from, to] = doc.sentenceWords[s];
  const loud = shouted(words, from, to, doc.allCapsCounts[s]);
  for (; c < capWords.length && capWords[c] < to; c++) {
    const i = capWords[c];
    if (!nameable(words, i, 0, loud, gaz, lowerSeen)) continue;
    let j = i + 1;
    while (j < to) {
      const word = words[j];
      // Punctuation between two words ends a name: "Doha Agreement, the United States" is two.
      if (!spaceOnly(text, words[j - 1].end, word.start)) break;
      if (nameable(words, j, j - i, loud, gaz, lowerSeen)) { j++; continue; }
      // Lower-case joiners and particles need a capitalised word after them.
      const next = words[j + 1];
      if (!word.cap && (PARTICLES.has(word.lower) || JOINERS.has(word.lower)) && next && j + 1 < to && spaceOnly(text, word.end, next.start) && nameable(words, j + 1, j + 1 - i, loud, gaz, lowerSeen)) {
        j += 2;
        continue;
      }
      // "President of the United States": "of the" before a capitalised word.
      if ((word.lower === 'of' || word.lower === 'for') && next?.lower === 'the' && j + 2 < to && spaceOnly(text, word.end, next.start)
        && nameable(words, j + 2, j + 2 - i, loud, gaz, lowerSeen)) {
        j += 3;
        continue;
      }
      // "France 24": a number continues a run only when the gazetteer knows the result.
      if (SHORT_NUMBER.test(word.text) && lookup(gaz, words, i, j + 1)) { j++; continue; }
      break;
    }
    // No name is longer than a dozen words; cutting longer runs keeps odd input (all-capitalised lists) linear.
    for (let k = i; k < j; k += MAX_RUN) validateJoiners(words, k, Math.min(j, k + MAX_RUN), gaz, runs);
    // Go on from the first capitalised word after the run.
    while (c + 1 < capWords.length && capWords[c + 1] < j) c++;
  }
}

/**
 * Splits a run at joiners ("and", "of") that do not belong to one name ("Taliban and NATO" is two names); appends
 * the parts to `out` as [from, to) pairs (flat).
 */
function validateJoiners(words: Word[], from: number, to: number, gaz: Gazetteer, out: number[]): void {
  let hasJoiner = false;
  for (let i = from; i < to; i++) if (!words[i].cap && JOINERS.has(words[i].lower)) hasJoiner = true;
  if (!hasJoiner || lookup(gaz, words, from, to)) {
    out.push(from, to);
    return;
  }
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
    if (i > start) out.push(start, i);
    start = i + 1;
  }
  if (to > start) out.push(start, to);
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
    const place = gaz.adjectives.get(words[from].lower);
    if (place) out.push(gazPiece(words, from, to, place, heading, 'demonym'));
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

/** Can a word starting with this character match MODEL (a capital, a hyphen or a digit)? Most words cannot. */
function mayBeModel(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 45 || (code >= 48 && code <= 57);
}

/** All pieces of the document, in text order. */
export function findPieces(state: AnalysisState, doc: DocWords, gaz: Gazetteer): Piece[] {
  const pieces: Piece[] = [];
  const text = state.doc.text;
  const { words, sentenceWords, capWords } = doc;
  // capWords[c]: the first capitalised word of sentence s or later.
  let c = 0;
  // The runs of the sentence at hand, as [from, to) pairs.
  const runs: number[] = [];
  for (let s = 0; s < sentenceWords.length; s++) {
    const [from, to] = sentenceWords[s];
    while (c < capWords.length && capWords[c] < from) c++;
    if (c === capWords.length || capWords[c] >= to) continue;
    runs.length = 0;
    findRuns(text, doc, s, c, gaz, runs);
    if (runs.length === 0) continue;
    const heading = state.sentences[s]?.heading === true;
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r];
      const b = runs[r + 1];
      // "Boeing 737", "Airbus A380": a maker's name before a model number names a product.
      const model = words[b];
      if (b < to && model.start === words[b - 1].end + 1 && text.charCodeAt(model.start - 1) === 32 && mayBeModel(text.charCodeAt(model.start))
        && MODEL.test(model.text) && !YEAR.test(model.text)) {
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
