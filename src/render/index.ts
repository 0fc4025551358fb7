// Report renderers: terminal text, Markdown, JSON and a self-contained HTML page, behind one `render` call.
import type { Report } from '../model/index.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';

export type RenderFormat = 'text' | 'md' | 'json' | 'html';
export const RENDER_FORMATS: readonly RenderFormat[] = ['text', 'md', 'json', 'html'];

export type RenderOptions = {
  /** ANSI colors in `text` output; the caller decides (see `shouldColor`). Default off. */
  color?: boolean;
  /** Terminal width for `text` wrapping; default process.stdout.columns, else 80. */
  width?: number;
};

/** Renders a report in one of the output formats. Pure apart from reading the terminal width default. */
export function render(report: Report, format: RenderFormat, opts: RenderOptions = {}): string {
  switch (format) {
    case 'text': return renderText(report, { color: opts.color ?? false, width: opts.width ?? defaultWidth() });
    case 'md': return renderMarkdown(report);
    case 'json': return JSON.stringify(report, null, 2) + '\n';
    case 'html': return renderHtml(report);
    default: throw new Error(`unknown format "${String(format)}" (expected ${RENDER_FORMATS.join(', ')})`);
  }
}

function defaultWidth(): number {
  const columns = process.stdout.columns;
  return typeof columns === 'number' && columns > 0 ? columns : 80;
}

/**
 * Whether terminal output should be colored: off when NO_COLOR is set to anything non-empty (no-color.org),
 * off when the flag is false (`--no-color`; commander passes `color: false`), off when the stream is not a
 * TTY or TERM is "dumb"; on otherwise.
 */
export function shouldColor(
  stream: { isTTY?: boolean } | undefined,
  env: Record<string, string | undefined>,
  flag?: boolean,
): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream?.isTTY === true;
}

export { renderText, renderMarkdown, renderHtml };
