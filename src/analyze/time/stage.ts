// Stage: time expressions. Candidates from chrono-node and our rules per sentence (only where the token prefilter
// allows), refined by small list-to-list passes, then normalized to TIMEX3 values against ctx.published.
import type { TimeExpression } from '../../model/index.js';
import { makeSpan } from '../../model/index.js';
import type { AnalysisState, AnalyzeContext, Stage } from '../types.js';
import { parseYmd } from './calendar.js';
import { normalize } from './normalize.js';
import { parseWithChrono, type ChronoPiece } from './parse/parse-with-chrono.js';
import { parseWithRules, type RuleSentence } from './parse/parse-with-rules.js';
import { chronoWindows, prefilterSentence } from './prefilter.js';
import { CUE, PRIMARY_CUES } from './words.js';
import { attachPartOfDay } from './refine/attach-part-of-day.js';
import { chooseDirectionByTense } from './refine/choose-direction-by-tense.js';
import { dateClockTimes } from './refine/date-clock-times.js';
import { dropFalsePositives } from './refine/drop-false-positives.js';
import { extendWithDayModifiers } from './refine/extend-with-day-modifiers.js';
import { mergeMonthWithRelativeYear } from './refine/merge-month-with-relative-year.js';
import { removeOverlaps } from './refine/remove-overlaps.js';
import type { RefineContext, Refiner, TimeCandidate } from './types.js';

/** The refine passes, in order. */
export const REFINERS: Refiner[] = [dropFalsePositives, removeOverlaps, mergeMonthWithRelativeYear, attachPartOfDay, extendWithDayModifiers, chooseDirectionByTense, dateClockTimes];

/** Generates the raw candidates of every sentence the prefilter lets through. */
export function findCandidates(state: AnalysisState): TimeCandidate[] {
  const text = state.doc.text;
  const tokens = state.tokens;
  const pieces: ChronoPiece[] = [];
  const ruleSentences: RuleSentence[] = [];
  for (let s = 0; s < state.sentences.length; s++) {
    const sentence = state.sentences[s];
    const range = state.sentenceTokens[s];
    const first = range ? range[0] : 0;
    const last = range ? range[1] : 0;
    const cues = prefilterSentence(text, tokens, first, last);
    if ((cues & PRIMARY_CUES) === 0) continue;
    if ((cues & CUE.CLOCK) !== 0 || ((cues & CUE.NAME) !== 0 && (cues & CUE.DIGIT) !== 0)) {
      for (const [a, b] of chronoWindows(text, tokens, first, last)) pieces.push({ text: text.slice(a, b), base: a, sentence: s });
    }
    ruleSentences.push({ text: text.slice(sentence.start, sentence.end), base: sentence.start, index: s, cues });
  }
  const out = parseWithRules(ruleSentences);
  for (const c of parseWithChrono(pieces)) out.push(c);
  return out;
}

/** Finds and normalizes every time expression of the document. */
export function findTimes(state: AnalysisState, ctx: AnalyzeContext): TimeExpression[] {
  const refineContext: RefineContext = { text: state.doc.text, tokens: state.tokens, sentenceTokens: state.sentenceTokens };
  let candidates = findCandidates(state);
  for (const refine of REFINERS) candidates = refine(candidates, refineContext);
  const anchor = parseYmd(ctx.published);
  const times: TimeExpression[] = [];
  for (const c of candidates) {
    const n = normalize(c.meaning, anchor, c.direction);
    const time: TimeExpression = { span: makeSpan(state.doc.id, state.doc.text, c.start, c.end), type: n.type, value: n.value };
    if (!n.anchored) time.anchored = false;
    time.stated = n.stated;
    if (c.mod) time.mod = c.mod;
    times.push(time);
  }
  return times;
}

export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  provides: ['times'],
  run(state, ctx) {
    state.times = findTimes(state, ctx);
  },
};
