// regex gate: every regex in src/ passes recheck and eslint-plugin-regexp's super-linear rules, or is allow-listed with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRegexes, recheckAll, runGate, type RegexSite } from '../scripts/check-regex.js';

test('regex gate: no vulnerable, undecided or unchecked regex in src/ outside the allow-list', { timeout: 300_000 }, async () => {
  const report = await runGate();
  const lines = report.problems.map((p) => `${p.file}:${p.line} [${p.tool} ${p.rule}] ${p.site ? `/${p.site.source.slice(0, 120)}/${p.site.flags}` : ''} ${p.message.slice(0, 160)}`);
  assert.deepEqual(lines, [], `fix these regexes (linear forms) or allow-list them with a reason in scripts/regex-allow.json:\n${lines.join('\n')}`);
  assert.ok(report.sites.length > 100, `found only ${report.sites.length} regex sites: extraction is broken`);
});

test('regex gate: extraction finds literals, constructors and folds constants', async () => {
  const sites = await extractRegexes();
  const kinds = new Set(sites.map((s) => s.kind));
  assert.ok(kinds.has('literal') && kinds.has('constructor'));
  for (const site of sites) {
    if (site.kind !== 'dynamic') assert.doesNotThrow(() => new RegExp(site.source, site.flags), `${site.file}:${site.line} compiles`);
  }
});

test('regex gate: recheck catches exponential and quadratic patterns and passes linear ones (the gate can fail)', { timeout: 120_000 }, async () => {
  const site = (source: string, flags = ''): RegexSite => ({ file: 'x', line: 1, column: 1, kind: 'literal', source, flags });
  const rows: [RegexSite, string][] = [
    [site('^(a+)+$'), 'vulnerable'],
    [site('^(\\w+\\s?)*$'), 'vulnerable'],
    [site('\\s+$'), 'vulnerable'],
    [site('^[a-z]+$', 'i'), 'safe'],
    [site('\\bsaid\\b', 'g'), 'safe'],
  ];
  const results = await recheckAll(rows.map(([s]) => s), { cache: false, jobs: 1 });
  for (const [s, expected] of rows) assert.equal(results.get(`/${s.source}/${s.flags}`)?.status, expected, `/${s.source}/`);
});

test('regex gate: the eslint config flags super-linear regexes in TypeScript sources', async () => {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ overrideConfigFile: new URL('../eslint.config.js', import.meta.url).pathname });
  const rows: [string, string | undefined][] = [
    ['const A: RegExp = /^(a+)+$/;', 'regexp/no-super-linear-backtracking'],
    ['export const B = (s: string) => s.replace(/\\s+$/, "");', 'regexp/no-super-linear-move'],
    ['const C = /^\\s*(\\w+)\\s*$/;', undefined],
  ];
  for (const [code, rule] of rows) {
    const [result] = await eslint.lintText(code, { filePath: new URL('../src/gate-probe.ts', import.meta.url).pathname });
    const rules = result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
    if (rule) assert.ok(rules.includes(rule), `${code}: expected ${rule}, got ${rules.join(', ') || 'nothing'}`);
    else assert.deepEqual(rules, [], code);
  }
});
