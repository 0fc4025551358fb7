// compare: lines up several analyzed articles and reports what agrees, what is single-sourced, what conflicts.
import type { AnalyzedDoc, Finding, Quote, Report, ReportDoc } from '../model/index.js';
import { alignClaims } from './align-claims.js';
import { alignQuotes } from './align-quotes.js';
import { anchorUndated, timeKey } from './anchor.js';
import { extractClaims } from './claims.js';
import { claimFindings } from './findings/claims.js';
import { descriptorFindings } from './findings/descriptors.js';
import { quoteFindings } from './findings/quotes.js';
import { mergeRepeats } from './findings/merge.js';
import { findCopies } from './independence.js';
import { docLabel, listNames, ownName } from './locate.js';
import { localKey, resolveEntities } from './resolve-entities.js';

export { resolveEntities } from './resolve-entities.js';

const KIND_ORDER: Record<Finding['kind'], number> = { conflict: 0, corroborated: 1, 'single-source': 2 };
const TYPE_ORDER: Record<string, number> = { attribution: 0, descriptor: 1, time: 2, number: 3, negation: 4, wording: 5 };

/**
 * What the report carries of an analyzed document: the Doc, its sentence ranges (no text) so sentence numbers
 * match the analyzer's, and its times, with the values anchoring gave an undated article's weekdays.
 */
export function docPart(doc: AnalyzedDoc, anchored: Map<string, string> = new Map()): ReportDoc {
  const out: ReportDoc = { id: doc.id, source: doc.source, contributors: doc.contributors, text: doc.text, removed: doc.removed };
  if (doc.outlet !== undefined) out.outlet = doc.outlet;
  const label = ownName(doc);
  if (label) out.label = label;
  if (doc.published !== undefined) out.published = doc.published;
  if (doc.title !== undefined) out.title = doc.title;
  if (doc.byline !== undefined) out.byline = doc.byline;
  if (doc.headings !== undefined) out.headings = doc.headings;
  if (doc.meta !== undefined) out.meta = doc.meta;
  out.sentences = doc.sentences.map((s) => {
    const r: NonNullable<ReportDoc['sentences']>[number] = { start: s.start, end: s.end, paragraph: s.paragraph };
    if (s.heading) r.heading = true;
    return r;
  });
  out.times = doc.times.map((t) => {
    const value = anchored.get(timeKey(doc.id, t));
    return value ? { ...t, value, anchored: true } : t;
  });
  return out;
}

function firstPosition(f: Finding, order: Map<string, number>): number {
  const e = f.evidence[0];
  return e ? (order.get(e.span.doc) ?? 0) * 1e9 + e.span.start : 0;
}

