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
  ' said', ' night', ' at night', " o'clock", ' a', ' , the', '  ,', ' last year', '?', ' (local time)',
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
    '6 p.m.', 'June 5', '5 June 2008', 'June 2008', 'é', '马', 'a', 'met', 'utc',
  ];
  const spaces = [' ', ' ', ' ', '', '  ', '\n'];
  let seed = 2463534242;
  const next = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  let answered = 0;
  for (let k = 0; k < 40_000; k++) {
    let text = '';
    const length = 1 + next(7);
    for (let i = 0; i < length; i++) text += (i ? spaces[next(spaces.length)] : '') + vocabulary[next(vocabulary.length)];
    const pair = both(text);
    if (!pair) continue;
    answered++;
    assert.deepEqual(pair[1], pair[0], JSON.stringify(text));
  }
  assert.ok(answered > 1000, `answered ${answered}`);
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
    'from Monday to Friday', 'on Tuesday, March 3', 'June 5 at 6 p.m.', 'last Tuesday', 'in late May', 'September of this year',
    'between April and June', 'up 3% at 16:08 UTC', '(Friday)', 'on 7/8/07', 'the fifth of June', 'Friday next week',
  ];
  for (const text of rows) assert.equal(readSimpleWindow(text), undefined, text);
});
