// sentences: breakLongRuns cuts every run of more than 200 non-space characters, whatever the sampling fast path sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { breakLongRuns } from './split.js';

/** The plain definition: a space put after every 200 non-space characters in a run (never inside a surrogate pair). */
function reference(text: string): string {
  let run = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32) run = 0;
    else if (++run > 200 && (code < 0xdc00 || code > 0xdfff)) { out += ' '; run = 0; continue; }
    out += text[i];
  }
  return out;
}

test('sentences: breakLongRuns keeps short runs and cuts long ones at every length around the limit', () => {
  for (const n of [0, 1, 99, 100, 101, 199, 200, 201, 202, 299, 300, 301, 401, 1000]) {
    for (const lead of ['', ' ', 'ab ', 'x'.repeat(57) + '\n']) {
      const text = lead + 'y'.repeat(n) + ' tail';
      assert.equal(breakLongRuns(text), reference(text), `${lead.length}+${n}`);
    }
  }
  assert.equal(breakLongRuns('short words only'), 'short words only');
});

test('sentences: breakLongRuns equals its definition on random texts', () => {
  const piece = fc.constantFrom('x', 'xxxxxxxxxx', 'y'.repeat(150), ' ', '\n', '\ud83d\ude00', '\u00e9');
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
    const text = parts.join('');
    assert.equal(breakLongRuns(text), reference(text));
  }), { numRuns: 2000 });
});