/** Compares analyzed documents (ids must be distinct) into the version 1 report. Pure and deterministic. */
export function compare(docs: AnalyzedDoc[]): Report {
  const { entities, local } = resolveEntities(docs);
  const { copies, group } = findCopies(docs);
  const claims = extractClaims(docs, local);
  const alignment = alignClaims(claims, undefined, (claim) => group.get(claim.docId) === claim.docId);
  const quotes = alignQuotes(docs, local);
  const { anchors, values } = anchorUndated(docs, claims, alignment.clusters);

  // Which documents share anything with another one: claims, quotes.
  const linked = new Map<string, Set<string>>(docs.map((d) => [d.id, new Set<string>()]));
  const link = (a: string, b: string) => { linked.get(a)!.add(b); linked.get(b)!.add(a); };
  let strongest = 0;
  let crossClusters = 0;
  for (const cluster of alignment.clusters) {
    const ids = [...new Set(cluster.map((i) => claims[i].docId))];
    for (let i = 1; i < ids.length; i++) link(ids[0], ids[i]);
    crossClusters++;
  }
  for (const p of alignment.pairs) strongest = Math.max(strongest, p.sim);
  for (const m of quotes.matches) link(docs[quotes.items[m.a].doc].id, docs[quotes.items[m.b].doc].id);
  // One weak pair among many claims is coincidence; a shared quote, a copy, two claims or a large share is a story.
  const alignedShare = alignment.clusters.reduce((n, c) => n + c.length, 0) / Math.max(1, claims.length);
  const related = docs.length < 2 || quotes.matches.length > 0 || crossClusters >= 2 || strongest >= 0.5 || alignedShare >= 0.25 || copies.length > 0;
  const unrelated = new Set<string>(related ? docs.filter((d) => docs.length > 1 && linked.get(d.id)!.size === 0).map((d) => d.id) : docs.map((d) => d.id));

  let findings: Finding[] = [];
  const q = quoteFindings(docs, quotes, entities, group);
  const c = claimFindings({ docs, claims, alignment, group, anchored: values, quoteSentences: q.sentences, unrelated });
  if (related) {
    findings.push(...q.findings);
    findings.push(...descriptorFindings(docs.filter((d) => !unrelated.has(d.id)), entities, group));
    findings.push(...c.findings);
  }
  const order = new Map(docs.map((d, i) => [d.id, i]));
  findings = mergeRepeats(findings, group);
  findings.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
    || (TYPE_ORDER[a.type ?? ''] ?? 9) - (TYPE_ORDER[b.type ?? ''] ?? 9)
    || b.confidence - a.confidence
    || firstPosition(a, order) - firstPosition(b, order));
  findings.forEach((f, i) => {
    f.id = `f${i + 1}`;
    // A summary may open with an unnamed article ("article d2 attributes ..."): it is still a sentence.
    f.summary = f.summary.charAt(0).toUpperCase() + f.summary.slice(1);
  });

  const report: Report = {
    version: 1,
    documents: docs.map((d) => docPart(d, values)),
    entities,
    quotes: docs.flatMap((doc) => doc.quotes.map((quote) => remapQuote(doc, quote, local, entities))),
    findings,
  };
  report.related = related;
  if (copies.length) report.copies = copies;
  if (related && docs.length > 1) {
    report.omissions = docs.map((d) => ({
      doc: d.id,
      findings: findings.filter((f) => f.kind === 'corroborated' && !f.evidence.some((e) => e.span.doc === d.id)).map((f) => f.id),
    }));
  }
  const anchorList = anchors.map((a) => ({ doc: a.doc, date: a.date, from: c.clusterOf.get(a.cluster)?.id ?? '', reason: a.reason }));
  if (anchorList.length) report.anchors = anchorList;
  report.summary = summarize(docs, report, unrelated, group);
  return report;
}

function remapQuote(doc: AnalyzedDoc, quote: Quote, local: Map<string, string>, entities: Report['entities']): Quote {
  const out: Quote = { ...quote };
  if (quote.speaker) {
    const id = local.get(localKey(doc.id, quote.speaker));
    if (id) {
      out.speaker = id;
      out.speakerName = entities[Number(id.slice(1)) - 1]?.name ?? quote.speakerName;
    } else delete out.speaker;
  }
  return out;
}

function summarize(docs: AnalyzedDoc[], report: Report, unrelated: Set<string>, group: Map<string, string>): string {
  const label = new Map(docs.map((d) => [d.id, docLabel(d)]));
  if (docs.length < 2) return docs.length ? 'Only one report: nothing to cross-check.' : 'No reports.';
  if (!report.related) {
    return `The ${docs.length} reports look unrelated: they share no statement, quote or date, so nothing is cross-checked and no conflict is reported.`;
  }
  const count = (kind: Finding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  const sources = new Set([...group.values()]).size;
  let out = `${docs.length} reports from ${sources} independent source${sources === 1 ? '' : 's'}: ${count('conflict')} conflict${count('conflict') === 1 ? '' : 's'}, ${count('corroborated')} corroborated, ${count('single-source')} single-source.`;
  for (const copy of report.copies ?? []) out += ` ${label.get(copy.doc)} copies ${label.get(copy.source)} (${Math.round(copy.overlap * 100)}% of its wording), so they count as one source.`;
  if (unrelated.size) out += ` ${listNames([...unrelated].map((id) => label.get(id)!))} look${unrelated.size === 1 ? 's' : ''} unrelated to the others and ${unrelated.size === 1 ? 'is' : 'are'} left out of the findings.`;
  return out;
}
