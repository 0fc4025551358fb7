// Pass 3: types name pieces from their context and links them into entities (exact, surname, partial), in text order.
import type { EntityType } from '../../model/index.js';
import type { Gender, MentionLink, Piece, Word } from './types.js';
import { type Gazetteer, nameKey, wordKey } from './gazetteer.js';
import { findAppositiveAfter, findAppositiveBefore, findPreModifier, isRoleHead, type DescriptorRange } from './find-descriptors.js';
import { isKeyword } from './find-pieces.js';
import { GIVEN_NAMES, HONORIFICS, ORG_KEYWORDS, PLACE_KEYWORDS, ROLE_GENDER, SPEECH_VERBS } from './data/words.js';
import { listFlags, ORG_KEYWORD, OTHER_KEYWORD, PLACE_KEYWORD, ROLE_HEAD, ROLE_WORD, wordFlags } from './word-flags.js';

export type DraftMention = { start: number; end: number; sentence: number; link: MentionLink; initial: boolean; words: number };

export type Draft = {
  key: string;
  name: string;
  /** Lower-cased words of the name. */
  parts: string[];
  type?: EntityType;
  subtype?: string;
  /** How sure the type is: 3 gazetteer, 2 keyword/title/appositive, 1 shape or context. */
  strength: number;
  mentions: DraftMention[];
  descriptors: DescriptorRange[];
  /** Role words from its descriptors, for telling apart people who share a surname (made with the first one). */
  roles?: Set<string>;
  gender?: Gender;
  lastStart: number;
  heading: boolean;
};

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'toward', 'towards', 'throughout', 'inside']);
const ORG_NOUNS = new Set(['company', 'firm', 'group', 'maker', 'manufacturer', 'carrier', 'airline', 'agency', 'organization',
  'organisation', 'outlet', 'newspaper', 'broadcaster', 'network', 'bank', 'party', 'movement', 'militia', 'government', 'ministry',
  'department', 'automaker', 'giant', 'retailer', 'startup', 'conglomerate', 'subsidiary', 'rival', 'union', 'club', 'team', 'insurer']);

/** Keywords that are also surnames: "Jim Press", "Emily Post", "Ann Bank" stay people. */
const SURNAME_KEYWORDS = new Set(['press', 'post', 'times', 'bank', 'church', 'street', 'hill', 'ford', 'park', 'lake', 'bay', 'banks', 'rivers', 'fields', 'wood', 'house', 'court', 'castle', 'bridge', 'union', 'league', 'force', 'guard']);
const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
/** First words that make a name an organization: "Air Canada", "Radio Kabul". */
const ORG_PREFIXES = new Set(['air', 'bank', 'banco', 'grupo', 'radio', 'club', 'university', 'team']);
const LEADER_NOUNS = new Set(['administration', 'campaign', 'presidency', 'era', 'family', 'government', 'cabinet', 'aides', 'loyalists', 'supporters']);

/** A gazetteer name's look-up key and the same without spaces, made once per name. */
type CanonicalKey = { key: string; compact: string };
const CANONICAL_KEYS = new Map<string, CanonicalKey>();

function canonicalKey(name: string): CanonicalKey {
  let found = CANONICAL_KEYS.get(name);
  if (found === undefined) {
    const key = nameKey(name);
    CANONICAL_KEYS.set(name, (found = { key, compact: key.replaceAll(' ', '') }));
  }
  return found;
}

/** Is the text between two offsets only spaces around `mark` ('' for spaces only)? */
function gapIs(text: string, from: number, to: number, mark: string): boolean {
  let seen = mark === '';
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u00a0') continue;
    if (!seen && ch === mark) { seen = true; continue; }
    return false;
  }
  return seen;
}

function typeFromKeyword(lower: string): EntityType | undefined {
  const flags = listFlags(lower);
  if ((flags & ORG_KEYWORD) !== 0) return 'organization';
  if ((flags & PLACE_KEYWORD) !== 0) return 'place';
  if ((flags & OTHER_KEYWORD) !== 0) return 'other';
  return undefined;
}

