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
const DIGIT = /\d/;

export function findNumbers(state: AnalysisState): NumberMention[] {
  const text = state.doc.text;
  const out: NumberMention[] = [];
  const times = state.times;
  let t = 0;
  state.sentences.forEach((sentence, s) => {
    const [first, last] = state.sentenceTokens[s] ?? [0, 0];
    let hasNumber = false;
    for (let i = first; i < last && !hasNumber; i++) {
      const w = state.tokens[i].lower;
      hasNumber = DIGIT.test(w) || NUMBER_WORD_TOKENS.has(w);
    }
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
