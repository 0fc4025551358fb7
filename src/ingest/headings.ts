// Plain-text structure: which lines are subheadings, which first line is a headline, and datelines.
import { MONTH_PATTERN, isoDay, monthNumber } from './dates.js';

const LIST_ITEM = /^\s*(?:[-*\u2022]|\d{1,3}[.)])\s/;
/** Closing marks skipped before looking at a line's final character. */
const CLOSERS = new Set(['\u2019', "'", '\u201d', '"', ')', ']']);
const INNER_SENTENCE_BREAK = /[.!?]["\u201d\u2019]?\s+["\u201c\u2018]?\p{Lu}/u;
const HEADING_START = /^[\p{Lu}\p{N}\u2018']/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** "KABUL, Sept. 21 (Vellmark Wire) -": city, month, day, optional year and agency, then a dash. */
const DATELINE = new RegExp(`^(\\p{Lu}[\\p{L}.'\\u2019 -]{1,40}),\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^()]{1,40}\\)\\s*)?[-\\u2013\\u2014]`, 'u');

/** Counts whitespace-separated words, stopping once past `cap` (callers only compare against small numbers). */
export function wordCount(text: string, cap = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
    if (!space && !inWord) {
      count++;
      if (count > cap) return count;
    }
    inWord = !space;
  }
  return count;
}

/** The last meaningful character of a line, ignoring closing quotes and brackets. */
function lastMark(text: string): string {
  // A loop from the end, not a /[...]+$/ regex: that is quadratic on long runs of closers.
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.has(text[i]) || text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i--;
  return i >= 0 ? text[i] : '';
}

/** A line that reads like a heading: short, capitalized, no sentence-final period, not a double-quoted quote. */
export function looksLikeShortHeading(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 100 || wordCount(line, 12) > 12) return false;
  if (!HEADING_START.test(line) || LIST_ITEM.test(line) || !/\p{L}/u.test(line)) return false;
  return !/[.,;:!?\u2026]/.test(lastMark(line)) && !INNER_SENTENCE_BREAK.test(line);
}

/** A single question sentence on its own line, not inside double quotes. */
export function looksLikeQuestionHeading(text: string): boolean {
  const line = text.trim();
  if (line.length > 200 || wordCount(line) > 25 || wordCount(line) < 2) return false;
  if (!HEADING_START.test(line) || !line.endsWith('?')) return false;
  return !INNER_SENTENCE_BREAK.test(line);
}

/** Strips a Markdown heading marker; returns null when the line is not one. */
export function stripMarkdownHeading(text: string): string | null {
  const m = MARKDOWN_HEADING.exec(text);
  return m ? text.slice(m[0].length).trim() : null;
}

/** A body paragraph: clearly longer than a heading, or ending like a sentence. */
function isParagraph(text: string): boolean {
  return wordCount(text, 14) > 14 || /[.!?\u2026]/.test(lastMark(text));
}

/**
 * Decides which kept plain-text blocks are subheadings. `standalone[i]` says block i is its own paragraph.
 * A short line with no final period, or a lone question line, between paragraphs; runs of short lines are lists.
 */
export function detectHeadings(texts: string[], standalone: boolean[]): boolean[] {
  const short = texts.map(looksLikeShortHeading);
  return texts.map((text, i) => {
    if (i === 0 || i === texts.length - 1 || !standalone[i]) return false;
    const prev = texts[i - 1];
    const next = texts[i + 1];
    if (short[i]) return !short[i - 1] && !short[i + 1] && (isParagraph(prev) || isParagraph(next));
    if (looksLikeQuestionHeading(text)) {
      return !prev.trim().endsWith('?') && !next.trim().endsWith('?') && isParagraph(next);
    }
    return false;
  });
}

/** Whether the first kept block is a headline: short, no final period, followed by a longer paragraph. */
export function looksLikeTitle(first: string, next: string | undefined, remaining: number): boolean {
  const line = first.trim();
  if (next === undefined || remaining < 2) return false;
  const words = wordCount(line);
  if (words < 2 || words > 20 || line.length > 150) return false;
  if (!HEADING_START.test(line.replace(/^["\u201c]/, '')) || LIST_ITEM.test(line) || DATELINE.test(line)) return false;
  // A question or exclamation on the first line is as likely a lede as a headline: leave it in the body.
  if (/[.,;:!?\u2026]/.test(lastMark(line)) || INNER_SENTENCE_BREAK.test(line)) return false;
  return next.trim().length >= line.length * 1.2 && isParagraph(next);
}

/** Reads a dateline at the start of a paragraph; returns the ISO day when it carries a year. */
export function readDateline(text: string): { iso?: string; length: number } | undefined {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m) return undefined;
  const iso = m[4] ? isoDay(Number(m[4]), monthNumber(m[2]) ?? 0, Number(m[3])) : undefined;
  return { iso, length: m[0].length };
}