function genderOf(range: DescriptorRange | undefined, words: Word[]): Gender | undefined {
  if (!range) return undefined;
  for (let i = range.from; i < range.to; i++) {
    const g = ROLE_GENDER.get(words[i].lower) ?? HONORIFICS.get(words[i].lower);
    if (g) return g;
  }
  return undefined;
}

/** What the linking pass keeps while it walks the pieces in text order (one per document; plain data). */
export type Linking = {
  text: string;
  words: Word[];
  /** Word indexes inside title blocks ("President", "Foreign Minister"). */
  titleWords: Set<number>;
  gaz: Gazetteer;
  drafts: Draft[];
  byKey: Map<string, Draft>;
  /** Each part of a multi-word name -> the entities whose name holds it. */
  byPart: Map<string, Draft[]>;
  /** Multi-word names without spaces: "Bagram Airbase" and "Bagram Air Base" are one place. */
  byCompact: Map<string, Draft>;
  byAcronym: Map<string, Draft>;
};

export function newLinking(text: string, words: Word[], titleWords: Set<number>, gaz: Gazetteer): Linking {
  return { text, words, titleWords, gaz, drafts: [], byKey: new Map(), byPart: new Map(), byCompact: new Map(), byAcronym: new Map() };
}

/** Types, describes and links one name piece. */
export function addPiece(l: Linking, piece: Piece): void {
  const { words, text } = l;
  const parts: string[] = [];
  for (let i = piece.from; i < piece.to; i++) {
    const key = wordKey(words[i]);
    if (key.includes(' ')) for (const part of key.split(' ')) parts.push(part);
    else if (key) parts.push(key);
  }
  let type = piece.type;
  let strength = type ? 3 : 0;
  let gender: Gender | undefined;
  let pre: DescriptorRange | undefined;
  let before: DescriptorRange | undefined;
  let after: DescriptorRange | undefined;
  if (!type || type === 'person') {
    pre = findPreModifier(text, words, piece.from, l.titleWords);
    // "his predecessor, President Biden": the appositive stands before the title, if there is one.
    before = findAppositiveBefore(text, words, pre ? pre.from : piece.from);
    after = findAppositiveAfter(text, words, piece.to);
  }
  if (!type) {
    const keywordType = piece.to - piece.from > 1 ? typeFromKeyword(headWord(l, piece)) : undefined;
    if (keywordType && !(piece.to - piece.from === 2 && GIVEN_NAMES.has(words[piece.from].lower) && SURNAME_KEYWORDS.has(words[piece.to - 1].lower))) {
      type = keywordType;
      strength = 2;
    }
    else if (pre || before || after !== undefined || l.titleWords.has(piece.from - 1)) { type = 'person'; strength = 2; }
    else if (piece.to - piece.from === 1 && leadsAdministration(l, piece)) { type = 'person'; strength = 2; }
    else if (piece.to - piece.from === 1 && ORG_KEYWORDS.has(words[piece.from].lower) && words[piece.from - 1]?.lower === 'the') {
      // "told the Courier": a lone organization word after "the" is that organization's short name.
      type = 'organization';
      strength = 1;
    }
    else if (modifiesRole(l, piece)) { type = 'organization'; strength = 1; }
    else if (appositiveIsOrg(l, piece)) { type = 'organization'; strength = 2; }
    else if (piece.to - piece.from > 1 && GIVEN_NAMES.has(words[piece.from].lower)) { type = 'person'; strength = 2; }
    else if (piece.to - piece.from > 1 && ORG_PREFIXES.has(words[piece.from].lower)) { type = 'organization'; strength = 1; }
    else if (piece.prefixType) { type = piece.prefixType; strength = 1; }
    else if (piece.to - piece.from > 1 && placeContext(l, piece)) { type = 'place'; strength = 1; }
    else if (piece.to - piece.from > 1 && piece.to - piece.from <= 4 && looksLikeName(l, piece) && speaks(l, piece)) { type = 'person'; strength = 1; }
    else if (piece.to - piece.from === 1 && words[piece.from].allCaps) {
      // "(MRO)" after words that name nothing: an abbreviation, not an organization.
      type = l.text.slice(Math.max(0, piece.start - 2), piece.start).includes('(') ? undefined : 'organization';
      strength = 1;
    }
  }
  if (type === 'person' || !type) gender = titleGender(l, piece) ?? genderOf(pre, words) ?? genderOf(before, words) ?? genderOf(after, words);
  const mention: DraftMention = {
    start: piece.start, end: piece.end, sentence: piece.sentence, link: piece.cue === 'demonym' ? 'partial' : 'explicit', initial: words[piece.from].initial,
    words: piece.to - piece.from,
  };
  const draft = resolve(l, piece, parts, type, mention, pre, gender);
  if (!draft.type || draft.strength < strength) {
    if (type) { draft.type = type; draft.strength = strength; }
  }
  if (piece.subtype && !draft.subtype) draft.subtype = piece.subtype;
  if (gender && !draft.gender) draft.gender = gender;
  if (piece.heading !== true) draft.heading = false;
  if (!draft.type && piece.to - piece.from === 1) contextType(l, draft, piece);
  if (draft.type === 'person') {
    if (pre) addDescriptor(draft, pre, words);
    if (before) addDescriptor(draft, before, words);
    if (after) addDescriptor(draft, after, words);
  }
}

