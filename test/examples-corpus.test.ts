// Tests of the bench corpus builder: token files rebuilt into readable text, articles repeated to a size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus, rebuildTokenText, utf8Bytes } from '../bench/lib/corpus.js';

const tokens = (rows: [number, string][]) =>
  `<Document>${rows.map(([s, t], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${t}</token>`).join('\n')}</Document>`;

test('bench corpus: rebuildTokenText joins tokens into paragraphs', () => {
  const rows: [string, [number, string][], string][] = [
    ['title, date and body are paragraphs; no space before closing punctuation',
      [[0, 'Ferry'], [0, 'resumes'], [1, 'May'], [1, '2'], [1, ','], [1, '2031'], [2, 'The'], [2, 'ferry'], [2, 'sailed'], [2, '.']],
      'Ferry resumes\n\nMay 2, 2031\n\nThe ferry sailed.\n'],
    ['PTB quotes and straight quotes attach inward; entities are decoded',
      [[0, 'T'], [1, 'D'], [2, 'She'], [2, 'said'], [2, '``'], [2, 'Go'], [2, '.'], [2, "''"], [3, '"'], [3, 'Yes'], [3, '"'], [3, ','], [3, 'A'], [3, '&amp;'], [3, 'B'], [3, "n't"], [3, '(']],
      'T\n\nD\n\nShe said "Go." "Yes", A & Bn\'t (\n'],
    ['body sentences go three to a paragraph',
      [[0, 'T'], [1, 'D'], [2, 'A.'], [3, 'B.'], [4, 'C.'], [5, 'E.']],
      'T\n\nD\n\nA. B. C.\n\nE.\n'],
    ['no tokens give an empty text', [], '\n'],
  ];
  for (const [name, input, expected] of rows) assert.equal(rebuildTokenText(tokens(input)), expected, name);
});

test('bench corpus: buildCorpus repeats articles in order until the size is reached', () => {
  const articles = [{ name: 'a', text: 'x'.repeat(10) }, { name: 'b', text: 'y'.repeat(5) }];
  const rows: [number, string[]][] = [
    [1, ['a']],
    [15, ['a', 'b']],
    [16, ['a', 'b', 'a#1']],
    [31, ['a', 'b', 'a#1', 'b#1', 'a#2']],
  ];
  for (const [minBytes, names] of rows) {
    const corpus = buildCorpus(articles, minBytes);
    assert.deepEqual(corpus.map((a) => a.name), names, `minBytes ${minBytes}`);
    assert.ok(corpus.reduce((n, a) => n + utf8Bytes(a.text), 0) >= minBytes);
  }
  assert.deepEqual(buildCorpus([], 100), [], 'no articles give an empty corpus, not an endless loop');
  assert.deepEqual(buildCorpus([{ name: 'e', text: '' }], 100).map((a) => a.name), ['e'], 'empty articles are not repeated forever');
});
