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

/** The most recent given weekday on or before a day (news reports speak of the past week). */
export function weekdayOnOrBefore(reference: string, weekday: number): string {
  const m = DAY_VALUE.exec(reference)!;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const back = (date.getUTCDay() - weekday + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/**
 * For each undated document, finds weekday expressions ("on Tuesday") in claims aligned with dated claims that
 * name a day of that weekday, takes the latest such day as the article's reference day, and resolves every
 * weekday expression of the article against it.
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
            }
          }
        }
      }
    });
    if (found.length === 0) continue;
    const reference = found.map((f) => f.date).sort().pop()!;
    for (const t of doc.times) {
      const w = WEEKDAY.exec(t.span.text);
      if (!w || !isUnanchored(t)) continue;
      values.set(timeKey(doc.id, t), weekdayOnOrBefore(reference, WEEKDAYS.indexOf(w[1].toLowerCase())));
    }
    const lead = found.sort((a, b) => a.at - b.at)[0];
    anchors.push({
      doc: doc.id, date: lead.date, cluster: lead.cluster,
      reason: `${doc.id} has no date; its "${lead.surface}" is aligned with a claim of ${lead.from} dated ${lead.date}, so its weekdays are read against ${reference}`,
    });
  }
  return { anchors, values };
}
