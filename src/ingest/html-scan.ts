// Linear pre-scan of HTML before any parser sees it: caps nesting depth, counts elements, drops scripts.

/** Deeper elements are flattened into their ancestor at this depth (Readability slows quadratically with depth). */
export const MAX_HTML_DEPTH = 128;
/** More elements than this (after flattening) are refused: parsing alone would take seconds. */
export const MAX_HTML_ELEMENTS = 100_000;
/** Above this many elements Readability (superlinear) is skipped and the body is walked directly. */
export const MAX_READABILITY_ELEMENTS = 25_000;
/**
 * More character references and stray '<' in text than this are refused: linkedom turns each into its own text
 * node and slows down superlinearly (200,000 took 3-6 s). Real articles have a few thousand at most.
 */
export const MAX_HTML_REFERENCES = 50_000;
/** At most this many JSON-LD blocks, each at most this long, are kept for metadata. */
const MAX_JSON_LD_BLOCKS = 16;
const MAX_JSON_LD_CHARS = 1_000_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex']);
/** Elements whose content is dropped whole: never executed, never parsed, never shown. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'canvas', 'noembed', 'noframes', 'xmp', 'plaintext']);
/** Raw-text elements whose content is kept verbatim (no tags inside). */
const RAW_KEPT = new Set(['title', 'textarea']);
/** Opening one of these closes an open one of the same name (HTML's implied end tags). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** Block-level elements: when one is flattened, a <hr> keeps its paragraph boundary. */
const BLOCK_LEVEL = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'address', 'center', 'details', 'summary', 'nav', 'form']);
/** How far down the open-element stack a close tag looks for its match (keeps the scan linear). */
const CLOSE_SEARCH = 64;

export type HtmlScan = {
  /** The HTML to parse: scripts and comments removed, nesting beyond the cap flattened. */
  html: string;
  /** Elements kept (after flattening). */
  elements: number;
  /** Open tags dropped because they were nested deeper than the cap. */
  flattened: number;
  /** Character references ('&') and escaped stray '<' in text. */
  references: number;
  /** Deepest nesting seen in the input. */
  maxDepth: number;
  /** Contents of `<script type="application/ld+json">` blocks. */
  jsonLd: string[];
};

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Finds the '>' that ends a tag starting at `from`, skipping quoted attribute values. -1 when unterminated. */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      // A quote only opens a value right after '=' (possibly with spaces); elsewhere it is a stray character.
      let j = i - 1;
      while (j > from && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 10)) j--;
      if (html.charCodeAt(j) === 61) quote = code;
    } else if (code === 62) {
      return i;
    }
  }
  return -1;
}

/** Finds the end tag `</name` (any case) at or after `from`; returns its start, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  const m = pattern.exec(html);
  return m ? m.index : -1;
}

/**
 * Scans the tag stream once, left to right, never backtracking: O(length + tags x CLOSE_SEARCH). Removes comments,
 * scripts and other active content, keeps JSON-LD text aside, and drops open/close tags nested deeper than
 * `maxDepth`, so their text ends up in the deepest kept ancestor.
 */
export function scanHtml(html: string, maxDepth = MAX_HTML_DEPTH): HtmlScan {
  const out: string[] = [];
  const stack: string[] = [];
  const jsonLd: string[] = [];
  let overflow = 0;
  let flattened = 0;
  let elements = 0;
  let deepest = 0;
  let last = 0;
  let i = html.indexOf('<');
  // Text emitted since the last paragraph boundary a flattened block element stood for.
  let textSinceBreak = false;
  let references = 0;
  const emitUntil = (end: number) => {
    if (end <= last) return;
    const piece = html.slice(last, end);
    out.push(piece);
    if (!textSinceBreak && /\S/.test(piece)) textSinceBreak = true;
    for (let amp = piece.indexOf('&'); amp >= 0; amp = piece.indexOf('&', amp + 1)) references++;
  };
  const breakParagraph = (name: string) => {
    if (!BLOCK_LEVEL.has(name) || !textSinceBreak) return;
    out.push('<hr>');
    elements++;
    textSinceBreak = false;
  };
  while (i >= 0 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!DOCTYPE>, <![CDATA[ ]]>, <?pi?>: keep only the doctype.
      emitUntil(i);
      let end: number;
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        end = close < 0 ? html.length : close + 3;
      } else {
        const close = html.indexOf('>', i + 2);
        end = close < 0 ? html.length : close + 1;
        if (/^<!doctype/i.test(html.slice(i, i + 9))) out.push(html.slice(i, end));
      }
      last = end;
      i = html.indexOf('<', end);
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A stray '<' is text; escaped here, since runs of them make the parser's tokenizer quadratic.
      emitUntil(i);
      out.push('&lt;');
      references++;
      last = i + 1;
      i = html.indexOf('<', last);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd);
    if (tagEnd < 0) {
      // An unterminated tag: the rest is not markup a parser could use.
      emitUntil(i);
      last = html.length;
      break;
    }
    emitUntil(i);
    last = tagEnd + 1;
    if (closing) {
      if (overflow > 0) {
        overflow--;
        breakParagraph(name);
      } else {
        const floor = Math.max(0, stack.length - CLOSE_SEARCH);
        for (let k = stack.length - 1; k >= floor; k--) {
          if (stack[k] === name) { stack.length = k; break; }
        }
        out.push(html.slice(i, tagEnd + 1));
      }
      i = html.indexOf('<', last);
      continue;
    }
    const tag = html.slice(i, tagEnd + 1);
    if (DROPPED.has(name)) {
      const close = findEndTag(html, name, last);
      const contentEnd = close < 0 ? html.length : close;
      if (name === 'script' && /type\s*=\s*["']?application\/ld\+json/i.test(tag) && jsonLd.length < MAX_JSON_LD_BLOCKS) {
        const content = html.slice(last, contentEnd);
        if (content.length <= MAX_JSON_LD_CHARS) jsonLd.push(content);
      }
      const afterClose = close < 0 ? html.length : html.indexOf('>', close);
      last = afterClose < 0 ? html.length : afterClose + 1;
      i = html.indexOf('<', last);
      continue;
    }
    const selfClosing = VOID.has(name) || html.charCodeAt(tagEnd - 1) === 47;
    if (selfClosing) {
      elements++;
      out.push(tag);
    } else {
      if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name && overflow === 0) stack.pop();
      const depth = stack.length + overflow + 1;
      if (depth > deepest) deepest = depth;
      if (stack.length < maxDepth && overflow === 0) {
        stack.push(name);
        elements++;
        out.push(tag);
      } else {
        overflow++;
        flattened++;
        breakParagraph(name);
      }
    }
    if (RAW_KEPT.has(name) && !selfClosing) {
      const close = findEndTag(html, name, last);
      const contentEnd = close < 0 ? html.length : close;
      out.push(html.slice(last, contentEnd));
      last = contentEnd;
      i = close < 0 ? -1 : close;
      continue;
    }
    i = html.indexOf('<', last);
  }
  emitUntil(html.length);
  return { html: out.join(''), elements, flattened, references, maxDepth: deepest, jsonLd };
}
