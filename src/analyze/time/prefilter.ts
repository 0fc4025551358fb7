// Cheap per-sentence check of the tokens: is a time expression possible, and is chrono worth running?
import type { Token } from '../types.js';
import { CHRONO_TRIGGERS, RULE_TRIGGERS } from './words.js';

const DIGIT = /\d/;
const CLOCK_OR_SLASH = /\d[:/]\d|^\d{4}-\d\d-\d\d|^\d{1,2}(?:[ap]m|[ap]\.m\.)$/;

export type Prefilter = { rules: boolean; chrono: boolean };

export function prefilterSentence(tokens: Token[], first: number, last: number): Prefilter {
  let rules = false;
  let chrono = false;
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    if (CHRONO_TRIGGERS.has(w)) {
      chrono = true;
      rules = true;
      break;
    }
    if (RULE_TRIGGERS.has(w)) rules = true;
    else if (DIGIT.test(w)) {
      rules = true;
      if (CLOCK_OR_SLASH.test(w)) chrono = true;
    }
  }
  return { rules, chrono };
}
