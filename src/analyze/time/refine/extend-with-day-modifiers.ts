// Refiner: "Earlier Sunday", "late Friday", "early June", "mid-March" take their modifier into the span (same value).
import type { Mod, Refiner } from '../types.js';

const MODIFIER = /\b(earlier|later|early|late|mid)[\s-]{1,3}$/i;
const MODS: Record<string, Mod | undefined> = { early: 'START', late: 'END', mid: 'MID' };

export const extendWithDayModifiers: Refiner = (candidates, ctx) => candidates.map((c) => {
  if (c.meaning.kind !== 'calendar' && c.meaning.kind !== 'relative') return c;
  const before = ctx.text.slice(Math.max(0, c.start - 10), c.start);
  const m = MODIFIER.exec(before);
  if (!m) return c;
  const start = c.start - m[0].length;
  // Stay inside the sentence: the modifier must not sit before a line break.
  if (ctx.text.slice(start, c.start).includes('\n')) return c;
  return { ...c, start, mod: c.mod ?? MODS[m[1].toLowerCase()] };
});
