// render: terminal text and Markdown reports – verdict, ordering, wrapping, color, escaping – and shared helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/model/index.js';
import { render, shouldColor } from '../src/render/index.js';
import { groupQuotes, splitSentences, verdict } from '../src/render/common.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { displayWidth, wrap } from '../src/render/wrap.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const load = (name: string): Report => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const FERRY = load('report-ferry.json');
const LANTERN = load('report-lantern.json');
const ESC = '\u001b';

/** A copy of the ferry report with one finding's text fields replaced (for escaping and wrapping cases). */
function withFinding(patch: { summary?: string; evidenceText?: string; entityName?: string; title?: string }): Report {
  const report: Report = structuredClone(FERRY);
  const doc = report.documents[0];
  if (patch.evidenceText !== undefined) {
    doc.text += `\n\n${patch.evidenceText}`;
    const start = doc.text.length - patch.evidenceText.length;
    report.findings[0].evidence[0].span = { doc: doc.id, start, end: doc.text.length, text: patch.evidenceText };
    report.quotes[0].span = { doc: doc.id, start, end: doc.text.length, text: patch.evidenceText };
  }
  if (patch.summary !== undefined) report.findings[0].summary = patch.summary;
  if (patch.entityName !== undefined) report.entities[0].name = patch.entityName;
  if (patch.title !== undefined) doc.title = patch.title;
  return report;
}

test('render: the verdict line counts articles and findings by kind', () => {
  const rows: [Report, string][] = [
    [FERRY, '2 articles, 4 conflicts, 4 corroborated, 5 single-source'],
    [LANTERN, '3 articles, 3 conflicts, 2 corroborated, 3 single-source'],
    [{ ...FERRY, documents: FERRY.documents.slice(0, 1), findings: FERRY.findings.filter((f) => f.id === 'f1') }, '1 article, 1 conflict, 0 corroborated, 0 single-source'],
    [{ ...FERRY, findings: [] }, '2 articles, 0 conflicts, 0 corroborated, 0 single-source'],
  ];
  for (const [report, expected] of rows) {
    assert.equal(verdict(report), expected);
    assert.equal(render(report, 'text', { width: 80 }).split('\n')[0], expected);
    assert.equal(render(report, 'md').split('\n')[0], `# Cross-check: ${expected}`);
  }
});

test('render: text lists conflicts, then corroborated, then single-source, whatever the input order', () => {
  const shuffled: Report = { ...FERRY, findings: [...FERRY.findings].reverse() };
  for (const report of [FERRY, shuffled]) {
    const out = render(report, 'text', { width: 80 });
    const at = ['CONFLICTS (4)', 'CORROBORATED (4)', 'SINGLE-SOURCE (5)'].map((h) => out.indexOf(h));
    assert.ok(at.every((i) => i > 0), out);
    assert.deepEqual([...at].sort((a, b) => a - b), at);
    // Every summary appears exactly once, in its kind's section.
    for (const f of report.findings) {
      const first = f.summary.split(' ').slice(0, 5).join(' ');
      const pos = out.indexOf(first);
      assert.ok(pos > 0, first);
      const section = f.kind === 'conflict' ? 0 : f.kind === 'corroborated' ? 1 : 2;
      assert.ok(pos > at[section] && (section === 2 || pos < at[section + 1]), `${f.id} in the wrong section`);
    }
  }
  const md = render(shuffled, 'md');
  const headings = ['## Conflicts (4)', '## Corroborated (4)', '## Single-source (5)', '## Entities', '## Quotes'].map((h) => md.indexOf(h));
  assert.ok(headings.every((i) => i > 0));
  assert.deepEqual([...headings].sort((a, b) => a - b), headings);
});

