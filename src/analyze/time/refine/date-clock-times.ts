// Refiner: a clock time alone ("at 18:00 UTC") takes the date of a day named just before it in the same sentence
// ("first flew Tuesday in Everett at 18:00 UTC" is Tuesday's 18:00, not the publication day's).
import type { CalendarMeaning, Refiner, TimeCandidate } from '../types.js';

const MAX_GAP = 60;

export const dateClockTimes: Refiner = (candidates, ctx) => {
  const out: TimeCandidate[] = [];
  for (const c of candidates) {
    const m = c.meaning;
    const prev = out[out.length - 1];
    if (prev && m.kind === 'calendar' && m.hour !== undefined && m.weekday === undefined && m.month === undefined && m.year === undefined
      && prev.sentence === c.sentence && prev.meaning.kind === 'calendar' && prev.meaning.hour === undefined
      && (prev.meaning.weekday !== undefined || prev.meaning.day !== undefined) && c.start - prev.end <= MAX_GAP
      && !/[.;!?]/.test(ctx.text.slice(prev.end, c.start))) {
      const p: CalendarMeaning = prev.meaning;
      const meaning: CalendarMeaning = { ...m, year: p.year, month: p.month, day: p.day, weekday: p.weekday, shift: p.shift };
      for (const key of ['year', 'month', 'day', 'weekday', 'shift'] as const) if (meaning[key] === undefined) delete meaning[key];
      out.push({ ...c, meaning, direction: prev.direction, rule: 'date-clock-times' });
      continue;
    }
    out.push(c);
  }
  return out;
};
