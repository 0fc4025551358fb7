// Plain-text adapter: normalizes line endings and whitespace into the cleaned body a Doc carries.
import type { Doc } from '../model/index.js';

export type Draft = Omit<Doc, 'id'>;

/** Normalizes raw text: CRLF to LF, no NULs, trailing spaces dropped, runs of blank lines collapsed. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function textDraft(raw: string, source: string): Draft {
  return { source, contributors: [], text: normalizeText(raw), removed: [] };
}
