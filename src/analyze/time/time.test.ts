// Tests for the times stage: values against the publication date, unanchored values, negatives, the founding articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline.js';
import { sentencesStage } from '../sentences/split.js';
import { timesStage } from './stage.js';
import { formatWeek, isoWeek, parseYmd } from './calendar.js';
import type { Doc, TimeExpression } from '../../model/index.js';

function times(text: string, published?: string): TimeExpression[] {
  const doc: Doc = { id: 'd1', source: 'test', contributors: [], text, removed: [], published };
  return runPipeline(doc, { published, options: {} }, [sentencesStage, timesStage]).doc.times;
}
const pairs = (text: string, published?: string) => times(text, published).map((t) => [t.span.text, t.value]);

// [sentence, published, expected [span text, value] pairs]
const VALUES: [string, string, [string, string][]][] = [
  ['The harbour council on Sunday rejected the plan.', '2025-09-21', [['Sunday', '2025-09-21']]],
  ['Sunday, the harbour council rejected the plan.', '2025-09-21', [['Sunday', '2025-09-21']]],
  ['Mayor Ilse Brandt on Saturday renewed her call for a bridge.', '2025-09-21', [['Saturday', '2025-09-20']]],
  ['She spoke at a press event in Oslo on Thursday.', '2025-09-21', [['Thursday', '2025-09-18']]],
  ['Earlier Sunday, the ferry operator cancelled two crossings.', '2025-09-21', [['Earlier Sunday', '2025-09-21']]],
  ['The hostage was released by the rebels in March.', '2025-09-21', [['March', '2025-03']]],
  ['In August last year, the guild held its festival.', '2025-09-21', [['August last year', '2024-08']]],
  ['In August 2024, the guild held its festival.', '2025-09-21', [['August 2024', '2024-08']]],
  ['The envoy hinted last week that talks could resume.', '2025-09-21', [['last week', '2025-W37']]],
  ['The envoy will return next week.', '2025-09-21', [['next week', '2025-W39']]],
  ['The party has governed since its return to power in 2021.', '2025-09-21', [['2021', '2021']]],
  ['The reform came four years after the collapse of the old port.', '2025-09-21', [['four years', 'P4Y']]],
  ['A cyclist who vanished more than two years ago was found.', '2025-09-21', [['more than two years ago', '2023']]],
  ['The rebels ended their 20-year-long campaign.', '2025-09-21', [['20-year-long', 'P20Y']]],
  ['The strike lasted three days.', '2025-09-21', [['three days', 'P3D']]],
  ['Prices rose sharply over the past two years.', '2025-09-21', [['the past two years', 'P2Y']]],
  ['The inspectors visit every week.', '2025-09-21', [['every week', 'P1W']]],
  ['The vote closes at 3 p.m. in the capital.', '2025-09-21', [['3 p.m.', '2025-09-21T15:00']]],
  ['We are talking now to the union.', '2025-09-21', [['now', 'PRESENT_REF']]],
  ['Next Tuesday the board will meet in Lyon.', '2025-09-21', [['Next Tuesday', '2025-09-23']]],
  ['The committee will vote on Friday.', '2025-09-21', [['Friday', '2025-09-26']]],
  ['The board said it would send inspectors to the dam on Thursday.', '2025-09-21', [['Thursday', '2025-09-25']]],
  ['The band was founded in the 1990s.', '2025-09-21', [['1990s', '199']]],
  ['The dam opened in summer 2025.', '2025-09-21', [['summer 2025', '2025-SU']]],
  ['Sales fell in the first quarter of 2025.', '2025-09-21', [['the first quarter of 2025', '2025-Q1']]],
  ['Sales fell in the first quarter of last year.', '2025-09-21', [['the first quarter of last year', '2024-Q1']]],
  ['The museum reopened on June 3, 2024 after repairs.', '2025-09-21', [['June 3, 2024', '2024-06-03']]],
  ['The tunnel flooded yesterday.', '2025-09-21', [['yesterday', '2025-09-20']]],
  ['The pier collapsed on Friday morning.', '2025-09-21', [['Friday morning', '2025-09-19TMO']]],
  ['The airline resumed flights last month.', '2025-09-21', [['last month', '2025-08']]],
  ['The league was formed in early 2009.', '2025-09-21', [['early 2009', '2009']]],
  ['The trial is set to begin on Wednesday.', '2025-09-17', [['Wednesday', '2025-09-17']]],
  ['The new terminal opened on December 30.', '2026-01-05', [['December 30', '2025-12-30']]],
  ['The festival returns on June 12.', '2026-06-01', [['June 12', '2026-06-12']]],
  ['Exports have grown in recent years.', '2025-09-21', [['recent years', 'PXY']]],
  ['The ferry sank last Friday.', '2025-09-19', [['last Friday', '2025-09-12']]],
  ['The fair opens this weekend.', '2025-09-17', [['this weekend', '2025-W38-WE']]],
  ['The polls closed on Sunday at noon.', '2025-09-23', [['Sunday', '2025-09-21'], ['noon', '2025-09-21T12:00']]],
  ['The dockers struck in the autumn of 2019.', '2025-09-21', [['autumn of 2019', '2019-FA']]],
  ['The market grew 4% in Q3 2024.', '2025-09-21', [['Q3 2024', '2024-Q3']]],
];

test('times: values against the publication date', () => {
  for (const [sentence, published, expected] of VALUES) assert.deepEqual(pairs(sentence, published), expected, sentence);
});

