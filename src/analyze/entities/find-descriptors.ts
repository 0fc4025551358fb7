// Descriptors: the titles and roles an article gives a person, from the words before the name and from appositives.
import type { Word } from './types.js';
import { HONORIFIC, listFlags, ROLE, ROLE_HEAD, ROLE_WORD, TITLE, wordFlags } from './word-flags.js';

export type DescriptorRange = { start: number; end: number; from: number; to: number };

const DETERMINERS = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
const INNER_PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'on', 'to']);
const STOP_POS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON', 'PART', 'NUM']);
const MAX_PHRASE = 10;
const AGE = /^\d{1,3}(?:-year-old)?$/;
const YEAR_OLD = /^\d{1,3}-year-old$/;
/** What String.prototype.trim strips: white space and line terminators. */
const WHITE_SPACE = /^\s$/;

/** "64-year-old" (the regex runs only on words that start with a digit). */
export function isYearOld(lower: string): boolean {
  const code = lower.charCodeAt(0);
  return code >= 48 && code <= 57 && YEAR_OLD.test(lower);
}

/** A role head: a word that says what someone is (not only a modifier such as "deputy" or "foreign"). */
export function isRoleHead(lower: string): boolean {
  return (listFlags(lower) & ROLE_HEAD) !== 0;
}

function isRoleWord(word: Word): boolean {
  const flags = wordFlags(word);
  return (flags & ROLE_WORD) !== 0 || (word.cap && (flags & (TITLE | HONORIFIC)) !== 0);
}

/** Text between two words: empty or spaces when nothing separates them. */
function gapClean(text: string, left: Word, right: Word): boolean {
  for (let i = left.end; i < right.start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\u00a0' && ch !== '-' && ch !== '\u2019' && ch !== "'" && ch !== 's') return false;
  }
  return true;
}

/** The gap between two words is one comma with only white space around it (no substring built). */
function gapHasComma(text: string, left: Word, right: Word): boolean {
  let commas = 0;
  for (let i = left.end; i < right.start; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) commas++;
    else if (code !== 32 && !(code >= 9 && code <= 13) && (code < 128 || !WHITE_SPACE.test(text[i]))) return false;
  }
  return commas === 1;
}

/** A role phrase needs a head: a role noun anywhere, or a title word at its end ("Mr Justice", "Foreign Minister"). */
function hasHead(words: Word[], from: number, to: number): boolean {
  // "Mr." or "Dr." alone is a form of address, not a role.
  let onlyHonorifics = true;
  for (let i = from; i < to; i++) {
    const flags = wordFlags(words[i]);
    if ((flags & HONORIFIC) === 0 || (flags & ROLE) !== 0) onlyHonorifics = false;
    if ((flags & ROLE_HEAD) !== 0) return true;
  }
  const last = words[to - 1];
  return !onlyHonorifics && last.cap && (wordFlags(last) & TITLE) !== 0;
}

/**
 * Role words right before a name, in the same noun phrase: "Taliban deputy spokesperson", "US President",
 * "the military chief". Capitalised words count when a role word follows them.
 */
export function findPreModifier(text: string, words: Word[], nameFrom: number, titleWords?: Set<number>): DescriptorRange | undefined {
  let i = nameFrom - 1;
  let from = nameFrom;
  let sawRole = false;
  // Bounded: a role phrase before a name is a few words long, and odd input must stay linear.
  while (i >= 0 && nameFrom - i <= MAX_PHRASE && words[i].sentence === words[nameFrom].sentence && gapClean(text, words[i], words[i + 1])) {
    const word = words[i];
    if (isRoleWord(word) || isYearOld(word.lower) || titleWords?.has(i)) sawRole = true;
    else if (!(word.cap && sawRole)) break;
    from = i;
    i--;
  }
  // Trim capitalised words at the left that no role word follows directly ("Trump" in "Trump deputy" stays).
  if (from === nameFrom || !hasHead(words, from, nameFrom)) return undefined;
  return { start: words[from].start, end: words[nameFrom - 1].end, from, to: nameFrom };
}

/** "the chief of staff at the Afghan Defense Ministry, NAME": a role phrase closed by a comma before the name. */
export function findAppositiveBefore(text: string, words: Word[], nameFrom: number): DescriptorRange | undefined {
  const end = nameFrom - 1;
  if (end < 0 || words[end].sentence !== words[nameFrom].sentence || !gapHasComma(text, words[end], words[nameFrom])) return undefined;
  let from = -1;
  let i = end;
  for (let n = 0; i >= 0 && n < 16; n++, i--) {
    const word = words[i];
    if (word.sentence !== words[nameFrom].sentence) break;
    if (i < end && !gapClean(text, word, words[i + 1])) break;
    if (POSSESSIVES.has(word.lower)) break;
    if (DETERMINERS.has(word.lower)) { from = i; continue; }
    if (word.cap) continue;
    if (INNER_PREPOSITIONS.has(word.lower) || isRoleWord(word) || word.pos === 'ADJ' || word.pos === 'NOUN' || isYearOld(word.lower)) continue;
    if (word.lower === "'s" || word.lower === '\u2019s') continue;
    break;
  }
  if (from < 0) from = i + 1;
  // The phrase must not start with a bare preposition ("On Sunday, NAME").
  while (from <= end && INNER_PREPOSITIONS.has(words[from].lower)) from++;
  if (from > end || !hasHead(words, from, end + 1)) return undefined;
  // The head role must be the phrase's own noun, not deep inside a prepositional phrase only.
  return { start: words[from].start, end: words[end].end, from, to: end + 1 };
}

/** "NAME, the Taliban's chief spokesman," or "NAME, 64, a former minister": a role phrase after the name. */
export function findAppositiveAfter(text: string, words: Word[], nameTo: number): DescriptorRange | undefined {
  const last = nameTo - 1;
  let from = nameTo;
  if (from >= words.length || words[from].sentence !== words[last].sentence || !gapHasComma(text, words[last], words[from])) return undefined;
  // Skip an age: "NAME, 64, the ..."
  if (AGE.test(words[from].lower) && from + 1 < words.length && gapHasComma(text, words[from], words[from + 1])) from++;
  let i = from;
  if (POSSESSIVES.has(words[i]?.lower)) from = ++i;
  const first = words[from];
  if (!first || first.sentence !== words[last].sentence) return undefined;
  if (!(DETERMINERS.has(first.lower) || isRoleWord(first) || first.cap)) return undefined;
  for (let n = 0; i < words.length && n < 16; n++, i++) {
    const word = words[i];
    if (word.sentence !== first.sentence) break;
    if (i > from && !gapClean(text, words[i - 1], word)) break;
    if (i > from && STOP_POS.has(word.pos) && word.lower !== "'s" && word.lower !== '\u2019s') break;
  }
  const to = i;
  if (to <= from || !hasHead(words, from, to)) return undefined;
  // Ends at a comma or the sentence's end: otherwise it is a clause, not an appositive.
  const after = words[to];
  if (after && after.sentence === first.sentence && !text.slice(words[to - 1].end, after.start).includes(',')) return undefined;
  return { start: words[from].start, end: words[to - 1].end, from, to };
}
