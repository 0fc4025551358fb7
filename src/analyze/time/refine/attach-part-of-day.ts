// Refiner: "Friday morning", "June 3 evening" take the part of day that follows them (2025-09-19TMO).
import type { Refiner } from '../types.js';
import { PARTS_OF_DAY } from '../words.js';

const FOLLOWING_PART = /^\s+(morning|afternoon|evening|night)\b/i;

export const attachPartOfDay: Refiner = (candidates, ctx) => candidates.map((c) => {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.hour !== undefined || m.part !== undefined || (m.weekday === undefined && m.day === undefined)) return c;
  const next = FOLLOWING_PART.exec(ctx.text.slice(c.end, c.end + 12));
  if (!next) return c;
  return { ...c, end: c.end + next[0].length, meaning: { ...m, part: PARTS_OF_DAY[next[1].toLowerCase()] }, rule: 'attach-part-of-day' };
});