function addDescriptor(draft: Draft, range: DescriptorRange, words: Word[]): void {
  draft.descriptors.push(range);
  for (let i = range.from; i < range.to; i++) {
    if ((wordFlags(words[i]) & ROLE_WORD) !== 0) (draft.roles ??= new Set()).add(words[i].lower);
  }
}

/** The word that types a name: the last, or the one before "of" ("Ministry of Coastal Affairs"). */
function headWord(l: Linking, piece: Piece): string {
  for (let i = piece.from + 1; i < piece.to - 1; i++) {
    const lower = l.words[i].lower;
    if ((lower === 'of' || lower === 'for' || lower === 'on') && isKeyword(l.words[i - 1].lower)) return l.words[i - 1].lower;
  }
  return l.words[piece.to - 1].lower;
}

/** Gender told by the title block right before the name ("Mrs.", "Queen"). */
function titleGender(l: Linking, piece: Piece): Gender | undefined {
  for (let i = piece.from - 1; i >= 0 && piece.from - i <= 8 && l.titleWords.has(i); i--) {
    const lower = l.words[i].lower;
    const g = HONORIFICS.get(lower) ?? ROLE_GENDER.get(lower);
    if (g) return g;
  }
  return undefined;
}

/** "ACME said ... , the aircraft maker," → organization. */
function appositiveIsOrg(l: Linking, piece: Piece): boolean {
  const { words, text } = l;
  const next = words[piece.to];
  if (!next || next.sentence !== piece.sentence || !text.slice(words[piece.to - 1].end, next.start).includes(',')) return false;
  for (let i = piece.to; i < Math.min(words.length, piece.to + 5); i++) {
    if (words[i].sentence !== piece.sentence) break;
    if (ORG_NOUNS.has(words[i].lower)) return true;
    if (i > piece.to && text.slice(words[i - 1].end, words[i].start).includes(',')) break;
  }
  return false;
}

/** "Taliban deputy spokesperson NAME": a name right before a role word is the organization (or place) behind it. */
function modifiesRole(l: Linking, piece: Piece): boolean {
  const { words } = l;
  let i = piece.to;
  let sawHead = false;
  while (i < words.length && i - piece.to < 8 && words[i].sentence === piece.sentence && !words[i].cap) {
    const flags = wordFlags(words[i]);
    if ((flags & ROLE_WORD) === 0) break;
    if ((flags & ROLE_HEAD) !== 0) sawHead = true;
    i++;
  }
  if (i === piece.to) return false;
  return sawHead && (words[i]?.cap === true || l.titleWords.has(i));
}

