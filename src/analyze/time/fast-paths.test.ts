// times: the stage's shortcuts (hand-written token tests, chrono's parser subsets, char-code word scans) agree with
// the plain regexes and the full chrono they stand in for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOCK_OR_SLASH, YEARISH, isYearish, mayBeClock } from './prefilter.js';
import { chronoResults } from './parse/parse-with-chrono.js';
import { wordAfter, wordBefore } from './parse/parse-with-rules.js';
import { seededRandom } from '../../../test/random.js';

/** Every string over `alphabet` up to `length` characters. */
function* strings(alphabet: string[], length: number, prefix = ''): Generator<string> {
  yield prefix;
  if (prefix.length < length) for (const c of alphabet) yield* strings(alphabet, length, prefix + c);
}

test('times: isYearish answers exactly as YEARISH on every short token', () => {
  let checked = 0;
  for (const w of strings(['0', '1', '2', '5', '8', '9', 's', "'", '-', 'a'], 6)) {
    assert.equal(isYearish(w), YEARISH.test(w), JSON.stringify(w));
    checked++;
  }
  assert.ok(checked > 1_000_000);
});

test('times: isYearish on typical tokens', () => {
  const rows: [string, boolean][] = [
    ['2021', true], ['1990s', true], ["'82", true], ["'90s", true], ['80s', true], ['mid-2011', true], ['45', true],
    ['12021', false], ['2021-22', false], ['1,200', false], ['3pm', false], ['1750', false], ['2021a', false], ['', false],
  ];
  for (const [w, want] of rows) assert.equal(isYearish(w), want, w);
});

test('times: mayBeClock never rules out a token CLOCK_OR_SLASH matches', () => {
  let matched = 0;
  for (const w of strings(['0', '1', '2', ':', '/', '-', 'a', 'p', 'm', '.'], 6)) {
    if (!CLOCK_OR_SLASH.test(w)) continue;
    matched++;
    assert.ok(mayBeClock(w), JSON.stringify(w));
  }
  assert.ok(matched > 1000);
  for (const w of ['2021', '1,200', '45%', '3.5']) assert.equal(mayBeClock(w), false, w);
});

/** chrono's results as plain data, for comparing two runs. */
const plain = (text: string, full: boolean) =>
  chronoResults(text, full).map((r) => ({ index: r.index, text: r.text, start: r.start, end: r.end ?? null }));

test('times: chrono with only the parsers a text allows gives what all of chrono gives', () => {
  const rows = [
    'on Tuesday, March 3, officials said', 'last Tuesday at the depot', 'in June, killing all 28 people', '16:08 UTC',
    'at 12:30 EST (16:30 UTC).', 'format, 7/8/07.', 'in 2008-06-05 and 2008.06.05', 'between April and June',
    'the weekend before', 'on weekdays', 'Sun. and Mon.', 'SEPT. 5', 'around 2.40 PM', 'from 9 to 5', '5th of May 1990',
    'marching on', 'a monday sale', 'at noon', 'the 3rd', '2009 March', 'March of 2008', 'no date at all here', '',
  ];
  for (const text of rows) assert.deepEqual(plain(text, false), plain(text, true), text);
  const vocabulary = [
    'Monday', 'Sun', 'weekend', 'June', 'Sept.', 'may', 'March', 'dec', '5', '29', '2008', '7/8', '16:08', 'p.m.', 'am',
    'at', 'on', 'of', 'to', 'the', 'last', 'next', 'this', 'week', 'noon', 'UTC', 'EST', ',', '(', ')', '-', 'first',
    'market', 'sunny', 'month', 'tuesdays', 'é',
  ];
  const next = seededRandom(88172645);
  for (let k = 0; k < 5000; k++) {
    let text = '';
    const length = 1 + next(8);
    for (let i = 0; i < length; i++) text += (i ? ' ' : '') + vocabulary[next(vocabulary.length)];
    assert.deepEqual(plain(text, false), plain(text, true), text);
  }
});

/** The regex versions wordBefore and wordAfter replaced. */
function wordBeforeByRegex(s: string, index: number): string {
  let end = index;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '-')) end--;
  let start = end;
  while (start > 0 && /[\w.']/.test(s[start - 1])) start--;
  return s.slice(start, end).toLowerCase();
}
function wordAfterByRegex(s: string, index: number): string {
  let start = index;
  while (start < s.length && (s[start] === ' ' || s[start] === '-')) start++;
  let end = start;
  while (end < s.length && /[\w']/.test(s[end])) end++;
  return s.slice(start, end).toLowerCase();
}

test('times: wordBefore and wordAfter read the words the regex scans read', () => {
  const rows = ["Since 1998 the port's Q3 - fell", "in mid-2011, U.S. troops' return", 'é_x 9.5 ÅB -- end', ''];
  for (const s of rows) {
    for (let i = 0; i <= s.length; i++) {
      assert.equal(wordBefore(s, i), wordBeforeByRegex(s, i), `${s} @${i}`);
      assert.equal(wordAfter(s, i), wordAfterByRegex(s, i), `${s} @${i}`);
    }
  }
});
