// Terminal layout helpers: display width (wide and combining characters) and word wrapping with indents.

const COMBINING = /\p{M}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Columns a string takes in a terminal (no escape codes expected): wide CJK 2, combining marks 0. */
export function displayWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff || cp === 0xe000 || cp === 0xe001 || COMBINING.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** Splits a word wider than `max` columns into pieces that fit. */
function breakWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of word) {
    const w = displayWidth(ch);
    if (width + w > max && piece) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps one paragraph (whitespace already flattened) to `width` columns. The first line starts with
 * `first`, the following ones with `rest` (hanging indent); both prefixes count towards the width.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  const restWidth = displayWidth(rest);
  const room = Math.max(8, width - Math.max(lineWidth, restWidth));
  for (const word of text.split(' ')) {
    if (!word) continue;
    const pieces = displayWidth(word) > room ? breakWord(word, room) : [word];
    for (const piece of pieces) {
      const w = displayWidth(piece);
      if (!empty && lineWidth + 1 + w > width) {
        lines.push(line);
        line = rest;
        lineWidth = restWidth;
        empty = true;
      }
      line += (empty ? '' : ' ') + piece;
      lineWidth += (empty ? 0 : 1) + w;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
