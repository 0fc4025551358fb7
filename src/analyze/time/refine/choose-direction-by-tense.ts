// Refiner: a weekday, month, day or season without a year points back from the publication date when the nearest
// tense cue of its clause is past ("released in March", "on Sunday rejected"), forward when it is future ("will vote
// on Friday", "to be held on October 12"), and to the nearest such date when the clause has no cue ("arrives on").
import type { Direction, Refiner } from '../types.js';
import type { Token } from '../../types.js';
import { tokenIndexAt } from './token-at.js';

const FUTURE_CUES = new Set([
  'will', "'ll", 'shall', 'wo', 'should', 'might', 'upcoming', 'scheduled', 'expected', 'due', 'slated', 'forthcoming',
  'tomorrow', 'next', 'coming', 'going', 'may',
  // "said it would send a team on Thursday": the future seen from a past report, still ahead of publication.
  'would',
]);
/** Right before the expression these point forward: "until Friday", "by June 10". */
const DEADLINE_WORDS = new Set(['until', 'till', 'by', 'before']);
const BE_WORDS = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re"]);
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'gave', 'got', 'met', 'left', 'held', 'began',
  'fell', 'rose', 'won', 'lost', 'sold', 'bought', 'paid', 'saw', 'knew', 'thought', 'found', 'became', 'brought', 'built',
  'sent', 'spent', 'kept', 'led', 'ran', 'wrote', 'spoke', 'stood', 'ago', 'yesterday', 'last', 'earlier', 'struck', 'hit',
  'broke', 'chose', 'drew', 'flew', 'grew', 'shot', 'sought', 'taught', 'threw', 'understood', 'withdrew', 'overtook', "'d",
]);
const CLAUSE_BREAKS = new Set([';', ':', '"', '\u201c', '\u201d', '(', ')', '\u2014', '--', 'that', 'but', 'while', 'because', 'which', 'who']);
const WINDOW = 14;

function cueOf(tokens: Token[], k: number): Direction | undefined {
  const t = tokens[k];
  if (FUTURE_CUES.has(t.lower)) return 'future';
  // "to be held", "to be released", "set to begin": an infinitive of what is planned.
  if (t.lower === 'to' && tokens[k + 1]?.lower === 'be') return 'future';
  if (t.lower === 'set' && tokens[k + 1]?.lower === 'to') return 'future';
  if (PAST_WORDS.has(t.lower) && !(k > 0 && BE_WORDS.has(tokens[k - 1].lower))) return 'past';
  if ((t.pos === 'VERB' || t.pos === 'AUX') && (t.lower.endsWith('ed') || PAST_WORDS.has(t.lower))) {
    // "be held", "is completed" are passives whose tense sits on the auxiliary; a bare -ed verb is a past tense.
    if (k > 0 && BE_WORDS.has(tokens[k - 1].lower)) return undefined;
    return 'past';
  }
  return undefined;
}

/** The direction of the nearest tense cue in the clause around token i, or 'nearest' when there is none. */
export function directionAt(tokens: Token[], i: number, first: number, last: number, end: number): Direction {
  if (i > first && DEADLINE_WORDS.has(tokens[i - 1].lower)) return 'future';
  let back = i - 1;
  let ahead = i + 1;
  while (ahead < last && tokens[ahead].start < end) ahead++;
  let backOpen = true;
  let aheadOpen = true;
  for (let step = 0; step < WINDOW && (backOpen || aheadOpen); step++) {
    if (backOpen) {
      if (back < first || CLAUSE_BREAKS.has(tokens[back].lower)) backOpen = false;
      else {
        const cue = cueOf(tokens, back);
        if (cue) return cue;
        back--;
      }
    }
    if (aheadOpen) {
      if (ahead >= last || CLAUSE_BREAKS.has(tokens[ahead].lower)) aheadOpen = false;
      else {
        const cue = cueOf(tokens, ahead);
        if (cue) return cue;
        ahead++;
      }
    }
  }
  return 'nearest';
}

/** Sets each candidate's direction in place (the candidates are this stage's own; a copy per candidate cost more). */
export const chooseDirectionByTense: Refiner = (candidates, ctx) => {
  for (const c of candidates) {
    if (c.meaning.kind !== 'calendar' || c.meaning.year !== undefined || c.meaning.decade !== undefined) continue;
    const i = tokenIndexAt(ctx.tokens, c.start);
    if (i < 0) {
      c.direction = 'nearest';
      continue;
    }
    const range = ctx.sentenceTokens[ctx.tokens[i].sentence];
    c.direction = range ? directionAt(ctx.tokens, i, range[0], range[1], c.end) : directionAt(ctx.tokens, i, 0, ctx.tokens.length, c.end);
  }
  return candidates;
};
