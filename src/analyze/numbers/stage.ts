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

/** True when text[from..to) holds an ASCII digit (what `\d` matches). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function findNumbers(state: AnalysisState): NumberMention[] {
  const text = state.doc.text;
  const out: NumberMention[] = [];
  const times = state.times;
  let t = 0;
  state.sentences.forEach((sentence, s) => {
    const [first, last] = state.sentenceTokens[s] ?? [0, 0];
    // A digit anywhere in the sentence is in one of its tokens; else look for a number word.
    let hasNumber = hasDigit(text, sentence.start, sentence.end);
    for (let i = first; i < last && !hasNumber; i++) hasNumber = NUMBER_WORD_TOKENS.has(state.tokens[i].lower);
    if (!hasNumber) return;
    for (const c of parseNumbers(text.slice(sentence.start, sentence.end), sentence.start, state.tokens)) {
      while (t < times.length && times[t].span.end <= c.start) t++;
      if (t < times.length && spansOverlap(times[t].span, c)) continue;
      const mention: NumberMention = { span: makeSpan(state.doc.id, text, c.start, c.end), value: c.value };
      if (c.unit) mention.unit = c.unit;
      out.push(mention);
    }
  });
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
