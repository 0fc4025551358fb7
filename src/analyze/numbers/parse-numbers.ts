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
const NEXT_WORD = /^\s+([A-Za-z][a-z]*)/;
const UNIT_POS = new Set(['NOUN', 'PROPN']);

function cleanNumber(digits: string): number {
  return Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether `s` holds a currency sign MONEY starts with. */
function hasCurrency(s: string): boolean {
  return s.includes('$') || s.includes('\u20ac') || s.includes('\u00a3') || s.includes('\u00a5');
}

/**
 * Finds numbers in `s` (the sentence text at document offset `base`); `tokens` give the counted noun's POS.
 * `digits` says whether `s` holds an ASCII digit: without one, only number words can match. The module-level
 * regexes are run with exec and lastIndex (matchAll would clone each of them per sentence).
 */
export function parseNumbers(s: string, base: number, tokens: Token[], digits = true): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  // A candidate overlapping one claimed by an earlier pattern (money before percent before cardinal before ordinal)
  // is dropped; a sentence holds few, so checking them all is cheaper than a per-character map.
  const push = (c: NumberCandidate) => {
    for (const o of out) if (o.start < c.end && c.start < o.end) return;
    out.push(c);
  };
  let m: RegExpExecArray | null;
  if (digits && hasCurrency(s)) {
    MONEY.lastIndex = 0;
    while ((m = MONEY.exec(s)) !== null) {
      const scale = m[3] ? SCALE[m[3].toLowerCase()] : 1;
      push({ start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[2]) * scale, unit: CURRENCY[m[1]] });
    }
  }
  if (digits) {
    AGE.lastIndex = 0;
    while ((m = AGE.exec(s)) !== null) push({ start: base + m.index, end: base + m.index + m[1].length, value: Number(m[1]), unit: 'years old' });
    PERCENT.lastIndex = 0;
    while ((m = PERCENT.exec(s)) !== null) push({ start: base + m.index, end: base + m.index + m[0].length, value: cleanNumber(m[1]), unit: '%' });
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
    const next = NEXT_WORD.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 40));
    let unit: string | undefined;
    if (next) {
      const i = tokenIndexAt(tokens, end + next[0].length - next[1].length);
      if (i >= 0 && UNIT_POS.has(tokens[i].pos) && /^[a-z]/.test(next[1])) unit = next[1];
    }
    if (word === 'one' && !unit) continue;
    push({ start, end, value, unit });
  }
  ORDINAL.lastIndex = 0;
  while ((m = ORDINAL.exec(s)) !== null) {
    const word = m[1].toLowerCase();
    const value = word in ORDINALS ? ORDINALS[word] : Number.parseInt(word, 10);
    if (!(value > 0)) continue;
    push({ start: base + m.index, end: base + m.index + m[0].length, value, unit: 'ordinal' });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
