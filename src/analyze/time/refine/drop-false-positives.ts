// Refiner: drops candidates that are not times: "may"/"March" as verbs, "April Smith", lowercase month or weekday
// words, bare clock numbers ("at 3"), and model or score numbers read as dates.
import type { Refiner, TimeCandidate } from '../types.js';
import { tokenIndexAt } from './token-at.js';

const CAPITALIZED_NEXT = /^[ \t]+([A-Z][a-z]+)/;
const MONTH_FRIENDLY_NEXT = /^(?:Day|Eve|Bank|Holiday)$/;

export const dropFalsePositives: Refiner = (candidates, ctx) => candidates.filter((c) => !isFalsePositive(c, ctx));

function isFalsePositive(c: TimeCandidate, ctx: Parameters<Refiner>[1]): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || !(c.rule.startsWith('chrono') || c.rule === 'name')) return false;
  const text = ctx.text.slice(c.start, c.end);
  const wordOnly = m.year === undefined && m.day === undefined && m.hour === undefined;
  if (wordOnly && (m.month !== undefined || m.weekday !== undefined)) {
    // Month and weekday names are capitalized in English; lowercase "may", "march", "sun" are other words
    // (checked on the last word: "last Friday" is fine).
    if (!/(?:^|\s)[A-Z][\w.]*$/.test(text)) return true;
    const i = tokenIndexAt(ctx.tokens, c.start);
    const token = i >= 0 ? ctx.tokens[i] : undefined;
    if (m.month !== undefined && token && token.start === c.start && (token.pos === 'VERB' || token.pos === 'AUX')) return true;
    // "April Smith", "June Carter": a month followed by a capitalized word is a name.
    const next = CAPITALIZED_NEXT.exec(ctx.text.slice(c.end, c.end + 30));
    if (m.month !== undefined && next && !MONTH_FRIENDLY_NEXT.test(next[1]) && m.weekday === undefined) return true;
    // "May" before a bare verb or a pronoun ("May be", "May not", "May I") is the modal.
    if (m.month === 5 && /^\s+(?:be|not|have|also|well|never|soon|help|need|want|seem|take|make|come|go|lead|face|i|we|you|he|she|it|they)\b/i.test(ctx.text.slice(c.end, c.end + 12))) return true;
  }
  // "at 3", "one", "a second": clock readings without minutes, meridiem or zone.
  if (m.hour !== undefined && m.month === undefined && m.weekday === undefined && !/[:.]|[ap]\.?m\b|utc|gmt|noon|midnight|o'clock/i.test(text)) return true;
  // Scores and codes: "3-1", "737-800" read as dates.
  if (/^\d{1,4}[-–]\d{1,4}$/.test(text)) return true;
  return false;
}
