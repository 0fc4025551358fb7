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
  const groups = text.split(/\n[ \t]*\n/);
  for (const group of groups) {
    const lines = group.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    if (lines.length === 0) continue;
    const parts = isHardWrapped(lines) ? [lines.join(' ')] : lines;
    parts.forEach((part, i) => blocks.push({ text: part, gap: i === 0 ? '\n\n' : '\n' }));
  }
  return blocks;
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
  let text = '';
  const headings: { start: number; end: number }[] = [];
  let gap: Block['gap'] = '\n';
  for (const block of blocks) {
    if (block.gap === '\n\n') gap = '\n\n';
    const piece = block.text.trim();
    if (piece === '') continue;
    if (text !== '') text += gap;
    gap = '\n';
    const start = text.length;
    text += piece;
    if (block.heading) headings.push({ start, end: text.length });
  }
  return { text, headings };
}
