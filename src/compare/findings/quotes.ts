// Quote findings: one statement put in different mouths (attribution), or quoted in different words (wording).
import type { AnalyzedDoc, Entity, Finding, Span } from '../../model/index.js';
import { makeSpan, spansOverlap } from '../../model/index.js';
import type { QuoteAlignment, QuoteItem } from '../align-quotes.js';
import { docLabel, listNames, ownName } from '../locate.js';
import { clip, trimWhile } from '../text.js';
import { sameOrganization } from '../resolve-entities.js';

/** Characters between a quote and the name that attributes it, at most ("," Acme's deputy spokeswoman Ann Lee said"). */
const MAX_ATTRIBUTION_GAP = 120;
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

/**
 * The quote together with the words that name its speaker in the same sentence ("...," said Ann Lee), so an
 * attribution conflict shows, in each article, who is credited. The quote alone when no mention is that close.
 */
export function attributionSpan(doc: AnalyzedDoc, item: QuoteItem): Span {
  const q = item.quote.span;
  const entity = item.quote.speaker ? doc.entities.find((e) => e.id === item.quote.speaker) : undefined;
  const sentence = doc.sentences[item.sentence];
  if (!entity || !sentence) return q;
  let best: { start: number; end: number; score: number } | undefined;
  for (const m of entity.mentions) {
    if (m.start < sentence.start || m.end > sentence.end || spansOverlap(m, q)) continue;
    const gap = m.start >= q.end ? m.start - q.end : q.start - m.end;
    // An attribution sits next to its quote; a name further off in a run-on "sentence" is not it.
    if (gap > MAX_ATTRIBUTION_GAP) continue;
    // A name beats a pronoun; then the nearer one.
    const score = gap + (m.link === 'pronoun' ? 10_000 : 0);
    if (!best || score < best.score) best = { start: m.start, end: m.end, score };
  }
  if (!best) return q;
  return makeSpan(doc.id, doc.text, Math.min(q.start, best.start), Math.max(q.end, best.end));
}

/** How the quotes stage tied a quote to its speaker, in words. */
const ATTRIBUTION_WORDS: Record<string, string> = {
  explicit: 'named at the quote', surname: 'named by surname', pronoun: 'through a pronoun', description: 'through a description',
  adjacent: 'from the quote next to it',
};

function howCredited(item: QuoteItem, entities: Map<string, Entity>, docId: string): string {
  const name = (item.speaker && entities.get(item.speaker)?.name) ?? item.quote.speakerName ?? 'an unnamed speaker';
  const how = ATTRIBUTION_WORDS[item.quote.attribution ?? ''] ?? 'by an unstated link';
  return `${docId} credits ${name} (${item.speaker ?? 'unresolved'}, ${how})`;
}

/** An entity's name as prose uses it: "the Taliban" when the articles write it with "the", else the name. */
function nameInProse(docs: AnalyzedDoc[], entity: Entity | undefined): string | undefined {
  if (!entity) return undefined;
  if (entity.type === 'person' || /^the\s/i.test(entity.name)) return entity.name;
  const byId = new Map(docs.map((d) => [d.id, d.text]));
  let withThe = 0;
  for (const m of entity.mentions) {
    const before = byId.get(m.doc)?.slice(Math.max(0, m.start - 4), m.start).toLowerCase();
    if (before === 'the ') withThe++;
  }
  return withThe * 2 >= entity.mentions.length && withThe > 0 ? `the ${entity.name}` : entity.name;
}

const OPENING_MARKS = '"\u201c\u2018\'';
const CLOSING_MARKS = '"\u201d\u2019\'';

function quoted(text: string, words = 12): string {
  const flat = text.replace(/\s+/g, ' ');
  const inner = trimWhile(trimWhile(flat, (ch) => OPENING_MARKS.includes(ch), 'start'), (ch) => CLOSING_MARKS.includes(ch), 'end');
  return `"${clip(inner, words)}"`;
}

type Clash = { finding: Finding; docs: [string, string]; speakers: [string, string]; direct: boolean; at: number; folded: number };

/** Quoted words in quotation marks, as opposed to a paraphrase. */
function isVerbatim(it: QuoteItem): boolean {
  return it.quote.kind === 'direct' || it.quote.kind === 'partial';
}

