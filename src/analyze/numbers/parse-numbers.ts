// Number candidates in one sentence: money, percentages, cardinals with their counted noun, ordinals.
import type { Token } from '../types.js';
import { tokenIndexAt } from '../time/refine/token-at.js';
import { NUMBER_WORDS, ORDINALS, readNumber } from '../time/words.js';
import { isAsciiDigit } from '../../model/index.js';

export type NumberCandidate = { start: number; end: number; value: number; unit?: string };

const SCALE: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3, hundred: 100,
};
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

const MONEY = /([$€£¥])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|m|k)\b)?/gi;
const PERCENT = /(?<![\w,.])(\d[\d,]*(?:\.\d+)?)\s?(%|percent\b|per cent\b)/gi;
const CARDINAL = new RegExp(
  `(?<![\\w.,$€£¥-])(\\d[\\d,]*(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`
  + `(?:\\s(thousand|million|billion|trillion|hundred))?(?![\\w%-]|[.,]\\d)`, 'gi',
);
const AGE = /\b(\d{1,3})-year-old\b/gi;
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/gi;
/** The word after a number: run sticky from the number's end, and read within the next MAX_NEXT_WORD characters. */
const NEXT_WORD = /\s+([A-Za-z][a-z]*)/y;
const MAX_NEXT_WORD = 40;
const UNIT_POS = new Set(['NOUN', 'PROPN']);

/**
 * The word after offset `from` of `s` (after spaces), as NEXT_WORD gives it when run over the next MAX_NEXT_WORD
 * characters only (a word running past them is cut there), without slicing them out.
 */
function nextWord(s: string, from: number): { start: number; word: string } | undefined {
  NEXT_WORD.lastIndex = from;
  const next = NEXT_WORD.exec(s);
  if (!next) return undefined;
  const start = from + next[0].length - next[1].length;
  const cap = from + MAX_NEXT_WORD;
  if (start >= cap) return undefined;
  return { start, word: start + next[1].length > cap ? next[1].slice(0, cap - start) : next[1] };
}

function cleanNumber(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

/** What PERCENT needs besides a digit when there is no "%": "percent" or "per cent". */
const PER_RE = /per/i;

/** Whether `s` holds a hyphen before a "y" or "Y", as every AGE match ("-year-old") does. */
function hasHyphenY(s: string): boolean {
  for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
    const c = s.charCodeAt(i + 1);
    if (c === 0x79 || c === 0x59) return true;
  }
  return false;
}

/** Whether `s` holds a currency sign MONEY starts with. */
function hasCurrency(s: string): boolean {
  return s.includes('$') || s.includes('\u20ac') || s.includes('\u00a3') || s.includes('\u00a5');
}

/**
 * Adds the candidates of one pattern, `found` (in text order and disjoint, as a global regex yields them), to
 * `claimed` (in text order, disjoint) unless they overlap a span an earlier pattern claimed (money before age before
 * percent before cardinal before ordinal). Disjoint spans in text order also end in order, so one forward walk
 * decides each candidate and a merge keeps the order: linear however many numbers a sentence holds (a
 * 60,000-number "sentence" took seconds when every pair was checked).
 */
function claimAll(claimed: NumberCandidate[], found: NumberCandidate[]): NumberCandidate[] {
  if (found.length === 0) return claimed;
  const kept: NumberCandidate[] = [];
  let j = 0;
  for (const c of found) {
    while (j < claimed.length && claimed[j].end <= c.start) j++;
    if (j < claimed.length && claimed[j].start < c.end) continue;
    kept.push(c);
  }
  if (claimed.length === 0) return kept;
  const merged: NumberCandidate[] = [];
  let a = 0;
  let b = 0;
  while (a < claimed.length && b < kept.length) merged.push(claimed[a].start < kept[b].start ? claimed[a++] : kept[b++]);
  while (a < claimed.length) merged.push(claimed[a++]);
  while (b < kept.length) merged.push(kept[b++]);
  return merged;
}

/**
 * Finds numbers in `s` (the sentence text at document offset `base`); `tokens` give the counted noun's POS.
 * `digits` says whether `s` holds an ASCII digit: without one, only number words can match. The module-level
 * regexes are run with exec and lastIndex (matchAll would clone each of them per sentence).
 */
export function parseNumbers(s: string, base: number, tokens: Token[], digits = true): NumberCandidate[] {
  let out: NumberCandidate[] = [];
  let m: RegExpExecArray | null;
  if (digits && hasCurrency(s)) {
    const found: NumberCandidate[] = [];
    MONEY.lastIndex = 0;
    while ((m = MONEY.exec(s)) !== null) {
      const scale = m[3] ? SCALE[m[3].toLowerCase()] : 1;
      found.push({ start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[2]) * scale, unit: CURRENCY[m[1]] });
    }
    out = claimAll(out, found);
  }
  if (digits && hasHyphenY(s)) {
    const found: NumberCandidate[] = [];
    AGE.lastIndex = 0;
    while ((m = AGE.exec(s)) !== null) found.push({ start: base + m.index, end: base + m.index + m[1].length, value: Number(m[1]), unit: 'years old' });
    out = claimAll(out, found);
  }
  if (digits && (s.includes('%') || PER_RE.test(s))) {
    const found: NumberCandidate[] = [];
    PERCENT.lastIndex = 0;
    while ((m = PERCENT.exec(s)) !== null) found.push({ start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[1]), unit: '%' });
    out = claimAll(out, found);
  }
  const cardinals: NumberCandidate[] = [];
  CARDINAL.lastIndex = 0;
  while ((m = CARDINAL.exec(s)) !== null) {
    const word = m[1].toLowerCase();
    // "a" and "an" are articles far more often than counts; "one" alone is often a pronoun, kept only with a noun.
    if (word === 'a' || word === 'an' || word === 'half') continue;
    let value = isAsciiDigit(word.charCodeAt(0)) ? cleanNumber(word) : readNumber(word);
    if (Number.isNaN(value)) continue;
    if (m[2]) value *= SCALE[m[2].toLowerCase()];
    const start = base + m.index;
    const end = start + m[0].length;
    const next = nextWord(s, m.index + m[0].length);
    let unit: string | undefined;
    // The word starts with a letter: a lower-case one (a-z) makes it a unit candidate.
    if (next && next.word.charCodeAt(0) >= 97) {
      const i = tokenIndexAt(tokens, base + next.start);
      if (i >= 0 && UNIT_POS.has(tokens[i].pos)) unit = next.word;
    }
    if (word === 'one' && !unit) continue;
    cardinals.push({ start, end, value, unit });
  }
  out = claimAll(out, cardinals);
  const ordinals: NumberCandidate[] = [];
  ORDINAL.lastIndex = 0;
  while ((m = ORDINAL.exec(s)) !== null) {
    const word = m[1].toLowerCase();
    const value = word in ORDINALS ? ORDINALS[word] : Number.parseInt(word, 10);
    if (!(value > 0)) continue;
    ordinals.push({ start: base + m.index, end: base + m.index + m[0].length, value, unit: 'ordinal' });
  }
  return claimAll(out, ordinals);
}
