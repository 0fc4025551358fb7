// Cheap per-sentence check of the tokens: which of our rules can match, and is chrono worth running?
import type { Token } from '../types.js';
import { CHRONO_TRIGGERS, CUE_WORDS, RULE_CUES } from './words.js';

/** A digit at either end of the token ("2021", "mid-2011", "'82", "3p.m." all qualify); cheaper than a regex. */
function hasDigit(w: string): boolean {
  const a = w.charCodeAt(0);
  const z = w.charCodeAt(w.length - 1);
  return (a >= 48 && a <= 57) || (z >= 48 && z <= 57) || (w.length > 1 && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 57);
}
const YEARISH = /^\d\d$|(?:^|\D)(?:1[89]|20)\d\ds?$|^'\d0?s?$|^'\d\d$|^\d0s$/;
const CLOCK_OR_SLASH = /\d[:/]\d|^\d{4}-\d\d-\d\d|^\d{1,2}(?:[ap]m|[ap]\.m\.)$/;

/** `cues`: the rule categories present (empty: no rule can match); `chrono`: a month, weekday or clock is there. */
export type Prefilter = { cues: Set<string>; chrono: boolean };

export function prefilterSentence(tokens: Token[], first: number, last: number): Prefilter {
  const cues = new Set<string>();
  let chrono = false;
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    if (CHRONO_TRIGGERS.has(w)) chrono = true;
    if (CUE_WORDS.has(w)) cues.add(w);
    const cue = RULE_CUES.get(w);
    if (cue) cues.add(cue);
    else if (hasDigit(w)) {
      cues.add('digit');
      if (YEARISH.test(w)) cues.add('year');
      if (CLOCK_OR_SLASH.test(w)) chrono = true;
    }
  }
  return { cues, chrono };
}