/** "in Long Beach", "Long Beach, California": a place by its preposition or by the place after the comma. */
function placeContext(l: Linking, piece: Piece): boolean {
  const prev = l.words[piece.from - 1];
  if (prev && prev.sentence === piece.sentence && STRONG_PLACE_PREPOSITIONS.has(prev.lower)) return true;
  const next = l.words[piece.to];
  if (!next || next.sentence !== piece.sentence || !next.cap) return false;
  if (!gapIs(l.text, l.words[piece.to - 1].end, next.start, ',')) return false;
  const entry = l.gaz.names.get(next.lower.replaceAll('.', ''));
  return entry !== undefined && entry.type === 'place' && entry.subtype !== 'city';
}

/** "Noel Forgeard said": a verb of saying right after the name. */
function speaks(l: Linking, piece: Piece): boolean {
  const next = l.words[piece.to];
  return next !== undefined && next.sentence === piece.sentence && SPEECH_VERBS.has(next.lower)
    && gapIs(l.text, l.words[piece.to - 1].end, next.start, '');
}

function looksLikeName(l: Linking, piece: Piece): boolean {
  for (let i = piece.from; i < piece.to; i++) {
    const word = l.words[i];
    if (!word.cap || word.allCaps || /\d/.test(word.text) || isKeyword(word.lower)) return false;
  }
  return true;
}

/** A lone word: "in Kabul", "Kabul province" are places; "Acme said" stays open until the end. */
function contextType(l: Linking, draft: Draft, piece: Piece): void {
  const prev = l.words[piece.from - 1];
  const next = l.words[piece.to];
  const placeBefore = prev && prev.sentence === piece.sentence && PLACE_PREPOSITIONS.has(prev.lower);
  const placeAfter = next && next.sentence === piece.sentence && !next.cap && PLACE_KEYWORDS.has(next.lower)
    && gapIs(l.text, l.words[piece.to - 1].end, next.start, '');
  if (placeBefore || placeAfter) {
    draft.type = 'place';
    draft.strength = 1;
  }
}

/** "the Biden administration", "the Smith campaign": a lone name before such a word is a person. */
function leadsAdministration(l: Linking, piece: Piece): boolean {
  const next = l.words[piece.to];
  return next !== undefined && next.sentence === piece.sentence && !next.cap && LEADER_NOUNS.has(next.lower)
    && gapIs(l.text, l.words[piece.to - 1].end, next.start, '');
}

/** Finds the entity a piece refers to, or makes a new one; records the mention. */
function resolve(l: Linking, piece: Piece, parts: string[], type: EntityType | undefined, mention: DraftMention, pre: DescriptorRange | undefined, gender?: Gender): Draft {
  const canonical = piece.canonical ? canonicalKey(piece.canonical) : undefined;
  const key = canonical ? canonical.key : parts.length === 1 ? parts[0] : parts.join(' ');
  const same = l.byKey.get(key);
  if (same) return record(l, same, mention);
  // The key without spaces (parts never hold one), for "Bagram Airbase" after "Bagram Air Base".
  const compact = canonical ? canonical.compact : parts.join('');
  const exact = parts.length > 1 ? l.byCompact.get(compact) : undefined;
  if (exact) return record(l, exact, mention);
  const personish = !piece.canonical && (type === undefined || type === 'person');
  if (personish && parts.length === 1) {
    const found = pickByPart(l, parts[0], pre, gender);
    if (found) {
      mention.link = found.parts[found.parts.length - 1] === parts[0] && found.type !== 'organization' ? 'surname' : 'partial';
      return record(l, found, mention);
    }
  }
  if (personish && parts.length > 1) {
    // "Donald Trump" after "President Trump": the fuller name upgrades the earlier entity.
    const surname = l.byKey.get(parts[parts.length - 1]);
    if (surname && surname.parts.length === 1 && (surname.type === 'person' || surname.type === undefined)) {
      l.byKey.delete(surname.key);
      surname.key = key;
      surname.name = l.text.slice(piece.start, piece.end);
      surname.parts = parts;
      index(l, surname, compact);
      return record(l, surname, mention);
    }
  }
  if (!piece.canonical && (type === undefined || type === 'organization' || type === 'place')) {
    // "Bakhtar" after "Bakhtar News Agency"; an acronym of an earlier organization; "Bagram" after "Bagram Air Base".
    const org = parts.length === 1 ? pickOrgPart(l, parts[0]) : undefined;
    if (org) {
      mention.link = 'partial';
      return record(l, org, mention);
    }
  }
  const draft: Draft = {
    key, name: piece.canonical ?? l.text.slice(piece.start, piece.end), parts: piece.canonical ? key.split(' ') : parts,
    type, subtype: piece.subtype, strength: 0, mentions: [], descriptors: [], roles: undefined, lastStart: piece.start, heading: piece.heading === true,
  };
  l.drafts.push(draft);
  l.byKey.set(key, draft);
  index(l, draft, compact);
  return record(l, draft, mention);
}

