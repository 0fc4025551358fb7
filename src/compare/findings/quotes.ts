// Quote findings: one statement put in different mouths (attribution), or quoted in different words (wording).
import type { AnalyzedDoc, Entity, Finding } from '../../model/index.js';
import type { QuoteAlignment, QuoteItem } from '../align-quotes.js';
import { docLabel, listNames } from '../locate.js';
import { clip } from '../text.js';
import { sameOrganization } from '../resolve-entities.js';

const WEAK_ATTRIBUTION = new Set(['pronoun', 'adjacent', 'description']);

export type QuoteFindings = {
  findings: Finding[];
  /** `${doc}:${sentence}` of the quotes of each cluster that made a finding, so claim findings do not repeat them. */
  sentences: Set<string>[];
};

function speakerLabel(item: QuoteItem, entities: Map<string, Entity>, docId: string): string {
  const entity = item.speaker ? entities.get(item.speaker) : undefined;
  if (!entity) return item.quote.speakerName ?? 'an unnamed speaker';
  const title = entity.descriptors.find((d) => d.doc === docId)?.text;
  return title ? `${entity.name} (${title})` : entity.name;
}

function quoted(text: string, words = 12): string {
  return `"${clip(text.replace(/\s+/g, ' ').replace(/^["\u201c\u2018']+|["\u201d\u2019']+$/g, ''), words)}"`;
}

export function quoteFindings(docs: AnalyzedDoc[], alignment: QuoteAlignment, entityList: Entity[], group: Map<string, string>): QuoteFindings {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const findings: Finding[] = [];
  const sentences: Set<string>[] = [];
  for (const cluster of alignment.clusters) {
    const items = cluster.map((i) => alignment.items[i]);
    const inCluster = new Set(cluster);
    const matches = alignment.matches.filter((m) => inCluster.has(m.a));
    // A quote an article credits to another article's outlet comes from that article: not a second source.
    const sourceOf = (it: QuoteItem): string => {
      const outlet = it.quote.citedOutlet;
      const origin = outlet ? items.find((n) => n !== it && docs[n.doc].outlet && sameOrganization(outlet, docs[n.doc].outlet!)) : undefined;
      return group.get(docs[(origin ?? it).doc].id)!;
    };
    const groups = new Set(items.map(sourceOf));
    // Copies of one source quoting the same words is no finding; their sentences stay claims (single-source).
    if (groups.size < 2) continue;
    sentences.push(new Set(items.map((it) => `${docs[it.doc].id}:${it.sentence}`)));
    const evidence = items.map((it) => {
      const e: Finding['evidence'][number] = { span: it.quote.span };
      if (it.speaker) e.speaker = it.speaker;
      if (it.quote.citedOutlet) e.citedOutlet = it.quote.citedOutlet;
      return e;
    });
    const bestSim = Math.max(...matches.map((m) => m.sim));
    // Attribution: two directly matched quotes of independent articles with two different resolved people.
    const clash = matches.map((m) => [alignment.items[m.a], alignment.items[m.b], m] as const).find(([a, b]) =>
      a.speaker && b.speaker && a.speaker !== b.speaker
      && sourceOf(a) !== sourceOf(b)
      && entities.get(a.speaker)?.type === 'person' && entities.get(b.speaker)?.type === 'person');
    const shortest = items.reduce((p, q) => (q.words.length < p.words.length ? q : p));
    if (clash) {
      const [a, b, m] = clash;
      const weak = [a, b].filter((x) => WEAK_ATTRIBUTION.has(x.quote.attribution ?? '')).length;
      const confidence = Math.max(0.3, Math.min(0.97, 0.62 + 0.33 * m.sim - 0.1 * weak));
      const docA = docs[a.doc];
      const docB = docs[b.doc];
      findings.push({
        id: '', kind: 'conflict', type: 'attribution', confidence: round(confidence),
        summary: `${docLabel(docA)} attributes ${quoted(a.quote.span.text)} to ${speakerLabel(a, entities, docA.id)}, while ${docLabel(docB)} attributes it to ${speakerLabel(b, entities, docB.id)}.`,
        reason: `the quotes match (${Math.round(m.sim * 100)}% of content words shared${m.sim === 1 ? ', word for word' : ''}) but their speakers resolve to different people (${a.speaker} via ${a.quote.attribution ?? 'an unstated link'}, ${b.speaker} via ${b.quote.attribution ?? 'an unstated link'})`,
        evidence,
      });
      continue;
    }
    const material = matches.some((m) => m.material);
    const speakers = [...new Set(items.map((it) => it.speaker).filter((s): s is string => !!s))];
    const who = speakers.length === 1 ? entities.get(speakers[0])?.name ?? 'the same speaker' : speakers.length ? listNames(speakers.map((s) => entities.get(s)?.name ?? s)) : 'an unnamed speaker';
    const names = listNames([...new Set(items.map((it) => docLabel(docs[it.doc])))]);
    const extra = [...new Set(matches.flatMap((m) => m.extra))].slice(0, 4);
    const confidence = Math.min(0.97, 0.55 + 0.4 * bestSim - (speakers.length === 0 ? 0.15 : 0));
    const finding: Finding = {
      id: '', kind: 'corroborated', confidence: round(confidence),
      summary: material
        ? `${names} quote ${who} saying ${quoted(shortest.quote.span.text)}, in different words (${extra.map((w) => `"${w}"`).join(', ')} in one version only).`
        : `${names} quote ${who} saying ${quoted(shortest.quote.span.text)}.`,
      reason: `the same statement in ${groups.size} independent articles (${Math.round(bestSim * 100)}% of content words shared), ${speakers.length === 1 ? 'attributed to one resolved speaker' : speakers.length ? 'speakers not all resolved to one person' : 'speaker not named'}${material ? '; content words differ' : ''}`,
      evidence,
    };
    if (material) finding.type = 'wording';
    findings.push(finding);
  }
  return { findings, sentences };
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
