// times: the simple-window reader gives exactly chrono's candidates wherever it answers (else it defers to chrono).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIMEZONE_ABBR_MAP } from '../../../node_modules/chrono-node/dist/esm/timezone.js';
import { parseWithChrono } from './parse/parse-with-chrono.js';
import { NOT_ZONES, readSimpleWindow } from './parse/read-simple-window.js';
import { chronoWindows } from './prefilter.js';
import { sentencesStage } from '../sentences/split.js';
import { newState } from '../pipeline.js';
import type { Doc } from '../../model/index.js';
import { seededRandom } from '../../../test/random.js';

/** Both paths over one window: [chrono only, with the reader]; undefined when the reader defers. */
function both(text: string) {
  if (!readSimpleWindow(text)) return undefined;
  const piece = { text, base: 0, sentence: 0 };
  return [parseWithChrono([piece], true), parseWithChrono([piece])];
}

// Expressions the reader takes, and contexts around them that it must take or leave exactly as chrono does.
const EXPRESSIONS = [
  'Monday', 'Sunday', 'March', 'May', 'June', 'December', 'June 5', 'June 5th', 'April 31', 'February 29', 'June 5, 2008',
  'June 5 2008', 'June 2008', 'June, 2008', '5 June', '11 December 2024', '16:08', '16:08 UTC', '6 p.m.', '12 p.m.',
  '12 a.m.', '9:45 a.m.', '10:30 p.m. GMT', '24:00',
];
const BEFORE = [
  '', 'on ', 'On ', 'in ', 'last ', 'next ', 'this ', 'the ', '(', ', ', 'said, ', 'since ', 'until ', 'from ', 'at ',
  'the end of ', 'the fifth of ', 'onthis ', 'and ', '"', 'As of ', 'early ', 'mid-',
];
const AFTER = [
  '', '.', ',', ', the', ' of the', ' of 2008', ' -', '-based', ' to Friday', ' and', "'s", ' at 6 p.m.', ')', ' next week',
  ' thisweek', ' 12', 'th', ' am', ' amid', ' first', ':30', ' AD', ' be', ' EST', ', EST', ' (AP)', ' utc', ' met', ' the',
  ' said', ' night', ' at night', " o'clock", ' a', ' , the', '  ,', ' last year', '?', ' (local time)', ' to the', ' until then',
  ' through the', ' till x', ' or the', ' of', ' of, the', '  of the', ' of the year', ' OF x', ' ofx', ' of 12 x', ' and 5', ' to 228 x', ' through 2008', ' to draw 12 x', ' or 95', ', to 5 x', ' until 6 p.m.',
  "'s 12 x", "’s.", "'s EST", "'s", "'sx", "'s 2008 x", ' began 4 x', ' x US$ 85 y', ' x $ 12 EST',
];
const OPENINGS = ['', 'The vote ', 'Officials of Marrowby said the ferry '];

test('times: the simple-window reader agrees with chrono on expressions in many contexts', () => {
  let answered = 0;
  for (const expression of EXPRESSIONS) {
    for (const before of BEFORE) {
      for (const after of AFTER) {
        for (const opening of OPENINGS) {
          const text = opening + before + expression + after;
          const pair = both(text);
          if (!pair) continue;
          answered++;
          assert.deepEqual(pair[1], pair[0], JSON.stringify(text));
        }
      }
    }
  }
  assert.ok(answered > 5000, `answered ${answered}`); // the reader must be exercised, not defer everything
});

test('times: the simple-window reader agrees with chrono on random word salad', () => {
  const vocabulary = [
    'Monday', 'Friday', 'June', 'May', 'March', '5', '29', '2008', '95', 'st', ',', '.', '(', ')', '-', ':', "'", '"', 'on',
    'On', 'in', 'of', 'the', 'at', 'from', 'to', 'and', 'last', 'next', 'this', 'week', 'end', 'said', 'AD', 'be', 'EST',
    'UTC', 'p.m.', 'am', 'first', 'Sun', 'night', 'weekend', 'noon', 'inJune', 'onMonday', 'firstof', 'Juneof', '16:08',
    '6 p.m.', 'June 5', '5 June 2008', 'June 2008', 'é', '马', 'a', 'met', 'utc', 'atat', 'tofirst', 'aoclock', '9:45 a.m.', '2.62%',
  ];
  const spaces = [' ', ' ', ' ', '', '  ', '\n'];
  const next = seededRandom(2463534242);
  let answered = 0;
  let several = 0;
  for (let k = 0; k < 100_000; k++) {
    let text = '';
    const length = 1 + next(7);
    for (let i = 0; i < length; i++) text += (i ? spaces[next(spaces.length)] : '') + vocabulary[next(vocabulary.length)];
    const pair = both(text);
    if (!pair) continue;
    answered++;
    if (pair[1].length > 1) several++;
    assert.deepEqual(pair[1], pair[0], JSON.stringify(text));
  }
  assert.ok(answered > 1000 && several > 100, `answered ${answered}, with several expressions ${several}`);
});

