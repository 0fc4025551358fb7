// Stage: numbers. Cardinals with their counted noun, money, percentages and ordinals, per sentence, skipping
// spans already read as time expressions.
import { makeSpan, spansOverlap } from '../../model/index.js';
import type { NumberMention } from '../../model/index.js';
import type { AnalysisState, Stage } from '../types.js';
import { parseNumbers } from './parse-numbers.js';

const NUMBER_WORD_TOKENS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'first', 'second', 'third',
  'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
  'eighteen', 'nineteen', 'eleventh', 'twelfth',
]);

/**
 * (length, first letter, last letter) of every NUMBER_WORD_TOKENS word, as a table: most tokens fail this check
 * before any string hashing. Longer words and non a-z letters never hold a number word.
 */
const MAX_KEY_LENGTH = 15;
const MIN_WORD = Math.min(...[...NUMBER_WORD_TOKENS].map((w) => w.length));
const MAX_WORD = Math.max(...[...NUMBER_WORD_TOKENS].map((w) => w.length));
const NUMBER_WORD_KEYS = new Uint8Array((MAX_KEY_LENGTH + 1) * 26 * 26);

/** The table slot for a word of `length` letters from `first` to `last` (char codes), or -1 when none can match. */
function wordKey(length: number, first: number, last: number): number {
  const a = first - 97;
  const z = last - 97;
  if (length === 0 || length > MAX_KEY_LENGTH || a < 0 || a >= 26 || z < 0 || z >= 26) return -1;
  return (length * 26 + a) * 26 + z;
}

for (const word of NUMBER_WORD_TOKENS) {
  const key = wordKey(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
  if (key < 0) throw new Error(`numbers: number word "${word}" outside the key table`);
  NUMBER_WORD_KEYS[key] = 1;
}

/** An ASCII digit (what `\d` matches); one native scan finds the next one from any offset. */
const DIGIT_RE = /\d/g;

function isNumberWord(lower: string): boolean {
  const key = wordKey(lower.length, lower.charCodeAt(0), lower.charCodeAt(lower.length - 1));
  return key >= 0 && NUMBER_WORD_KEYS[key] === 1 && NUMBER_WORD_TOKENS.has(lower);
}

export function findNumbers(state: AnalysisState): NumberMention[] {
  const text = state.doc.text;
  const out: NumberMention[] = [];
  const times = state.times;
  const tokens = state.tokens;
  let t = 0;
  // Offset of the next digit at or after the current sentence (text.length when none is left).
  let nextDigit = -1;
  for (let s = 0; s < state.sentences.length; s++) {
    const sentence = state.sentences[s];
    if (nextDigit < sentence.start) {
      DIGIT_RE.lastIndex = sentence.start;
      nextDigit = DIGIT_RE.exec(text)?.index ?? text.length;
    }
    const digits = nextDigit < sentence.end;
    let hasNumber = digits;
    if (!hasNumber) {
      const [first, last] = state.sentenceTokens[s] ?? [0, 0];
      for (let i = first; i < last && !hasNumber; i++) {
        // A lower-cased form that is a number word (ASCII letters) is as long as the token's text: most tokens
        // are passed over on their offsets, without reading their strings.
        const length = tokens[i].end - tokens[i].start;
        hasNumber = length >= MIN_WORD && length <= MAX_WORD && isNumberWord(tokens[i].lower);
      }
    }
    if (!hasNumber) continue;
    for (const c of parseNumbers(text.slice(sentence.start, sentence.end), sentence.start, tokens, digits)) {
      while (t < times.length && times[t].span.end <= c.start) t++;
      if (t < times.length && spansOverlap(times[t].span, c)) continue;
      const mention: NumberMention = { span: makeSpan(state.doc.id, text, c.start, c.end), value: c.value };
      if (c.unit) mention.unit = c.unit;
      out.push(mention);
    }
  }
  return out;
}

export const numbersStage: Stage = {
  name: 'numbers',
  requires: ['tokens', 'sentences'],
  provides: ['numbers'],
  run(state) {
    state.numbers = findNumbers(state);
  },
};