export function quoteFindings(docs: AnalyzedDoc[], alignment: QuoteAlignment, entityList: Entity[], group: Map<string, string>): QuoteFindings {
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const findings: Finding[] = [];
  const clashes: Clash[] = [];
  const sentences: Set<string>[] = [];
  const ownNames = docs.map((d) => ownName(d) ?? '');
  /**
   * The person an article credits the words to. An outlet credited as the speaker ("..., France24 reported") is
   * second-hand sourcing, not a speaker: no one to put in an attribution conflict or in "quote X saying".
   */
  const speakerOf = (it: QuoteItem): string | undefined => {
    const e = it.speaker ? entities.get(it.speaker) : undefined;
    if (!e) return undefined;
    if (e.type !== 'person' && (e.subtype === 'outlet' || (it.quote.citedOutlet && sameOrganization(e.name, it.quote.citedOutlet)))) return undefined;
    return it.speaker;
  };
  const citedBy = (it: QuoteItem): string | undefined => {
    const outlet = it.quote.citedOutlet ?? (it.speaker && !speakerOf(it) ? entities.get(it.speaker)?.name : undefined);
    // An article crediting its own newsroom, or the wire its copy comes from, is not citing anyone else.
    if (!outlet || docs.some((d, i) => group.get(d.id) === group.get(docs[it.doc].id) && ownNames[i] && sameOrganization(outlet, ownNames[i]))) return undefined;
    return outlet;
  };
  for (const cluster of alignment.clusters) {
    const items = cluster.map((i) => alignment.items[i]);
    const inCluster = new Set(cluster);
    const matches = alignment.matches.filter((m) => inCluster.has(m.a));
    // A quote an article credits to another article's outlet comes from that article: not a second source.
    const sourceOf = (it: QuoteItem): string => {
      const outlet = citedBy(it);
      const origin = outlet ? items.find((n) => n !== it && ownNames[n.doc] && sameOrganization(outlet, ownNames[n.doc])) : undefined;
      return group.get(docs[(origin ?? it).doc].id)!;
    };
    const groups = new Set(items.map(sourceOf));
    // Copies of one source quoting the same words is no finding; their sentences stay claims (single-source).
    if (groups.size < 2) continue;
    sentences.push(new Set(items.map((it) => `${docs[it.doc].id}:${it.sentence}`)));
    const evidence = (spanOf: (it: QuoteItem) => Span) => items.map((it) => {
      const e: Finding['evidence'][number] = { span: spanOf(it) };
      const speaker = speakerOf(it);
      if (speaker) e.speaker = speaker;
      const cited = citedBy(it);
      if (cited) e.citedOutlet = cited;
      return e;
    });
    const bestSim = Math.max(...matches.map((m) => m.sim));
    // Attribution: two directly matched quotes of independent articles with two different resolved people.
    const clash = matches.map((m) => [alignment.items[m.a], alignment.items[m.b], m] as const).find(([a, b]) => {
      const sa = speakerOf(a);
      const sb = speakerOf(b);
      return sa && sb && sa !== sb && sourceOf(a) !== sourceOf(b)
        && entities.get(sa)?.type === 'person' && entities.get(sb)?.type === 'person';
    });
    if (clash) {
      const [a, b, m] = clash;
      const weak = [a, b].filter((x) => WEAK_ATTRIBUTION.has(x.quote.attribution ?? '')).length;
      const confidence = Math.max(0.3, Math.min(0.97, 0.62 + 0.33 * m.sim - 0.1 * weak));
      const docA = docs[a.doc];
      const docB = docs[b.doc];
      clashes.push({
        docs: [docA.id, docB.id], speakers: [speakerOf(a)!, speakerOf(b)!], direct: isVerbatim(a) && isVerbatim(b),
        at: a.doc * 1e9 + a.quote.span.start, folded: 0,
        finding: {
          id: '', kind: 'conflict', type: 'attribution', confidence: round(confidence),
          summary: `${docLabel(docA)} attributes ${quoted(a.quote.span.text)} to ${speakerLabel(a, entities, docA.id)}, while ${docLabel(docB)} attributes it to ${speakerLabel(b, entities, docB.id)}`,
          reason: `the quotes match (${Math.round(m.sim * 100)}% of content words shared${m.sim === 1 ? ', word for word' : ''}) but their speakers are different people: ${howCredited(a, entities, docA.id)}; ${howCredited(b, entities, docB.id)}`,
          evidence: evidence((it) => attributionSpan(docs[it.doc], it)),
        },
      });
      continue;
    }
    const material = matches.some((m) => m.material);
    const speakers = [...new Set(items.map(speakerOf).filter((s): s is string => !!s))];
    const who = speakers.length === 1 ? nameInProse(docs, entities.get(speakers[0])) ?? 'the same speaker' : speakers.length ? listNames(speakers.map((s) => nameInProse(docs, entities.get(s)) ?? s)) : 'an unnamed speaker';
    const names = listNames([...new Set(items.map((it) => docLabel(docs[it.doc])))]);
    const extra = [...new Set(matches.flatMap((m) => m.extra))].slice(0, 4);
    const confidence = Math.min(0.97, 0.55 + 0.4 * bestSim - (speakers.length === 0 ? 0.15 : 0));
    // Show the fullest version: the difference is usually in the words one article leaves out.
    const fullest = items.reduce((p, q) => (q.words.length > p.words.length ? q : p));
    const shortest = items.reduce((p, q) => (q.words.length < p.words.length ? q : p));
    const shown = material ? fullest : shortest;
    const cited = items.filter((it) => citedBy(it)).map((it) => `${docLabel(docs[it.doc])} credits ${citedBy(it)}`);
    const credit = cited.length ? ` (${listNames([...new Set(cited)])})` : '';
    const finding: Finding = {
      id: '', kind: 'corroborated', confidence: round(confidence),
      summary: material
        ? `${names} quote ${who} saying ${quoted(shown.quote.span.text, 14)}, with differences in wording (${extra.map((w) => `"${w}"`).join(', ')} in one version only)${credit}.`
        : `${names} quote ${who} saying ${quoted(shown.quote.span.text)}${credit}.`,
      reason: `the same statement in ${groups.size} independent articles (${Math.round(bestSim * 100)}% of content words shared), ${speakers.length === 1 ? 'attributed to one resolved speaker' : speakers.length ? 'speakers not all resolved to one person' : 'speaker not named'}${material ? '; content words differ' : ''}`,
      evidence: evidence((it) => it.quote.span),
    };
    if (material) finding.type = 'wording';
    findings.push(finding);
  }
  findings.unshift(...foldParaphrases(clashes));
  return { findings, sentences };
}