/** Indexes a multi-word name by acronym, by `compact` (its parts joined without spaces) and by each part. */
function index(l: Linking, draft: Draft, compact: string): void {
  if (draft.parts.length < 2) return;
  let acronym = '';
  for (const p of draft.parts) if (p !== 'of' && p !== 'the' && p !== 'and' && p !== 'for') acronym += p[0];
  if (acronym.length > 1) l.byAcronym.set(acronym, draft);
  if (!l.byCompact.has(compact)) l.byCompact.set(compact, draft);
  for (const part of draft.parts) {
    const list = l.byPart.get(part);
    if (!list) l.byPart.set(part, [draft]);
    else if (list[list.length - 1] !== draft) list.push(draft);
  }
}

/** The person a lone name word refers to: surnames before first names, role words as tie-breakers, then recency. */
function pickByPart(l: Linking, part: string, pre: DescriptorRange | undefined, gender?: Gender): Draft | undefined {
  const list = l.byPart.get(part);
  if (!list) return undefined;
  // The words before the name, made only when a title or role stands there.
  let context: Set<string> | undefined;
  if (pre) {
    context = new Set();
    for (let i = pre.from; i < pre.to; i++) context.add(l.words[i].lower);
  }
  let best: Draft | undefined;
  let bestScore = -1;
  // The latest few dozen holders of the name are enough, and keep odd input (thousands of Smiths) linear.
  for (let k = list.length - 1; k >= 0 && k >= list.length - 48; k--) {
    const draft = list[k];
    if (draft.type !== undefined && draft.type !== 'person') continue;
    // "Mr. Dunmor" is not the Dunmor called a spokeswoman.
    if (gender && draft.gender && draft.gender !== gender) continue;
    const isSurname = draft.parts[draft.parts.length - 1] === part;
    let roleScore = 0;
    if (draft.roles && context) for (const word of context) if (draft.roles.has(word)) roleScore += isRoleHead(word) ? 2 : 1;
    // Role agreement outranks recency; a surname outranks a first name.
    const score = roleScore * 1e12 + (isSurname ? 1e11 : 0) + draft.lastStart;
    if (score > bestScore) { best = draft; bestScore = score; }
  }
  return best;
}

function orgOrPlace(d: Draft): boolean {
  return (d.type === 'organization' || d.type === 'place') && d.parts.length > 1;
}

/** "Bakhtar" after "Bakhtar News Agency", "ISAF" after "International Security Assistance Force". */
function pickOrgPart(l: Linking, part: string): Draft | undefined {
  const byFirst = l.byPart.get(part);
  if (byFirst) {
    for (let i = byFirst.length - 1; i >= 0; i--) if (orgOrPlace(byFirst[i]) && byFirst[i].parts[0] === part) return byFirst[i];
  }
  const byAcronym = l.byAcronym.get(part);
  return byAcronym && orgOrPlace(byAcronym) ? byAcronym : undefined;
}

function record(l: Linking, draft: Draft, mention: DraftMention): Draft {
  draft.mentions.push(mention);
  draft.lastStart = mention.start;
  return draft;
}
