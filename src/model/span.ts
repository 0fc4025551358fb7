// Span: a standoff pointer into a document's cleaned text (UTF-16 offsets, as String.prototype.slice).
import { z } from 'zod';
import { isRegexSpace } from './chars.js';

export const SpanSchema = z.object({
  doc: z.string().describe('document id, e.g. d1'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('always equals doc.text.slice(start, end)'),
});
export type Span = z.infer<typeof SpanSchema>;

/** Builds a span whose text is taken from the document text, so it can never drift. */
export function makeSpan(doc: string, text: string, start: number, end: number): Span {
  return { doc, start, end, text: text.slice(start, end) };
}

/** Trims whitespace (and optionally given characters) off both ends of a span range. */
export function trimRange(text: string, start: number, end: number, extra = ''): [number, number] {
  while (start < end && isTrimmed(text.charCodeAt(start), extra)) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1), extra)) end--;
  return [start, end];
}

/** White space (what a regex `\s` matches) or one of the `extra` characters. */
function isTrimmed(code: number, extra: string): boolean {
  return isRegexSpace(code) || (extra !== '' && extra.includes(String.fromCharCode(code)));
}

export function spanContains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
