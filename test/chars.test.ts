// model: the char-code classes equal the regex classes they stand for, over every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAsciiDigit, isAsciiLetter, isRegexSpace, isRegexWord } from '../src/model/index.js';

test('chars: each class matches its regex on all 65,536 code units, and nothing past the end of a string', () => {
  const classes: [string, (code: number) => boolean, RegExp][] = [
    ['isAsciiDigit', isAsciiDigit, /\d/], ['isAsciiLetter', isAsciiLetter, /[A-Za-z]/], ['isRegexWord', isRegexWord, /\w/], ['isRegexSpace', isRegexSpace, /\s/],
  ];
  for (const [name, fn, regex] of classes) {
    for (let code = 0; code <= 0xffff; code++) assert.equal(fn(code), regex.test(String.fromCharCode(code)), `${name}(${code.toString(16)})`);
    assert.equal(fn(''.charCodeAt(0)), false, `${name}(NaN)`);
  }
});