/**
 * A paraphrase credited to the same two people as a verbatim quote's conflict is the same misattribution: it joins
 * that conflict (the nearest one) as evidence instead of being a conflict of its own. Paraphrases with no such
 * verbatim conflict stay conflicts.
 */
function foldParaphrases(clashes: Clash[]): Finding[] {
  const pairKey = (c: Clash) => {
    const sides = [`${c.docs[0]}=${c.speakers[0]}`, `${c.docs[1]}=${c.speakers[1]}`].sort();
    return sides.join('|');
  };
  const out: Clash[] = [];
  const direct = clashes.filter((c) => c.direct);
  for (const c of clashes) {
    if (c.direct) { out.push(c); continue; }
    const key = pairKey(c);
    const host = direct.filter((d) => pairKey(d) === key).sort((p, q) => Math.abs(p.at - c.at) - Math.abs(q.at - c.at))[0];
    if (!host) { out.push(c); continue; }
    for (const e of c.finding.evidence) {
      if (!host.finding.evidence.some((x) => x.span.doc === e.span.doc && x.span.start === e.span.start && x.span.end === e.span.end)) host.finding.evidence.push(e);
    }
    host.folded++;
  }
  return out.map((c) => {
    if (c.folded) {
      c.finding.summary += `, and ${c.folded === 1 ? 'one more statement, paraphrased, is' : `${c.folded} more statements, paraphrased, are`} split the same way`;
      c.finding.reason += `; ${c.folded} paraphrased statement${c.folded === 1 ? '' : 's'} with the same two speakers added as evidence`;
    }
    c.finding.summary += '.';
    return c.finding;
  });
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
