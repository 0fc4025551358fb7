// Anchoring: an undated article inherits its event date from aligned claims in dated articles.
import type { AnalyzedDoc, TimeExpression } from '../model/index.js';
import type { Claim } from './claims.js';
import { isDateValue } from './claims.js';

const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type AnchorResult = {
  anchors: { doc: string; date: string; cluster: number; reason: string }[];
  /** `${doc}:${start}` of a time expression -> its value once anchored. */
  values: Map<string, string>;
};

export function timeKey(doc: string, t: TimeExpression): string {
  return `${doc}:${t.span.start}`;
}

/** True when a time expression's value could not be anchored (no publication date). */
export function isUnanchored(t: TimeExpression): boolean {
  return t.anchored === false || t.value.includes('X');
}

function weekdayOf(value: string): number {
  const m = DAY_VALUE.exec(value);
  if (!m) return -1;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

/**
 * For each undated document, finds weekday expressions ("on Tuesday") in claims aligned with dated claims that
 * name a day of that weekday, and gives each that day; the first one becomes the article's event date.
 */
export function anchorUndated(docs: AnalyzedDoc[], claims: Claim[], clusters: number[][]): AnchorResult {
  const anchors: AnchorResult['anchors'] = [];
  const values = new Map<string, string>();
  const undated = new Set(docs.filter((d) => !d.published).map((d) => d.id));
  if (undated.size === 0) return { anchors, values };
  const dated = new Set(docs.filter((d) => d.published).map((d) => d.id));
  for (const doc of docs) {
    if (!undated.has(doc.id)) continue;
    const found: { date: string; cluster: number; at: number; surface: string; from: string }[] = [];
    clusters.forEach((members, c) => {
      const mine = members.map((i) => claims[i]).filter((cl) => cl.docId === doc.id);
      const others = members.map((i) => claims[i]).filter((cl) => dated.has(cl.docId));
      for (const claim of mine) {
        for (const t of claim.times) {
          const w = WEEKDAY.exec(t.span.text);
          if (!w || !isUnanchored(t)) continue;
          const weekday = WEEKDAYS.indexOf(w[1].toLowerCase());
          for (const other of others) {
            for (const u of other.times) {
              if (isUnanchored(u) || !isDateValue(u.value) || weekdayOf(u.value) !== weekday) continue;
              found.push({ date: u.value, cluster: c, at: t.span.start, surface: t.span.text, from: other.docId });
              values.set(timeKey(doc.id, t), u.value);
            }
          }
        }
      }
    });
    if (found.length === 0) continue;
    // Only the expressions matched above take a value: the article's other weekdays may be days after the event.
    const lead = found.sort((a, b) => a.at - b.at)[0];
    anchors.push({
      doc: doc.id, date: lead.date, cluster: lead.cluster,
      reason: `${doc.id} has no date; its "${lead.surface}" is in a claim aligned with ${lead.from}, which dates it ${lead.date}` +
        (found.length > 1 ? ` (${found.length - 1} more weekday${found.length > 2 ? 's' : ''} anchored the same way)` : ''),
    });
  }
  return { anchors, values };
}
