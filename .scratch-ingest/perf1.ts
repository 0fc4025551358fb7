import { textDraft } from '../src/ingest/text.ts';
import { htmlDraft } from '../src/ingest/html.ts';
import { parseJsonSafely } from '../src/ingest/json-safe.ts';
const M = Number(process.argv[3] ?? 9.5 * 1048576);
const cases: Record<string, () => unknown> = {
  shortlines: () => textDraft('Ab\n'.repeat(M / 3), 'x'),
  bylines: () => textDraft('By Anna Berg\n'.repeat(M / 13), 'x'),
  lt: () => htmlDraft('<p>' + '<'.repeat(M) + '</p>', 'x'),
  unq: () => htmlDraft('<p>hello world</p><a href="' + 'x'.repeat(M), 'x'),
  quotes: () => htmlDraft('<p a=' + '"'.repeat(M) + '>x</p>', 'x'),
  comments: () => htmlDraft('<!--'.repeat(M / 4), 'x'),
  manyp: () => htmlDraft('<p>Some text for the paragraph here, long enough.</p>'.repeat(40000), 'x'),
  script: () => htmlDraft('<p>x</p>' + '<script>'.repeat(M / 8), 'x'),
  json: () => parseJsonSafely('['.repeat(M)),
  bigp: () => htmlDraft('<p>' + 'word '.repeat(M / 5) + '</p>', 'x'),
};
const name = process.argv[2];
const t = performance.now();
let r = 'ok';
try { const d = cases[name]() as { text?: string }; r = `ok ${d?.text?.length ?? ''}`; } catch (e) { r = 'err ' + (e as Error).message.slice(0, 100); }
console.log(name.padEnd(12), Math.round(performance.now() - t), 'ms', r);
