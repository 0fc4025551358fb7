// Number candidates in one sentence: money, percentages, cardinals with their counted noun, ordinals.
import type { Token } from '../types.js';
import { tokenIndexAt } from '../time/refine/token-at.js';
import { NUMBER_WORDS, ORDINALS, readNumber } from '../time/words.js';

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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
 * Adds `c` to `out` unless it overlaps a candidate claimed by an earlier pattern (money before percent before
 * cardinal before ordinal); a sentence holds few, so checking them all is cheaper than a per-character map.
 * A module function, not a closure per sentence.
 */
function claim(out: NumberCandidate[], c: NumberCandidate): void {
  for (const o of out) if (o.start < c.end && c.start < o.end) return;
  out.push(c);
}

/** Sorts candidates by start in place, stably (what Array.prototype.sort gives), by insertion: a sentence holds few. */
function sortByStart(out: NumberCandidate[]): NumberCandidate[] {
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    let j = i - 1;
    while (j >= 0 && out[j].start > c.start) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = c;
  }
  return out;
}

/**
 * Finds numbers in `s` (the sentence text at document offset `base`); `tokens` give the counted noun's POS.
 * `digits` says whether `s` holds an ASCII digit: without one, only number words can match. The module-level
 * regexes are run with exec and lastIndex (matchAll would clone each of them per sentence).
 */
export function parseNumbers(s: string, base: number, tokens: Token[], digits = true): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  let m: RegExpExecArray | null;
  if (digits && hasCurrency(s)) {
    MONEY.lastIndex = 0;
    while ((m = MONEY.exec(s)) !== null) {
      const scale = m[3] ? SCALE[m[3].toLowerCase()] : 1;
      claim(out, { start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[2]) * scale, unit: CURRENCY[m[1]] });
    }
  }
  if (digits && hasHyphenY(s)) {
    AGE.lastIndex = 0;
    while ((m = AGE.exec(s)) !== null) claim(out, { start: base + m.index, end: base + m.index + m[1].length, value: Number(m[1]), unit: 'years old' });
  }
  if (digits && (s.includes('%') || PER_RE.test(s))) {
    PERCENT.lastIndex = 0;
    while ((m = PERCENT.exec(s)) !== null) claim(out, { start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[1]), unit: '%' });
  }
  CARDINAL.lastIndex = 0;
  while ((m = CARDINAL.exec(s)) !== null) {
    const word = m[1].toLowerCase();
    // "a" and "an" are articles far more often than counts; "one" alone is often a pronoun, kept only with a noun.
    if (word === 'a' || word === 'an' || word === 'half') continue;
    let value = isDigit(word.charCodeAt(0)) ? cleanNumber(word) : readNumber(word);
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
    claim(out, { start, end, value, unit });
  }
  ORDINAL.lastIndex = 0;
  while ((m = ORDINAL.exec(s)) !== null) {
    const word = m[1].toLowerCase();
    const value = word in ORDINALS ? ORDINALS[word] : Number.parseInt(word, 10);
    if (!(value > 0)) continue;
    claim(out, { start: base + m.index, end: base + m.index + m[0].length, value, unit: 'ordinal' });
  }
  return sortByStart(out);
}
