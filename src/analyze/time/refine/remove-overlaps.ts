// Refiner: where candidates overlap, keeps the longest ("the past two years" over "two years"); the result is sorted.
import type { Refiner, TimeCandidate } from '../types.js';

export const removeOverlaps: Refiner = (candidates) => {
  // On equal spans our own rules win over chrono ("this weekend" is a weekend, not chrono's Saturday).
  const chronoLast = (c: TimeCandidate) => (c.rule.startsWith('chrono') ? 1 : 0);
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || chronoLast(a) - chronoLast(b));
  const out: TimeCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};
