// Generates the hostile-input corpus (deep nesting, huge lines, entity bombs, bad encodings, prototype keys, ...) into a directory.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type HostileFile = { name: string; what: string; bytes: Buffer };

const MB = 1024 * 1024;
/** Invented filler prose (no third-party text). */
const PROSE = 'The Marrowby ferry council met on Tuesday. "We will reopen the north quay in May," said harbour master Edda Pell. ';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const html = (body: string, head = '') => utf8(`<!DOCTYPE html><html><head><title>Hostile</title>${head}</head><body>${body}</body></html>`);
const nest = (open: string, close: string, depth: number, inner = PROSE) => open.repeat(depth) + inner + close.repeat(depth);
const rss = (items: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') => utf8(`${prolog}<rss version="2.0"><channel><title>Hostile Wire</title>${items}</channel></rss>`);
const item = (body: string, n = 1) => `<item><title>Item ${n}</title><link>https://hostile.example/${n}</link><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate><description>${body}</description></item>`;

/** Deterministic pseudo-random bytes (no Math.random: the corpus is the same on every run). */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;

/** The corpus, smallest first. Every entry says what it attacks. */
export function hostileFiles(): HostileFile[] {
  const files: HostileFile[] = [
    // Nesting.
    { name: 'nest-div-1k.html', what: '1,000 nested divs (Readability froze 63 s on this)', bytes: html(nest('<div>', '</div>', 1_000)) },
    { name: 'nest-div-20k.html', what: '20,000 nested divs', bytes: html(nest('<div>', '</div>', 20_000)) },
    { name: 'nest-div-100k.html', what: '100,000 nested divs', bytes: html(nest('<div>', '</div>', 100_000)) },
    { name: 'nest-div-100k-unclosed.html', what: '100,000 divs never closed', bytes: html('<div>'.repeat(100_000) + PROSE) },
    { name: 'nest-span-20k.html', what: '20,000 nested inline spans', bytes: html(nest('<span>', '</span>', 20_000)) },
    { name: 'nest-table-5k.html', what: '5,000 nested tables', bytes: html(nest('<table><tr><td>', '</td></tr></table>', 5_000)) },
    { name: 'nest-list-20k.html', what: '20,000 nested lists', bytes: html(nest('<ul><li>', '</li></ul>', 20_000)) },
    { name: 'nest-blockquote-1k.html', what: '1,000 nested blockquotes with text at each level', bytes: html(nest(`<blockquote>${PROSE}`, '</blockquote>', 1_000)) },
    { name: 'nest-div-1k.txt', what: 'nested HTML in a .txt file (sniffed as HTML)', bytes: html(nest('<div>', '</div>', 1_000)) },
    { name: 'nest-xml-10k.xml', what: 'feed item nested 10,000 elements deep', bytes: rss(`<item><title>x</title><description>ok</description>${nest('<x>', '</x>', 10_000, 'deep')}</item>`) },
    // Size and shape.
    { name: 'whitespace-1mb.txt', what: '1 MB of whitespace', bytes: utf8(' \t\n'.repeat(Math.ceil(MB / 3)).slice(0, MB)) },
    { name: 'whitespace-1mb-then-text.txt', what: '1 MB of spaces, then one sentence (bait for \\s+$ patterns)', bytes: utf8(' '.repeat(MB) + PROSE) },
    { name: 'crlf-500k.txt', what: '500,000 CRLF line ends and nothing else', bytes: utf8('\r\n'.repeat(500_000)) },
    { name: 'single-line-10mb.txt', what: 'a 10 MB single line of prose', bytes: utf8(PROSE.repeat(Math.floor(10 * MB / PROSE.length) - 1).replace(/\n/g, ' ')) },
    { name: 'long-word-200k.txt', what: 'one 200,000-letter word', bytes: utf8(`${PROSE}${'a'.repeat(200_000)} ${PROSE}`) },
    { name: 'long-word-2mb.txt', what: 'one 2 MB word', bytes: utf8(`${PROSE}${'x'.repeat(2 * MB)}`) },
    { name: 'over-limit-11mb.txt', what: '11 MB text, over the input limit', bytes: utf8(PROSE.repeat(Math.ceil(11 * MB / PROSE.length))) },
    { name: 'many-sentences-2mb.txt', what: '2 MB of short sentences', bytes: utf8('Ferries ran. '.repeat(Math.floor(2 * MB / 13))) },
    { name: 'quotes-unbalanced-200k.txt', what: '200,000 opening quotes without closers', bytes: utf8(`${PROSE}${'\u201cHe said '.repeat(25_000)}`) },
    { name: 'quotes-only-200k.txt', what: '200,000 straight double quotes', bytes: utf8(`${PROSE}${'"'.repeat(200_000)}`) },
    { name: 'credits-bait.txt', what: 'a credit line padded with 100,000 spaces and tabs', bytes: utf8(`${PROSE}\n\nBy ${' \t'.repeat(100_000)}\n`) },
    { name: 'dateline-bait.txt', what: 'a dateline-like start followed by 200 KB of letters', bytes: utf8(`MARROWBY, March 2, ${'A'.repeat(200_000)}`) },
    { name: 'numbers-bait.txt', what: '200 KB of digits and commas', bytes: utf8(`${PROSE}${'1,'.repeat(100_000)}`) },
    { name: 'abbreviations-bait.txt', what: '50,000 "Mr." tokens', bytes: utf8(`${PROSE}${'Mr. '.repeat(50_000)}`) },
    { name: 'unicode-tricks.txt', what: 'RTL overrides, zero-width joiners, combining marks, astral characters', bytes: utf8(`${PROSE}\u202Eevil\u202C \u200B\u200D\u2060 e\u0301\u0301\u0301 \u{1D400}\u{1F469}\u200D\u{1F469}\u200D\u{1F467} `.repeat(2_000)) },
    { name: 'controls.txt', what: 'control characters throughout', bytes: utf8(`${PROSE}\u0001\u0002\u0003\u001b[31m`.repeat(1_000)) },
    // Entities and XML.
    { name: 'billion-laughs.xml', what: 'billion-laughs entity bomb in a feed', bytes: rss(item('&lol9;'), `<?xml version="1.0"?>${LAUGHS}`) },
    { name: 'billion-laughs.rss', what: 'billion laughs with an .rss name', bytes: rss(item('&lol9;'), `<?xml version="1.0"?>${LAUGHS}`) },
    { name: 'billion-laughs.html', what: 'billion laughs declared in an HTML page', bytes: utf8(`${LAUGHS}<html><body><p>&lol9;</p><p>${PROSE}</p></body></html>`) },
    { name: 'xxe-file.xml', what: 'external entity reading /etc/passwd', bytes: rss(item('&xxe;'), '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>') },
    { name: 'xxe-http.xml', what: 'external entity fetching a URL', bytes: rss(item('&xxe;'), '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>') },
    { name: 'xxe-parameter.xml', what: 'parameter-entity external DTD', bytes: rss(item('x'), '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]>') },
    { name: 'xxe-in-atom.xml', what: 'external entity in an Atom feed', bytes: utf8('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title><content>&xxe;</content></entry></feed>') },
    { name: 'numeric-entities-10mb.html', what: '10 MB of numeric character references', bytes: html('&#65;'.repeat(Math.floor(10 * MB / 5) - 40)) },
    { name: 'numeric-entities-10mb.xml', what: 'a feed item holding ~10 MB of numeric references', bytes: rss(item('&amp;#65;'.repeat(Math.floor(9.9 * MB / 9)))) },
    { name: 'hex-entities-2mb.html', what: '2 MB of out-of-range and surrogate hex references', bytes: html('&#xD800;&#x110000;&#0;'.repeat(Math.floor(2 * MB / 23))) },
    { name: 'named-entities-2mb.html', what: '2 MB of named references', bytes: html(`<p>${'&amp;&nbsp;&eacute;'.repeat(Math.floor(2 * MB / 19))}</p>`) },
    { name: 'many-items.xml', what: '60,000 feed items (over the item cap)', bytes: rss(Array.from({ length: 60_000 }, (_, i) => `<item><title>${i}</title></item>`).join('')) },
    { name: 'empty-feed.xml', what: 'an RSS feed with no items', bytes: rss('') },
    { name: 'empty-atom.xml', what: 'an Atom feed with no entries', bytes: utf8('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>') },
    { name: 'truncated-feed.xml', what: 'a feed cut off mid-item', bytes: utf8(rss(item(PROSE)).toString().slice(0, 150)) },
    { name: 'cdata-bomb.xml', what: 'an unclosed CDATA section of 1 MB', bytes: rss(`<item><description><![CDATA[${'x'.repeat(MB)}</description></item>`) },
    // HTML oddities.
    { name: 'comment-unclosed.html', what: 'an unclosed comment of 1 MB', bytes: html(`<p>${PROSE}</p><!--${'-'.repeat(MB)}`) },
    { name: 'attributes-100k.html', what: 'one element with 100,000 attributes', bytes: html(`<p ${Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(' ')}>${PROSE}</p>`) },
    { name: 'attribute-5mb.html', what: 'one 5 MB attribute value', bytes: html(`<p title="${'y'.repeat(5 * MB)}">${PROSE}</p>`) },
    { name: 'scripts-10k.html', what: '10,000 script elements', bytes: html(`<p>${PROSE}</p>${'<script>while(true){}</script>'.repeat(10_000)}`) },
    { name: 'meta-100k.html', what: '100,000 meta tags', bytes: html(`<p>${PROSE}</p>`, '<meta name="author" content="A">'.repeat(100_000)) },
    { name: 'paragraphs-200k.html', what: '200,000 paragraphs (element cap)', bytes: html('<p>Ferries ran.</p>'.repeat(200_000)) },
    { name: 'jsonld-deep.html', what: 'JSON-LD nested 10,000 deep', bytes: html(`<p>${PROSE}</p>`, `<script type="application/ld+json">${'{"@graph":['.repeat(10_000)}${']}'.repeat(10_000)}</script>`) },
    { name: 'jsonld-proto.html', what: 'JSON-LD with __proto__ keys', bytes: html(`<article><p>${PROSE}</p></article>`, '<script type="application/ld+json">{"__proto__":{"polluted":true},"@type":"NewsArticle","headline":"H","constructor":{"prototype":{"polluted":true}}}</script>') },
    { name: 'lt-flood.html', what: '2 MB of stray "<" characters', bytes: html(`<p>${'< '.repeat(MB)}</p>`) },
    // JSON.
    { name: 'json-nested-10000.json', what: 'JSON arrays nested 10,000 deep', bytes: utf8('['.repeat(10_000) + ']'.repeat(10_000)) },
    { name: 'json-objects-10000.json', what: 'JSON objects nested 10,000 deep', bytes: utf8('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)) },
    { name: 'json-nested-text.json', what: 'a record whose text field is nested 10,000 deep', bytes: utf8(`{"title":"T","text":${'['.repeat(10_000)}"x"${']'.repeat(10_000)}}`) },
    { name: 'jsonl-nested-10000.jsonl', what: 'a JSONL line nested 10,000 deep between good lines', bytes: utf8(`${JSON.stringify({ text: PROSE })}\n${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}\n${JSON.stringify({ text: PROSE + ' Later.' })}\n`) },
    { name: 'proto-keys.json', what: '__proto__ and constructor keys in a record', bytes: utf8(`{"__proto__":{"polluted":true,"text":"bad"},"constructor":{"prototype":{"polluted":true}},"text":${JSON.stringify(PROSE)}}`) },
    { name: 'proto-keys.jsonl', what: '__proto__ keys on every JSONL line', bytes: utf8(Array.from({ length: 5 }, (_, i) => `{"__proto__":{"isAdmin":true},"text":${JSON.stringify(`${PROSE} Line ${i}.`)},"url":"https://hostile.example/p${i}"}`).join('\n')) },
    { name: 'json-huge-number.json', what: 'numbers with 100,000 digits', bytes: utf8(`{"text":${JSON.stringify(PROSE)},"published":${'9'.repeat(100_000)}}`) },
    { name: 'json-empty-array.json', what: 'an empty JSON array', bytes: utf8('[]') },
    { name: 'jsonl-empty-lines.jsonl', what: '100,000 empty lines', bytes: utf8('\n'.repeat(100_000)) },
    // Encodings and binaries.
    { name: 'empty.txt', what: 'an empty file', bytes: Buffer.alloc(0) },
    { name: 'bom-only.txt', what: 'a UTF-8 byte-order mark and nothing else', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
    { name: 'invalid-utf8.txt', what: 'invalid UTF-8 sequences', bytes: Buffer.concat([utf8(PROSE), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), utf8(PROSE)]) },
    { name: 'invalid-utf8.html', what: 'invalid UTF-8 in HTML', bytes: Buffer.concat([html(`<p>${PROSE}</p>`), Buffer.from([0xff, 0xfe, 0xfd])]) },
    { name: 'overlong-utf8.txt', what: 'overlong UTF-8 encodings of "/"', bytes: Buffer.concat([utf8(PROSE), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf])]) },
    { name: 'surrogate-utf8.txt', what: 'UTF-8-encoded lone surrogates (CESU)', bytes: Buffer.concat([utf8(PROSE), Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80])]) },
    { name: 'utf16le.txt', what: 'UTF-16LE text with a BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROSE.repeat(5), 'utf16le')]) },
    { name: 'nul-bytes.txt', what: 'NUL bytes inside text', bytes: utf8(`${PROSE}\u0000${PROSE}\u0000`) },
    { name: 'nul-bytes.json', what: 'NUL bytes inside a JSON record', bytes: Buffer.concat([utf8('{"text":"'), Buffer.from([0]), utf8(`${PROSE}"}`)]) },
    { name: 'binary.txt', what: 'random binary named .txt', bytes: noise(256 * 1024) },
    { name: 'png-as-text.txt', what: 'a PNG header named .txt', bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(4096, 11)]) },
    { name: 'gzip-as-html.html', what: 'gzip bytes named .html', bytes: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), noise(8192, 3)]) },
    { name: 'binary.xml', what: 'binary named .xml', bytes: noise(4096, 5) },
    { name: 'no-extension', what: 'prose without a file extension', bytes: utf8(PROSE.repeat(3)) },
  ];
  return files;
}

/** Writes the corpus into `dir` (a new temp dir by default) and returns the directory and the files. */
export function writeHostileCorpus(dir = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'))): { dir: string; files: (HostileFile & { path: string })[] } {
  mkdirSync(dir, { recursive: true });
  const files = hostileFiles().map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    return { ...file, path };
  });
  return { dir, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { dir, files } = writeHostileCorpus(process.argv[2]);
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  process.stdout.write(`${files.length} hostile files, ${(total / MB).toFixed(1)} MB, in ${dir}\n`);
}
