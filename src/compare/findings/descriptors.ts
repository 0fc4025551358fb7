// Descriptor findings: one person given incompatible titles or roles in different articles.
import type { AnalyzedDoc, Entity, Finding, Span } from '../../model/index.js';
import { makeSpan } from '../../model/index.js';
import { docLabel } from '../locate.js';
import { fold } from '../text.js';

/** Rank words that change who someone is: a deputy fire chief is not the fire chief. */
const RANK_LOW = new Set(['deputy', 'vice', 'assistant', 'acting', 'interim', 'associate', 'junior', 'under', 'former', 'ex']);
/** Descriptors that fit anyone and so never conflict. */
const GENERIC = new Set(['official', 'officials', 'leader', 'member', 'figure', 'representative', 'aide', 'source', 'man', 'woman', 'person', 'resident']);
const DROP = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'of', 'and', 'who', 'is', 'was', 'company', 'group', 's']);
const DEMONYMS = new Set(['afghan', 'american', 'british', 'french', 'german', 'russian', 'chinese', 'iranian', 'pakistani', 'indian', 'israeli', 'palestinian', 'ukrainian', 'european', 'us', 'u', 'uk', 'un', 'eu', 'national', 'local', 'regional', 'state', 'federal']);
const SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokespeople: 'spokesperson', head: 'chief', boss: 'chief',
  minister: 'minister', secretary: 'secretary', commander: 'commander', premier: 'prime',
};
/** A relative clause or an organization after these words is context, not the role itself. */
const CUT = /\s(?:at|for|in|with|from|on|who|which|that|of the)\s|,/i;

/** The role words of a descriptor, without names of entities, nationalities and the organization it serves. */
export function roleWords(descriptor: string, nameWords: Set<string>): Set<string> {
  const cut = descriptor.split(CUT)[0];
  const out = new Set<string>();
  for (const raw of fold(cut).toLowerCase().split(/[^a-z]+/)) {
    if (!raw || DROP.has(raw) || DEMONYMS.has(raw) || nameWords.has(raw)) continue;
    out.add(SYNONYMS[raw] ?? raw);
  }
  return out;
}

type Titled = { d: Entity['descriptors'][number]; words: Set<string> };

export type DescriptorVerdict = { compatible: boolean; confidence: number; why: string };

/** Whether two descriptors of one person can both be true. */
export function compareDescriptors(a: Set<string>, b: Set<string>): DescriptorVerdict {
  const rankA = [...a].filter((w) => RANK_LOW.has(w));
  const rankB = [...b].filter((w) => RANK_LOW.has(w));
  const rankDiff = rankA.filter((w) => !b.has(w)).concat(rankB.filter((w) => !a.has(w)));
  if (rankDiff.length) return { compatible: false, confidence: 0.75, why: `only one gives the rank "${rankDiff[0]}"` };
  const aInB = [...a].every((w) => b.has(w));
  const bInA = [...b].every((w) => a.has(w));
  if (aInB || bInA) return { compatible: true, confidence: 0, why: 'one title contains the other' };
  const onlyA = [...a].filter((w) => !b.has(w));
  const onlyB = [...b].filter((w) => !a.has(w));
  return { compatible: false, confidence: 0.55, why: `different role words ("${onlyA.join(' ')}" in one, "${onlyB.join(' ')}" in the other)` };
}

function descriptorSpan(doc: AnalyzedDoc, entity: Entity, d: Entity['descriptors'][number]): Span {
  if (d.span && doc.text.slice(d.span.start, d.span.end) === d.span.text) return d.span;
  const mention = entity.mentions.find((m) => m.doc === doc.id);
  const near = mention ? Math.max(0, mention.start - 200) : 0;
  const at = doc.text.indexOf(d.text, near);
  const found = at >= 0 ? at : doc.text.indexOf(d.text);
  if (found >= 0) return makeSpan(doc.id, doc.text, found, found + d.text.length);
  return mention ? makeSpan(doc.id, doc.text, mention.start, mention.end) : makeSpan(doc.id, doc.text, 0, 0);
}

/** One finding per person and pair of independent articles whose titles for that person cannot both hold. */
export function descriptorFindings(docs: AnalyzedDoc[], entities: Entity[], group: Map<string, string>): Finding[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const nameWords = new Set<string>();
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const w of fold(e.name).toLowerCase().split(/[^a-z]+/)) if (w.length > 1) nameWords.add(w);
  }
  const findings: Finding[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const own = new Set(fold(entity.name).toLowerCase().split(/[^a-z]+/));
    const perDoc = new Map<string, Titled[]>();
    for (const d of entity.descriptors) {
      if (!byId.has(d.doc)) continue;
      const words = roleWords(d.text, new Set([...nameWords, ...own]));
      if (words.size === 0 || [...words].every((w) => GENERIC.has(w))) continue;
      const list = perDoc.get(d.doc) ?? [];
      if (!list.some((x) => x.d.text.toLowerCase() === d.text.toLowerCase())) list.push({ d, words });
      perDoc.set(d.doc, list);
    }
    const ids = [...perDoc.keys()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (group.get(ids[i]) === group.get(ids[j])) continue;
        let verdict: DescriptorVerdict | undefined;
        let pair: [Titled, Titled] | undefined;
        let compatible = false;
        for (const a of perDoc.get(ids[i])!) {
          for (const b of perDoc.get(ids[j])!) {
            const v = compareDescriptors(a.words, b.words);
            if (v.compatible) compatible = true;
            else if (!verdict || v.confidence > verdict.confidence) { verdict = v; pair = [a, b]; }
          }
        }
        if (compatible || !verdict || !pair) continue;
        const [docA, docB] = [byId.get(ids[i])!, byId.get(ids[j])!];
        findings.push({
          id: '', kind: 'conflict', type: 'descriptor', confidence: verdict.confidence,
          summary: `${entity.name} is "${pair[0].d.text}" in ${docLabel(docA)} but "${pair[1].d.text}" in ${docLabel(docB)}.`,
          reason: `titles of one resolved person (${entity.id}) differ: ${verdict.why}`,
          evidence: [
            { span: descriptorSpan(docA, entity, pair[0].d), speaker: entity.id, value: pair[0].d.text },
            { span: descriptorSpan(docB, entity, pair[1].d), speaker: entity.id, value: pair[1].d.text },
          ],
        });
      }
    }
  }
  return findings;
}