test('times: the simple-window reader agrees with chrono where other numbers stand in the window', () => {
  // Numbers of every length chrono treats differently, beside clock prefixes and suffixes, eras, ranges and punctuation.
  const expressions = [
    'Monday', 'June', 'May', 'June 5', '5 June 2008', 'June 2008', '16:08', '6 p.m.', '16:08 UTC', '10:30 p.m. GMT', '9:45 a.m.',
    'last Friday', 'next June',
  ];
  const numbers = [
    '5', '7', '12', '24', '25', '35', '95', '228', '0012', '1230', '2008', '12000', '3.50', '9.12', '12.5', '228.50', '1,200',
    '12,000', '1,012.50', '8,439.24', '2.62%', '12%', '45%', '$40', '$12', '$9.12', '7/8', '2-1', '12.05.08', '1.5.',
  ];
  const words = [
    'at', 'from', 'habitat', 'Tat', 'to', 'until', 'till', 'through', 'a', 'am', 'p', 'pm', 'amid', 'apples', 'o', 'oclock',
    "o'clock", 'night', 'in', 'the', 'morning', 'AD', 'BC', 'be', 'people', 'killing', 'all', 'on', 'of', 'said', 'and',
    ',', '.', ';', '?', '-', ')', '(', 'EST', 'est', 'PST', 'ce', 'x', 'after', 'T', 'US', '$', 'US$', "'s", 'began', 'first', 'third', 'twentieth', 'twenty', 'second', 'crew', 'new', 'million', 'now', 'today',
    'tonight', 'noon', 'midnight', 'yesterday', 'tomorrow', 'midday', 'by',
  ];
  const spaces = [' ', ' ', ' ', ' ', '', '  ', '\n'];
  const next = seededRandom(1_234_567_891);
  const side = () => {
    const out: string[] = [];
    for (let i = next(5); i > 0; i--) out.push(next(2) === 0 ? numbers[next(numbers.length)] : words[next(words.length)]);
    return out;
  };
  let answered = 0;
  let withNumbers = 0;
  for (let k = 0; k < 200_000; k++) {
    const parts = [...side(), expressions[next(expressions.length)], ...side()];
    let text = '';
    for (let i = 0; i < parts.length; i++) text += (i ? spaces[next(spaces.length)] : '') + parts[i];
    const pair = both(text);
    if (!pair) continue;
    answered++;
    const reading = pair[1][0];
    if (reading && /\d/.test(text.slice(0, reading.start) + text.slice(reading.end))) withNumbers++;
    assert.deepEqual(pair[1], pair[0], JSON.stringify(text));
  }
  assert.ok(withNumbers > 1000, `answered ${answered}, with other numbers ${withNumbers}`);
});

test('times: the simple-window reader takes or leaves windows with other numbers as chrono reads them', () => {
  const taken = [
    'in June, killing all 228 people on', 'Airplanes on Tuesday delivered the final 717 jet', 'On Saturday, the club signed 35 new',
    'as of June 2008, the store held 1200 songs', 'the 3 ferries left on Monday', 'on Friday with 9 crew.',
    'shares fell 2.62% early Monday', 'in June, sales of 9.12 million', 'on Friday it will shut about 1,100 of', 'On Friday, the fund put $38',
  ];
  for (const text of taken) {
    assert.notEqual(readSimpleWindow(text), undefined, text);
    assert.deepEqual(both(text)?.[1], both(text)?.[0], text);
  }
  const left = [
    'on Monday at 5 the', 'on Monday, 12 people', 'on Monday the habitat 5 was', 'on Monday 228 people', 'June x 228 to 300 x',
    'on Monday 5 a day', 'on Monday, some 5 o\'clock', 'on Monday, 12.50 EST', 'on Monday, some 12 PST', 'on Monday, 9.12.08 the',
  ];
  for (const text of left) assert.equal(readSimpleWindow(text), undefined, text);
});

test('times: the simple-window reader agrees with chrono on the windows of the invented examples', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'examples');
  let windows = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const state = newState({ id: 'd1', source: file, contributors: [], text, removed: [] } as unknown as Doc);
    sentencesStage.run(state, { options: {} });
    for (const [first, last] of state.sentenceTokens) {
      for (const [a, b] of chronoWindows(text, state.tokens, first, last)) {
        windows++;
        const pair = both(text.slice(a, b));
        if (pair) assert.deepEqual(pair[1], pair[0], text.slice(a, b));
      }
    }
  }
  assert.ok(windows > 0);
});

test('times: words the reader lets follow a clock are no time zone chrono knows', () => {
  for (const word of NOT_ZONES) assert.equal(word.toUpperCase() in TIMEZONE_ABBR_MAP, false, word);
});

test('times: the simple-window reader defers what it cannot vouch for', () => {
  const rows = [
    'from Monday to Friday', 'on Tuesday, March 3', 'June 5 at 6 p.m.', 'the end of June', 'in late May', 'September of 2008',
    'from April to June', 'up 3 at 16:08 UTC', '(Friday)', 'on 7/8/07', 'the fifth of June', 'Friday next week',
  ];
  for (const text of rows) assert.equal(readSimpleWindow(text), undefined, text);
});

test('times: the simple-window reader reads several expressions apart as chrono does', () => {
  const rows: [string, number][] = [
    ['the ferry left Tuesday in Marrowby, Oster at 18:00 UTC.', 2], ['between April and June', 2], ['in March and June to show', 2],
    ['since January of this year.', 1], ['down 2.62% at 16:08 UTC, a slight rise', 1], ['Monday, June 5', 0], ['Monday June', 0], ['June to August', 0], ['Friday at 6 p.m.', 0], ['June of May', 0], ['June, 2008 May', 0],
  ];
  for (const [text, count] of rows) {
    assert.equal(readSimpleWindow(text)?.length ?? 0, count, text);
    if (count) assert.deepEqual(both(text)?.[1], both(text)?.[0], text);
  }
});

test('times: the simple-window reader takes in a weekday modifier as chrono does', () => {
  const rows: [string, number, number | undefined][] = [
    ['blast last Tuesday at the depot', 6, -1], ['due next Friday.', 4, 1], ['on this Monday', 3, undefined], ['the past Sunday', 4, undefined],
  ];
  for (const [text, start, shift] of rows) {
    const reading = readSimpleWindow(text);
    assert.equal(reading?.[0].start, start, text);
    assert.equal(reading?.[0].meaning.shift, shift, text);
    assert.deepEqual(both(text)?.[1], both(text)?.[0], text);
  }
});
