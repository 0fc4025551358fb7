// Founding-article checks: the two seed reports (read from ../shared/seeds, never copied) give the expected entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline.js';
import { sentencesStage } from '../sentences/split.js';
import { entitiesStage } from './index.js';
import type { AnalysisState } from '../types.js';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const skip = existsSync(SEEDS) ? false : 'needs ../shared/seeds';

function seed(prefix: string): { text: string; state: AnalysisState } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const state = runPipeline({ id: 'd1', source: file, contributors: [], text, removed: [] }, { options: {} }, [sentencesStage, entitiesStage]).state;
  return { text, state };
}

// [seed, name, type, subtype?]: every person, organization and place each report names, by its fullest form.
const EXPECTED: [string, string, string, string?][] = [
  ['000', 'Donald Trump', 'person'], ['000', 'Hamdullah Fitrat', 'person'], ['000', 'Fasihuddin Fitrat', 'person'],
  ['000', 'Zabihullah Mujahid', 'person'], ['000', 'Zakir Jalaly', 'person'], ['000', 'Amir Khan Muttaqi', 'person'],
  ['000', 'Adam Boehler', 'person'], ['000', 'Biden', 'person'],
  ['000', 'Taliban', 'organization'], ['000', 'Associated Press', 'organization', 'outlet'],
  ['000', 'Bakhtar News Agency', 'organization'], ['000', 'France24', 'organization', 'outlet'],
  ['000', 'X', 'organization', 'platform'], ['000', 'Truth Social', 'organization', 'platform'],
  ['000', 'The Wall Street Journal', 'organization', 'outlet'], ['000', 'CNN', 'organization', 'outlet'],
  ['000', 'Reuters', 'organization', 'outlet'], ['000', 'White House', 'organization'], ['000', 'NATO', 'organization'],
  ['000', 'ISIS', 'organization'],
  ['000', 'Afghanistan', 'place'], ['000', 'Kabul', 'place'], ['000', 'China', 'place'], ['000', 'Bagram Air Base', 'place'],
  ['000', 'United States of America', 'place'], ['000', 'UK', 'place'],
  ['001', 'Trump', 'person'], ['001', 'Zabihullah Mujahid', 'person'], ['001', 'Fasihuddin Fitrat', 'person'],
  ['001', 'Biden', 'person'], ['001', 'Amir Khan Muttaqi', 'person'], ['001', 'Adam Boehler', 'person'],
  ['001', 'Taliban', 'organization'], ['001', 'Associated Press', 'organization', 'outlet'],
  ['001', 'X', 'organization', 'platform'], ['001', 'Afghan Defense Ministry', 'organization'],
  ['001', 'White House', 'organization'], ['001', 'Afghanistan', 'place'], ['001', 'Kabul', 'place'],
  ['001', 'United Kingdom', 'place'], ['001', 'United States', 'place'], ['001', 'Bagram', 'place'],
];

for (const [prefix, name, type, subtype] of EXPECTED) {
  test(`entities: seed ${prefix} has ${name} (${type})`, { skip }, () => {
    const { state } = seed(prefix);
    const entity = state.entities.find((e) => e.name === name);
    assert.ok(entity, `missing; found ${state.entities.map((e) => `${e.name}:${e.type}`).join(', ')}`);
    assert.equal(entity.type, type);
    if (subtype) assert.equal(entity.subtype, subtype);
  });
}

test('entities: seeds hold no person that is not a person, and no stray common words', { skip }, () => {
  for (const prefix of ['000', '001']) {
    const { state } = seed(prefix);
    const people = state.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    const expected = EXPECTED.filter((row) => row[0] === prefix && row[2] === 'person').map((row) => row[1]).sort();
    assert.deepEqual(people, expected);
  }
});

test('entities: seed 000 keeps the two people sharing a surname apart', { skip }, () => {
  const { text, state } = seed('000');
  const byName = (n: string) => state.entities.find((e) => e.name === n)!;
  const [first, second] = [byName('Hamdullah Fitrat'), byName('Fasihuddin Fitrat')];
  const startOfSecond = second.mentions[0].start;
  // Every lone surname before the second person's first mention belongs to the first one, every one after to the second.
  for (const m of first.mentions) assert.ok(m.start < startOfSecond, `${m.text}@${m.start} should be the second`);
  assert.ok(first.mentions.some((m) => m.link === 'surname'));
  assert.ok(second.mentions.filter((m) => m.link === 'surname').length >= 2);
  let lone = 0;
  for (let i = text.indexOf('Fitrat'); i >= 0; i = text.indexOf('Fitrat', i + 1)) lone++;
  assert.equal(first.mentions.length + second.mentions.length, lone);
});

test('entities: seed descriptors keep titles and roles with their spans', { skip }, () => {
  for (const [prefix, name, wanted] of [
    ['000', 'Donald Trump', 'US President'], ['000', 'Hamdullah Fitrat', 'Taliban deputy spokesperson'],
    ['001', 'Zabihullah Mujahid', 'chief Taliban spokesman'],
    ['001', 'Fasihuddin Fitrat', 'the chief of staff at the Afghan Defense Ministry'],
  ] as const) {
    const { text, state } = seed(prefix);
    const entity = state.entities.find((e) => e.name === name)!;
    const descriptor = entity.descriptors.find((d) => d.text === wanted);
    assert.ok(descriptor, `${name}: ${entity.descriptors.map((d) => d.text).join(' | ')}`);
    assert.equal(text.slice(descriptor.span!.start, descriptor.span!.end), wanted);
  }
});
