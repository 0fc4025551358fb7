// Blocks: the paragraph/line units ingest cleans, and their assembly into a Doc's text and heading ranges.

/** One line or paragraph of the body. `gap` is what separates it from the previous kept block. */
export type Block = {
  text: string;
  gap: '\n' | '\n\n';
  /** true/false when the source said so (HTML); undefined when plain-text rules must decide. */
  heading?: boolean;
  /** 1-6 for blocks from h1-h6 markup. */
  level?: number;
};

const LIST_ITEM = /^\s*(?:[-*\u2022]|\d{1,3}[.)])\s/;
const TERMINAL = /[.!?:;"\u201d\u2019')\]]$/;

/** Splits normalized plain text into line blocks, remembering blank lines; hard-wrapped paragraphs are joined. */
export function splitTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const group of splitOnBlankLines(text)) {
    const lines = nonEmptyLines(group);
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) blocks.push({ text: lines.join(' '), gap: '\n\n' });
    else for (let i = 0; i < lines.length; i++) blocks.push({ text: lines[i], gap: i === 0 ? '\n\n' : '\n' });
  }
  return blocks;
}

/** The trimmed lines of a group that are not empty. */
function nonEmptyLines(group: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from <= group.length) {
    let to = group.indexOf('\n', from);
    if (to < 0) to = group.length;
    const line = group.slice(from, to).trim();
    if (line !== '') lines.push(line);
    from = to + 1;
  }
  return lines;
}

/** `text.split(/\n[ \t]*\n/)` without a regex: the parts between blank lines (lines of only spaces and tabs count). */
function splitOnBlankLines(text: string): string[] {
  const groups: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let next = at + 1;
    for (let code = text.charCodeAt(next); code === 32 || code === 9; code = text.charCodeAt(next)) next++;
    if (text.charCodeAt(next) !== 10) continue;
    groups.push(text.slice(from, at));
    from = next + 1;
    at = next;
  }
  groups.push(text.slice(from));
  return groups;
}

/**
 * A paragraph of three or more lines, most of them ending mid-sentence at a similar width, is one paragraph
 * wrapped at a fixed column (e-mail, plain-text wires), not several lines.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  if (body.some((line) => LIST_ITEM.test(line))) return false;
  let widest = 0;
  for (const line of body) if (line.length > widest) widest = line.length;
  if (widest < 40) return false;
  const open = body.filter((line) => !TERMINAL.test(line) && line.length >= widest * 0.6).length;
  return open >= Math.ceil(body.length * 2 / 3);
}

/**
 * Joins blocks into the cleaned text, returning heading ranges into it (always in bounds). Blocks emptied by
 * cleaning are skipped, and a blank line they stood next to is kept.
 */
export function assembleBlocks(blocks: Block[]): { text: string; headings: { start: number; end: number }[] } {
  // Pieces joined once: a flat string, which every stage then reads by char code faster than a chain of `+=`.
  const pieces: string[] = [];
  let length = 0;
  const headings: { start: number; end: number }[] = [];
  let gap: Block['gap'] = '\n';
  for (const block of blocks) {
    if (block.gap === '\n\n') gap = '\n\n';
    const piece = block.text.trim();
    if (piece === '') continue;
    if (length > 0) {
      pieces.push(gap);
      length += gap.length;
    }
    gap = '\n';
    const start = length;
    pieces.push(piece);
    length += piece.length;
    if (block.heading) headings.push({ start, end: length });
  }
  return { text: pieces.join(''), headings };
}