test('times: "more than two years ago" keeps its modifier', () => {
  const [t] = times('A cyclist who vanished more than two years ago was found.', '2025-09-21');
  assert.equal(t.mod, 'BEFORE');
  assert.equal(t.type, 'date');
});

test('times: types date, time, duration, set', () => {
  const got = times('On Sunday the ferry left at 3 p.m., as it does every week, for three days.', '2025-09-21');
  assert.deepEqual(got.map((t) => [t.type, t.value]), [['date', '2025-09-21'], ['time', '2025-09-21T15:00'], ['set', 'P1W'], ['duration', 'P3D']]);
  // A clock time takes the date of the day named before it in the sentence.
  assert.deepEqual(pairs('The ship left Tuesday from Bergen at 18:00 UTC.', '2025-09-21'), [['Tuesday', '2025-09-16'], ['18:00 UTC', '2025-09-16T18:00Z']]);
});

// Without a publication date, relative values keep X placeholders and say they are not anchored.
const UNANCHORED: [string, [string, string][]][] = [
  ['The council on Sunday rejected the plan.', [['Sunday', 'XXXX-WXX-7']]],
  ['The hostage was released in March.', [['March', 'XXXX-03']]],
  ['The envoy hinted last week that talks could resume.', [['last week', 'XXXX-WXX']]],
  ['In August last year, the guild held its festival.', [['August last year', 'XXXX-08']]],
  ['In August 2024, the guild held its festival.', [['August 2024', '2024-08']]],
];

test('times: no publication date means unanchored placeholders, never the clock', () => {
  for (const [sentence, expected] of UNANCHORED) {
    const got = times(sentence);
    assert.deepEqual(got.map((t) => [t.span.text, t.value]), expected, sentence);
    for (const t of got) assert.equal(t.anchored === false, t.value.includes('X'), sentence);
  }
});

// Sentences holding numbers, names and verbs that are not times.
const NEGATIVES: string[] = [
  'The Harbour Lions won 3-1 against the visitors.',
  'Shares of Nordvik rose 12% after the report.',
  'The council approved $2.5 million for the new pier.',
  'The airline ordered a Boeing 737 and an Airbus A320.',
  'She bought an iPhone 15 for her nephew.',
  'The 64-year-old fisherman was rescued near the cape.',
  'More than 20 people attended the vigil.',
  'The town marked the third anniversary of the flood with a parade.',
  'Officials may decide to close the bridge.',
  'May I add one thing, the harbour master asked.',
  'Thousands of farmers march to the capital each spring break of the old guild.',
  'April Smith chaired the meeting of the guild.',
  'He paused for a second and then one more player scored.',
  'The squad scored 2021 points across the season.',
  'The 2,000 volunteers cleaned 1,500 metres of beach.',
];

test('times: negative cases hold no date', () => {
  for (const sentence of NEGATIVES) {
    const got = times(sentence, '2025-09-21').filter((t) => t.type === 'date' || t.type === 'time');
    assert.deepEqual(got.map((t) => t.span.text), [], sentence);
  }
});

test('times: spans are sorted, in bounds and equal the text', () => {
  const text = 'Earlier Sunday the mayor spoke. In August last year, on June 3, 2024 and at 3 p.m., more than two years ago.\nNow it is over.';
  let last = -1;
  for (const t of times(text, '2025-09-21')) {
    assert.equal(text.slice(t.span.start, t.span.end), t.span.text);
    assert.ok(t.span.start >= last && t.span.end <= text.length);
    last = t.span.end;
  }
});

test('times: ISO week arithmetic', () => {
  const rows: [string, string][] = [
    ['2025-09-21', '2025-W38'], ['2025-09-14', '2025-W37'], ['2025-09-15', '2025-W38'], ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'], ['2026-01-01', '2026-W01'],
  ];
  for (const [day, week] of rows) assert.equal(formatWeek(parseYmd(day)!), week, day);
  assert.deepEqual(isoWeek(parseYmd('2008-12-29')!), { year: 2009, week: 1 });
});

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const SEED_EXPECTED: [string, [string, string][]][] = [
  ['001_2d62b04392c8a2c0.txt', [
    ['Sunday', '2025-09-21'], ['four years', 'P4Y'], ['Saturday', '2025-09-20'], ['now', 'PRESENT_REF'], ['Sunday', '2025-09-21'],
    ['Earlier Sunday', '2025-09-21'], ['August last year', '2024-08'], ['last week', '2025-W37'], ['2021', '2021'],
    ['more than two years ago', '2023'], ['March', '2025-03'],
  ]],
  ['000_ab2f0edce1e6a047.txt', [
    ['Sunday', '2025-09-21'], ['20-year-long', 'P20Y'], ['Recently', 'PAST_REF'], ['now', 'PRESENT_REF'], ['Saturday', '2025-09-20'],
    ['Thursday', '2025-09-18'], ['August 2024', '2024-08'], ['2021', '2021'],
  ]],
];

test('times: every time expression of the founding articles', { skip: existsSync(SEEDS) ? false : 'needs ../shared/seeds' }, () => {
  for (const [file, expected] of SEED_EXPECTED) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    // The date stamp left at the top of one file by scraping is not article text.
    const got = times(text, '2025-09-21').filter((t) => !/^\d{4}-\d\d-\d\d$/.test(t.span.text)).map((t) => [t.span.text, t.value]);
    assert.deepEqual(got, expected, file);
    assert.ok(!got.some(([span]) => /anniversary|third/i.test(span)), 'the third anniversary is not a date');
  }
});
