// Plain-text adapter and the shared body cleaner: boilerplate, credit lines, bylines, dates, title, headings.
import type { Doc, Removed } from '../model/index.js';
import { assembleBlocks, splitTextBlocks, type Block } from './blocks.js';
import { cutBoilerplate } from './boilerplate.js';
import { parseBylineLine, parseCreditLine } from './credits.js';
import { detectHeadings, looksLikeTitle, readDateline, stripMarkdownHeading, wordCount } from './headings.js';
import { isRegexSpace } from '../model/index.js';

export type Draft = Omit<Doc, 'id'>;

/** Metadata found while reading an input, with where each value came from. */
export type Found = {
  outlet?: [string, string];
  published?: [string, string];
  title?: [string, string];
  byline?: [string, string];
};

/** How many blocks from the top count as the article's head (bylines, stamps, residue live there). */
const HEAD_BLOCKS = 6;

/** Normalizes raw text: CRLF to LF, no NULs or other control characters, trailing spaces dropped, blank runs collapsed. */
export function normalizeText(raw: string): string {
  let text = raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  // Line by line, not /[ \t]+\n/: that regex is quadratic on long runs of spaces.
  if (hasTrailingSpace(text)) text = text.split('\n').map((line) => line.trimEnd()).join('\n');
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/** True when some line (not the last, which trim() handles) ends in white space that trimEnd() would drop. */
function hasTrailingSpace(text: string): boolean {
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && isRegexSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 10) return true;
  }
  return false;
}

/**
 * Cleans body blocks into a Draft. `mode` 'text' also decides headings and a headline from the text itself;
 * 'html' keeps the headings and title the markup gave. `found` holds metadata from the source (meta tags, record
 * fields), which wins over what the text says.
 */
export function cleanBlocks(blocks: Block[], source: string, mode: 'text' | 'html', found: Found = {}): Draft {
  const removed: Removed[] = [];
  const contributors: string[] = [];
  let byline: [string, string] | undefined = found.byline;
  let stamp: [string, string] | undefined;
  let updated: [string, string] | undefined;
  let firstBody = -1;
  blocks.forEach((block, i) => {
    if (mode === 'text') {
      const heading = stripMarkdownHeading(block.text);
      if (heading !== null) { block.text = heading; block.heading = true; }
    }
    const credit = parseCreditLine(block.text);
    if (credit) {
      for (const name of credit) if (!contributors.includes(name)) contributors.push(name);
      removed.push({ text: block.text.trim(), reason: 'credit-line' });
      block.text = '';
      return;
    }
    const head = firstBody < 0 || i < HEAD_BLOCKS;
    if (head && !block.heading) {
      const names = parseBylineLine(block.text);
      if (names) {
        byline ??= [names, 'byline-line'];
        removed.push({ text: block.text.trim(), reason: 'byline' });
        block.text = '';
        return;
      }
    }
    const cut = cutBoilerplate(block.text, firstBody < 0 || i < 3);
    removed.push(...cut.removed);
    if (cut.stamp?.kind === 'published') stamp ??= [cut.stamp.iso, 'text-stamp'];
    if (cut.stamp?.kind === 'updated') updated ??= [cut.stamp.iso, 'text-stamp-updated'];
    block.text = cut.kept;
    if (block.text !== '' && firstBody < 0 && wordCount(block.text, 12) > 12) firstBody = i;
  });

  let title = found.title;
  const kept = blocks.filter((block) => block.text !== '');
  if (mode === 'text' && kept.length > 2 && kept[0].heading !== true && looksLikeTitle(kept[0].text, kept[1]?.text, kept.length - 1)) {
    if (!title) title = [kept[0].text.trim(), 'first-line'];
    kept[0].text = '';
    kept.shift();
  }

  let dateline: [string, string] | undefined;
  for (const block of kept.slice(0, 3)) {
    if (block.heading) continue;
    const found = readDateline(block.text);
    if (found?.iso) dateline = [found.iso, 'dateline'];
    if (found) break;
  }

  if (mode === 'text') markTextHeadings(blocks);
  const { text, headings } = assembleBlocks(blocks);
  const draft: Draft = { source, contributors, text, removed };
  const meta: Record<string, string> = {};
  const set = (key: 'outlet' | 'published' | 'title' | 'byline', value: [string, string] | undefined) => {
    if (!value) return;
    draft[key] = value[0];
    meta[key] = value[1];
  };
  set('outlet', found.outlet);
  set('published', found.published ?? stamp ?? dateline ?? updated);
  set('title', title);
  set('byline', byline);
  if (contributors.length) meta.contributors = 'credit-line';
  if (headings.length) draft.headings = headings;
  if (Object.keys(meta).length) draft.meta = meta;
  return draft;
}

/** Marks plain-text subheadings among the kept blocks (blocks the source already marked keep their mark). */
function markTextHeadings(blocks: Block[]): void {
  const kept: Block[] = [];
  const gaps: Block['gap'][] = [];
  let gap: Block['gap'] = '\n\n';
  for (const block of blocks) {
    if (block.gap === '\n\n') gap = '\n\n';
    if (block.text === '') continue;
    kept.push(block);
    gaps.push(gap);
    gap = '\n';
  }
  // A text with no blank lines at all has one paragraph per line.
  const linePerParagraph = !gaps.slice(1).includes('\n\n');
  const standalone = kept.map((_, i) => linePerParagraph || (gaps[i] === '\n\n' && (i + 1 >= kept.length || gaps[i + 1] === '\n\n')));
  const marks = detectHeadings(kept.map((block) => block.text), standalone);
  kept.forEach((block, i) => {
    if (block.heading === undefined) block.heading = marks[i];
  });
}

/** The plain-text adapter: raw file text to a Draft. */
export function textDraft(raw: string, source: string, found: Found = {}): Draft {
  return cleanBlocks(splitTextBlocks(normalizeText(raw)), source, 'text', found);
}
