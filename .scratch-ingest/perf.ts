import { textDraft } from '../src/ingest/text.ts';
import { htmlDraft } from '../src/ingest/html.ts';
import { parseJsonSafely } from '../src/ingest/json-safe.ts';
const P = 'The Vellmark harbour council on Tuesday approved a budget of 40 million crowns for two new ferries. "It is done," she said.\n\nWhat next\n\n';
const M = 9.5 * 1048576;
const cases: [string, () => unknown][] = [
  ['text paragraphs', () => textDraft(P.repeat(Math.floor(M / P.length)), 'x')],
  ['one line of spaces', () => textDraft('a' + ' '.repeat(M) + 'b', 'x')],
  ['closers', () => textDraft('a' + ')'.repeat(M) + 'b', 'x')],
  ['open parens', () => textDraft('(' .repeat(M), 'x')],
  ['dots', () => textDraft('. '.repeat(M / 2), 'x')],
  ['long line words', () => textDraft('word '.repeat(M / 5), 'x')],
  ['many short lines', () => textDraft('Ab\n'.repeat(M / 3), 'x')],
  ['By lines', () => textDraft('By Anna Berg\n'.repeat(M / 13), 'x')],
  ['html lt', () => htmlDraft('<p>' + '<'.repeat(M) + '</p>', 'x')],
  ['html unterminated quote', () => htmlDraft('<p>hello world</p><a href="' + 'x'.repeat(M), 'x')],
  ['html quotes', () => htmlDraft('<p a=' + '"'.repeat(M) + '>x</p>', 'x')],
  ['html comments open', () => htmlDraft('<!--'.repeat(M / 4), 'x')],
  ['html many p', () => htmlDraft('<p>Some text for the paragraph here, long enough.</p>'.repeat(40000), 'x')],
  ['html script open', () => htmlDraft('<p>x</p>' + '<script>'.repeat(M / 8), 'x')],
  ['json deep', () => parseJsonSafely('['.repeat(M))],
];
for (const [name, fn] of cases) {
  const t = performance.now();
  let r = 'ok';
  try { const d = fn() as { text?: string }; r = `ok ${d?.text?.length ?? ''}`; } catch (e) { r = 'err ' + (e as Error).message.slice(0, 80); }
  console.log(name.padEnd(26), Math.round(performance.now() - t), 'ms', r);
}