test('render: text quotes each piece of evidence with its outlet, sentence number and speaker', () => {
  const out = render(FERRY, 'text', { width: 120 });
  const rows: [string, RegExp][] = [
    ['attribution, first article', /› Aldery Tidings, sentence 3 · said by Ines Caldwell\n\s+“\[We will not reopen the western crossing/],
    ['attribution, second article', /› Coastline Courier, sentence 2 · said by Oren Pask\n\s+“\[We will not reopen/],
    ['a normalized value, the evidence marked in its sentence', /› Aldery Tidings, sentence 1 · → 2026-04-14\n\s+“The passenger ferry Marisol Grey ran aground on a sandbar outside Port Aldery on \[Tuesday evening\], and all/],
    ['a whole quote is quoted once', /› Aldery Tidings, sentence 5 · said by Oren Pask\n\s+“Its chief executive, Oren Pask, called the grounding “\[a failure we take personally\]” and promised/],
    ['a value equal to the words is not repeated', /› Aldery Tidings, sentence 5 · → chief executive\n/],
    ['an evidence sentence stands alone', /› Coastline Courier, sentence 5\n\s+“The company did not say when the crossing would reopen\.”\n/],
  ];
  for (const [name, re] of rows) assert.match(out, re, name);
  // The lantern fixture carries the analyzer's sentences: "19 September" is in its sixth sentence.
  const lantern = render(LANTERN, 'text', { width: 100 });
  assert.match(lantern, /› Brimhaven Gazette, sentence 6 · → 2026-09-19/);
  assert.match(lantern, /Tidewire, sentence 3 · citing Southmoor Daily · → 30000/);
  assert.match(lantern, /› Southmoor Daily, sentence 2\n/, 'a descriptor equal to its value shows no value');
  const md = render(FERRY, 'md');
  assert.match(md, /- \*Aldery Tidings\*, sentence 1 \(→ 212\): “The passenger ferry .* and all \*\*212 passengers\*\* were brought ashore/);
  assert.match(md, /- \*Aldery Tidings\*, sentence 3 \(said by Ines Caldwell\): “\*\*We will not reopen .* satisfied,\*\*” Caldwell said\.\n/);
});

test('render: color marks the evidence inside its sentence without styling indents', () => {
  const out = render(FERRY, 'text', { width: 60, color: true });
  assert.match(out, /\u001b\[1;33m212 passengers\u001b\[0m/);
  for (const line of out.split('\n')) assert.ok(!/^ +\u001b\[0m/.test(line) && !/\u001b\[1;33m\s*\u001b\[0m/.test(line), JSON.stringify(line));
  // A marked phrase broken across lines is closed at the line end and reopened after the indent.
  const quote = out.split('\n').filter((l) => l.includes('western crossing') || l.includes('satisfied'));
  assert.ok(quote.some((l) => l.endsWith('\u001b[0m') && l.includes('\u001b[1;33m')), quote.join('\n'));
  assert.ok(quote.some((l) => /^ +\u001b\[1;33m/.test(l)), quote.join('\n'));
});

test('render: text wraps every line to the requested width, breaking over-long words', () => {
  const longWord = `https://example.invalid/${'x'.repeat(150)}`;
  const report = withFinding({ summary: `A summary that keeps going ${'and going '.repeat(20)}${longWord}`, evidenceText: `Evidence ${'word '.repeat(60)}${longWord}` });
  for (const width of [80, 60, 40]) {
    const out = render(report, 'text', { width });
    const lines = out.split('\n');
    for (const line of lines) assert.ok(displayWidth(line) <= width, `${width}: ${JSON.stringify(line)} is ${displayWidth(line)} wide`);
    assert.ok(lines.some((l) => displayWidth(l) > width - 12), `${width}: lines should fill the width`);
    assert.ok(out.replace(/\s+/g, '').includes(longWord.replace(/\s+/g, '')), 'a broken word is kept whole across lines');
  }
  // The default width is 80 when stdout is not a terminal.
  const defaulted = render(report, 'text');
  const widest = Math.max(...defaulted.split('\n').map(displayWidth));
  assert.ok(widest <= (process.stdout.columns || 80));
});

test('render: wrap and displayWidth handle indents and wide characters', () => {
  const rows: [string, number, string, string, string[]][] = [
    ['one two three four', 9, '', '', ['one two', 'three', 'four']],
    ['one two three', 20, '- ', '  ', ['- one two three']],
    ['alpha beta gamma', 10, '1. ', '   ', ['1. alpha', '   beta', '   gamma']],
    ['', 10, '> ', '> ', ['>']],
    ['東京都 大阪府 京都府', 8, '', '', ['東京都', '大阪府', '京都府']],
  ];
  for (const [text, width, first, rest, expected] of rows) assert.deepEqual(wrap(text, width, first, rest), expected, text);
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('東京'), 4);
  assert.equal(displayWidth('e\u0301'), 1);
});

test('render: color codes appear only when asked, and article text cannot inject its own', () => {
  const hostile = withFinding({ summary: `Red ${ESC}[31malert${ESC}[0m and a bell \u0007 and ${ESC}]8;;http://x.invalid${ESC}\\link`, evidenceText: `quoted ${ESC}[2J cleared \u202eoverride` });
  const plain = render(hostile, 'text', { width: 80, color: false });
  assert.ok(!plain.includes(ESC), 'no escape characters without color');
  assert.ok(!plain.includes('\u0007') && !plain.includes('\u202e'));
  assert.match(plain, /Red \[31malert\[0m and a bell/);
  const colored = render(hostile, 'text', { width: 80, color: true });
  assert.match(colored, /\u001b\[1m2 articles/);
  assert.match(colored, /\u001b\[31;1mCONFLICTS/);
  // Every escape in colored output is one of ours: SGR codes only.
  for (const m of colored.matchAll(/\u001b(.)/g)) assert.equal(m[1], '[');
  for (const m of colored.matchAll(/\u001b\[([^m]*)m/g)) assert.match(m[1], /^\d+(;\d+)*$/);
  // Colored lines still fit the width once the codes are removed.
  for (const line of colored.replace(/\u001b\[[\d;]*m/g, '').split('\n')) assert.ok(displayWidth(line) <= 80, line);
});

test('render: shouldColor respects NO_COLOR, --no-color, TERM=dumb and non-TTY streams', () => {
  const rows: [boolean | undefined, Record<string, string | undefined>, boolean | undefined, boolean][] = [
    [true, {}, undefined, true],
    [true, {}, true, true],
    [false, {}, undefined, false],
    [undefined, {}, undefined, false],
    [true, { NO_COLOR: '1' }, undefined, false],
    [true, { NO_COLOR: '' }, undefined, true],
    [true, { NO_COLOR: '1' }, true, false],
    [true, {}, false, false],
    [true, { TERM: 'dumb' }, undefined, false],
    [false, {}, true, false],
  ];
  for (const [isTTY, env, flag, expected] of rows) {
    assert.equal(shouldColor({ isTTY }, env, flag), expected, JSON.stringify({ isTTY, env, flag }));
  }
  assert.equal(shouldColor(undefined, {}, undefined), false);
});

test('render: escapeMarkdown neutralizes every Markdown-active character', () => {
  const rows: [string, string][] = [
    ['a | b', 'a \\| b'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['&amp; ~~gone~~ $x$ back\\slash', '\\&amp; \\~\\~gone\\~\\~ \\$x\\$ back\\\\slash'],
    ['two\nlines\r\n\tand tabs', 'two lines and tabs'],
    ['plain words, stay plain.', 'plain words, stay plain.'],
  ];
  for (const [input, expected] of rows) assert.equal(escapeMarkdown(input), expected, input);
});

test('render: Markdown tables keep their shape whatever the article text holds', () => {
  const report = withFinding({ entityName: 'Ines | Caldwell\n# heading', title: 'Title | with *pipes*\nand a newline', evidenceText: 'A | quote with ` and <b>tags</b>' });
  const md = render(report, 'md');
  const unescapedPipes = (line: string) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;
  const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
  assert.ok(tables.length >= 3, 'documents, entities and quotes tables');
  for (const table of tables) {
    const lines = table.split('\n').filter((l) => l.startsWith('|'));
    const columns = unescapedPipes(lines[0]);
    for (const line of lines) assert.equal(unescapedPipes(line), columns, line);
  }
  assert.ok(!/^#/m.test(md.replace(/^#{1,2} .*$/gm, '')), 'article text never starts a heading line');
  assert.ok(!md.includes('<b>'), 'no raw HTML from article text');
  assert.match(md, /\*\*Ines \\\| Caldwell # heading\*\*/);
});

test('render: Markdown has entity titles and quote speakers per outlet', () => {
  const md = render(FERRY, 'md');
  assert.match(md, /^\| Name \| Type \| Aldery Tidings \| Coastline Courier \|$/m);
  assert.match(md, /^\| \*\*Ines Caldwell\*\* \| person \| harbour master \| port director \|$/m);
  assert.match(md, /^\| \*\*Marisol Grey\*\* \| other \| passenger ferry \| — \|$/m);
  assert.match(md, /^\| Statement \| Aldery Tidings \| Coastline Courier \|$/m);
  assert.match(md, /^\| “We will not reopen the western crossing until the inspectors are satisfied,” \| Ines Caldwell \| Oren Pask \|$/m);
  assert.match(md, /^\| “the crew had ignored a weather warning issued at 5 p\.m\. on Tuesday” \| _unattributed_ \| — \|$/m);
  // Paraphrases that merely agree are not one statement.
  assert.match(md, /^\| “the vessel had left the channel in thick fog” \| Ines Caldwell \| — \|$/m);
  const lantern = render(LANTERN, 'md');
  assert.match(lantern, /\| “No lantern is worth a life on the water,” \| Amaru Lindqvist \| Corra Feld \| Amaru Lindqvist \|/);
  assert.match(lantern, /\| d3 \| Tidewire \| .* \| undated: event dated 2026-09-11/);
});

test('render: groupQuotes joins the same statement across articles and keeps different ones apart', () => {
  const groups = groupQuotes(FERRY).map((g) => g.map((q) => q.id).sort().join(','));
  assert.ok(groups.includes('q1,q6'), groups.join(' '));
  for (const alone of ['q2', 'q3', 'q4', 'q5', 'q7', 'q8']) assert.ok(groups.includes(alone), `${alone} stands alone: ${groups.join(' ')}`);
});

test('render: the fallback sentence splitter skips abbreviations and splits on paragraphs', () => {
  const rows: [string, string[]][] = [
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    ['Mr. Vell met Dr. Ana at 5 p.m. on Friday. Then left.', ['Mr. Vell met Dr. Ana at 5 p.m. on Friday.', 'Then left.']],
    ['Head line\n\nBody text. “Quoted,” she said. “Next.” Done.', ['Head line', 'Body text.', '“Quoted,” she said.', '“Next.”', 'Done.']],
    ['No end', ['No end']],
    ['', []],
    ['Dots... and more. End', ['Dots... and more.', 'End']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(splitSentences(text).map((r) => text.slice(r.start, r.end)), expected, text);
  const many = '.'.repeat(100_000) + ' A';
  const started = process.hrtime.bigint();
  splitSentences(many);
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000, 'linear on runs of dots');
});

test('render: json is the report itself and unknown formats are refused', () => {
  assert.deepEqual(JSON.parse(render(FERRY, 'json')), FERRY);
  assert.throws(() => render(FERRY, 'yaml' as never), /unknown format "yaml"/);
});
