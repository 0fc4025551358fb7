// Refiner: "August last year", "March next year", "summer last year" become one expression (2024-08), not two.
import type { Refiner, TimeCandidate } from '../types.js';

const BETWEEN = /^\s*(?:of\s+)?$/;

export const mergeMonthWithRelativeYear: Refiner = (candidates, ctx) => {
  const out: TimeCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b && a.meaning.kind === 'calendar' && b.meaning.kind === 'relative' && b.meaning.unit === 'year'
      && b.meaning.month === undefined && a.meaning.year === undefined && a.meaning.day === undefined && a.meaning.weekday === undefined
      && (a.meaning.month !== undefined || a.meaning.season !== undefined) && BETWEEN.test(ctx.text.slice(a.end, b.start))) {
      const meaning = { kind: 'relative' as const, unit: 'year' as const, offset: b.meaning.offset, month: a.meaning.month, season: a.meaning.season };
      if (meaning.month === undefined) delete meaning.month;
      if (meaning.season === undefined) delete meaning.season;
      out.push({ ...a, end: b.end, meaning, rule: 'merge-month-with-relative-year' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};
