// Claim findings: corroborated (with agreeing dates and figures), single-source, and time/number/negation conflicts.
import type { AnalyzedDoc, Finding, NumberMention, TimeExpression } from '../../model/index.js';
import type { Claim } from '../claims.js';
import { isDateValue } from '../claims.js';
import type { ClaimAlignment } from '../align-claims.js';
import { isUnanchored, timeKey } from '../anchor.js';
import { docLabel, listNames, ownName } from '../locate.js';
import { clip, stem, STOPWORDS, trimWhile } from '../text.js';
import { round } from './quotes.js';
import { sameOrganization } from '../resolve-entities.js';

export type ClaimContext = {
  docs: AnalyzedDoc[];
  claims: Claim[];
  alignment: ClaimAlignment;
  group: Map<string, string>;
  /** Anchored values of undated documents' time expressions. */
  anchored: Map<string, string>;
  /** `${doc}:${sentence}` sets of aligned quotes: a claim made only of those is already a quote finding. */
  quoteSentences: Set<string>[];
  /** Documents that look unrelated to the others: their claims are not reported. */
  unrelated: Set<string>;
};

export type ClaimFindings = { findings: Finding[]; clusterOf: Map<number, Finding> };

/** Similarity above which a negation on one side only is read as a denial of the same statement. */
const NEGATION_SIM = 0.35;
const CAPITAL = /\p{Lu}/u;

/**
 * Length of a wire dateline opening a sentence ("KESSLING BAY, March 4 (Wire) — "), or 0: two capitals, then an
 * em dash with spaces around it within the first 80 characters, no line break before it.
 */
export function datelineLength(text: string): number {
  if (!CAPITAL.test(text.charAt(0)) || !CAPITAL.test(text.charAt(1))) return 0;
  const dash = text.indexOf('\u2014', 2);
  if (dash < 0 || dash > 84 || text.lastIndexOf('\n', dash) >= 0) return 0;
  if (!/\s/.test(text.charAt(dash - 1)) || !/\s/.test(text.charAt(dash + 1))) return 0;
  return dash + 2;
}

function granularity(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  return '';
}

function timeValue(ctx: ClaimContext, claim: Claim, t: TimeExpression): string | undefined {
  const anchored = ctx.anchored.get(timeKey(claim.docId, t));
  if (anchored) return anchored;
  if (isUnanchored(t) || t.type !== 'date' || !isDateValue(t.value)) return undefined;
  return t.value;
}

/** Words that open a sentence by linking it to the one before: no part of what it reports. */
const LEADING_LINK = /^(?:but|and|yet|so|meanwhile|however|also|still)\b,?\s+/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A sentence as the object of "reports that ...": dateline and linking word off, final stop off, and the first
 * word lower-cased unless it starts a name (`isName(offset)` says whether an offset of `text` lies in a name).
 */
export function gist(text: string, max = 24, isName?: (offset: number) => boolean): string {
  let at = datelineLength(text);
  while (at < text.length && /\s/.test(text[at])) at++;
  const link = LEADING_LINK.exec(text.slice(at));
  if (link && link.index === 0 && at + link[0].length < text.length) at += link[0].length;
  let s = text.slice(at).trim();
  // The final stop goes, with a closing quotation mark right after it.
  const closed = s.endsWith('"') || s.endsWith('\u201d');
  const body = closed ? s.slice(0, -1) : s;
  const trimmed = trimWhile(body, (ch) => ch === '.' || ch === '!', 'end');
  if (trimmed.length < body.length) s = trimmed;
  const first = /^[\p{L}']+/u.exec(s)?.[0] ?? '';
  const keep = !first || first === 'I' || first.slice(1) !== first.slice(1).toLowerCase()
    || (isName ? isName(at) || titleBeforeName(text, at + first.length, isName) : !STOPWORDS.has(first.toLowerCase()));
  if (!keep) s = first.toLowerCase() + s.slice(first.length);
  return clip(s, max);
}

/** A title right before a name ("Mayor Corinne Albescu") keeps its capital. */
function titleBeforeName(text: string, after: number, isName: (offset: number) => boolean): boolean {
  return text[after] === ' ' && isName(after + 1) && !STOPWORDS.has(text.slice(0, after).trim().toLowerCase());
}

/** "2024-08" -> "August 2024", "2026-03-03" -> "3 March 2026"; other values as they are. */
export function readableDate(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return value;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

function unitKey(n: NumberMention): string {
  return n.unit ? stem(n.unit.toLowerCase()) : '';
}

/** Ordinals ("third anniversary") rank things; they are no figure to agree or disagree on. */
function isQuantity(n: NumberMention): boolean {
  return n.unit !== 'ordinal';
}

/** Words that end the phrase a figure heads: punctuation aside, a new clause starts here. */
const CLAUSE_BREAK = new Set(['when', 'and', 'but', 'after', 'as', 'while', 'because', 'which', 'who', 'that', 'since', 'before', 'in', 'on', 'at', 'by', 'from', 'with', 'for', 'of']);

/** A figure with the few words after it in its sentence, up to a comma or a new clause: "40 people were injured". */
export function figurePhrase(claim: Claim, n: NumberMention): string {
  const sentence = claim.span;
  const from = n.span.start - sentence.start;
  if (from < 0 || n.span.end > sentence.end) return n.span.text;
  let out = n.span.text;
  let rest = sentence.text.slice(n.span.end - sentence.start, n.span.end - sentence.start + 80);
  for (let i = 0; i < 4; i++) {
    const m = /^\s+([\p{L}][\p{L}'\u2019-]*)/u.exec(rest);
    if (!m || CLAUSE_BREAK.has(m[1].toLowerCase())) break;
    out += ` ${m[1]}`;
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** How each claim words an agreed figure, once per wording: `"Two workers were killed", "two employees"`. */
function agreedPhrases(claims: Claim[], value: string): string {
  const seen = new Map<string, string>();
  for (const c of claims) {
    const n = c.numbers.find((x) => String(x.value) === value);
    if (!n) continue;
    const phrase = figurePhrase(c, n);
    if (!seen.has(phrase.toLowerCase())) seen.set(phrase.toLowerCase(), `"${phrase}"`);
  }
  return [...seen.values()].join(', ');
}

/** A figure as the claims give it, with its unit when one of them names it: "2 workers". */
function figureOf(members: Claim[], value: string): string {
  for (const m of members) {
    const n = m.numbers.find((x) => String(x.value) === value && x.unit && x.unit !== 'ordinal');
    if (n) return formatNumber(n);
  }
  return value;
}

function formatNumber(n: NumberMention): string {
  return n.unit ? `${n.value} ${n.unit}` : String(n.value);
}

/** A word one claim denies that the other asserts (present there, not under a negation). */
export function deniedWord(deny: Claim, assert: Claim): string | undefined {
  const stems = new Set(assert.stems);
  for (const w of deny.negated) if (stems.has(w) && !assert.negated.has(w)) return w;
  return undefined;
}

export function claimFindings(ctx: ClaimContext): ClaimFindings {
  const { docs, claims, alignment, group } = ctx;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const findings: Finding[] = [];
  const clusterOf = new Map<number, Finding>();
  const clustered = new Set<number>();
  const copyOnly: { finding: Finding; members: number[] }[] = [];
  const leads = new Set<number>();
  const agreed = new Map<string, Finding>();
  const label = (c: Claim) => docLabel(byId.get(c.docId)!);
  const ownNames = new Map(docs.map((d) => [d.id, ownName(d)]));
  // Offsets of each document covered by a name, so a summary keeps "Kessling Bay" but lower-cases "Police".
  const nameRanges = new Map(docs.map((d) => [d.id, d.entities.flatMap((e) => e.mentions).map((m) => [m.start, m.end] as const)]));
  const gistOf = (c: Claim, max?: number) => {
    const ranges = nameRanges.get(c.docId) ?? [];
    return gist(c.span.text, max, (offset) => ranges.some(([a, b]) => a <= c.span.start + offset && c.span.start + offset < b));
  };
  /** The claim credits its own source group (a reprint naming the wire it copies): no second-hand sourcing. */
  const creditsOwnGroup = (c: Claim) => !!c.citedOutlet && docs.some((d) => group.get(d.id) === group.get(c.docId) && sameOrganization(c.citedOutlet!, ownNames.get(d.id) ?? ''));
  const evidenceOf = (c: Claim, value?: string): Finding['evidence'][number] => {
    const e: Finding['evidence'][number] = { span: c.span };
    if (value) e.value = value;
    if (c.citedOutlet) e.citedOutlet = c.citedOutlet;
    return e;
  };
  const secondHand = (members: Claim[]) => {
    const cited = members.filter((c) => c.citedOutlet && !creditsOwnGroup(c));
    return cited.length ? ` (${listNames(cited.map((c) => `${label(c)} credits ${c.citedOutlet}`))})` : '';
  };

  alignment.clusters.forEach((cluster, c) => {
    const members = cluster.map((i) => claims[i]);
    members.forEach((m) => clustered.add(m.index));
    if (members.some((m) => ctx.unrelated.has(m.docId))) return;
    if (ctx.quoteSentences.some((set) => members.every((m) => set.has(`${m.docId}:${m.sentence}`)))) return;
    // A claim an article credits to another article's outlet is that article's claim, not a second source.
    const sourceOf = (m: Claim): string => {
      const outlet = m.citedOutlet;
      const origin = outlet ? members.find((n) => n !== m && sameOrganization(outlet, ownNames.get(n.docId) ?? '')) : undefined;
      return group.get(origin ? origin.docId : m.docId)!;
    };
    const groups = new Set(members.map(sourceOf));
    const sims = alignment.pairs.filter((p) => cluster.includes(p.a) && cluster.includes(p.b)).map((p) => p.sim);
    const sim = sims.length ? Math.max(...sims) : 0;
    // The lead is the member most of whose words the others share (it says the agreed thing, and little else).
    const coverage = (m: Claim) => {
      let shared = 0;
      for (const f of m.features) if (members.some((o) => o !== m && o.features.has(f))) shared++;
      return shared / Math.max(1, m.features.size);
    };
    // A sentence already leading another finding would make two findings read alike: the next best leads then.
    const ranked = members.map((m) => ({ m, c: coverage(m) }))
      .sort((p, q) => (Math.abs(q.c - p.c) > 1e-9 ? q.c - p.c : p.m.span.text.length - q.m.span.text.length)).map((x) => x.m);
    const lead = ranked.find((m) => !leads.has(m.index)) ?? ranked[0];
    leads.add(lead.index);
    if (groups.size < 2) {
      // Only one source says it; the others copy it or credit it to that source.
      const origin = members.find((m) => sourceOf(m) === group.get(m.docId) && !m.citedOutlet) ?? members[0];
      const reprints = members.filter((m) => m !== origin);
      if (!origin.substantive) return;
      const f: Finding = {
        id: '', kind: 'single-source', confidence: 0.7,
        summary: `Only ${label(origin)} reports that ${gistOf(origin)}${reprints.length ? `; ${listNames(reprints.map(label))} carr${reprints.length > 1 ? 'y' : 'ies'} it too` : ''}${secondHand(members)}.`,
        reason: 'no independent article aligns with this claim; the others that carry it copy or credit one source',
        evidence: members.map((m) => evidenceOf(m)),
      };
      copyOnly.push({ finding: f, members: cluster });
      clusterOf.set(c, f);
      return;
    }
    // Pairs of claims from independent articles, for conflicts.
    const conflicts: Finding[] = [];
    const timeAgree = new Map<string, Claim[]>();
    const numberAgree = new Map<string, Claim[]>();
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x];
        const b = members[y];
        if (sourceOf(a) === sourceOf(b)) continue;
        // Dates: per granularity, shared values agree; disjoint ones conflict.
        const byGran = (cl: Claim) => {
          const map = new Map<string, Set<string>>();
          for (const t of cl.times) {
            const v = timeValue(ctx, cl, t);
            if (!v) continue;
            const g = granularity(v);
            if (!g) continue;
            const set = map.get(g) ?? new Set<string>();
            set.add(v);
            map.set(g, set);
          }
          return map;
        };
        const ta = byGran(a);
        const tb = byGran(b);
        for (const [g, va] of ta) {
          const vb = tb.get(g);
          if (!vb) continue;
          const shared = [...va].filter((v) => vb.has(v));
          if (shared.length) {
            for (const v of shared) timeAgree.set(v, [...new Set([...(timeAgree.get(v) ?? []), a, b])]);
          } else {
            conflicts.push({
              id: '', kind: 'conflict', type: 'time', confidence: round(Math.min(0.9, 0.45 + 0.45 * sim)),
              summary: `${label(a)} dates it ${[...va].map(readableDate).join(', ')} but ${label(b)} dates it ${[...vb].map(readableDate).join(', ')}: ${gistOf(lead, 16)}.`,
              reason: `the claims align (similarity ${sim.toFixed(2)}) and their ${g}-level dates differ`,
              evidence: [evidenceOf(a, [...va].join(', ')), evidenceOf(b, [...vb].join(', '))],
            });
          }
        }
        // Figures: a value both give agrees; one figure each for the same unit that differs conflicts.
        const va = new Set(a.numbers.filter(isQuantity).map((n) => n.value));
        for (const n of b.numbers.filter(isQuantity)) {
          if (va.has(n.value)) numberAgree.set(String(n.value), [...new Set([...(numberAgree.get(String(n.value)) ?? []), a, b])]);
        }
        const units = new Set(a.numbers.filter(isQuantity).map(unitKey).filter((u) => u && b.numbers.some((n) => unitKey(n) === u)));
        for (const u of units) {
          const na = a.numbers.filter((n) => unitKey(n) === u);
          const nb = b.numbers.filter((n) => unitKey(n) === u);
          if (na.length !== 1 || nb.length !== 1 || na[0].value === nb[0].value) continue;
          if (va.has(nb[0].value) || b.numbers.some((n) => n.value === na[0].value)) continue;
          // The figure with the words it counts is what a reader compares; the sentence only when those are missing.
          const pa = figurePhrase(a, na[0]);
          const pb = figurePhrase(b, nb[0]);
          conflicts.push({
            id: '', kind: 'conflict', type: 'number', confidence: round(Math.min(0.88, 0.45 + 0.45 * sim)),
            summary: `${label(a)} says "${pa}" but ${label(b)} says "${pb}"${/\s/.test(pa) && /\s/.test(pb) ? '' : `: ${gistOf(lead, 16)}`}.`,
            reason: `the claims align (similarity ${sim.toFixed(2)}) and give different figures for "${na[0].unit}"`,
            evidence: [{ ...evidenceOf(a), span: na[0].span, value: formatNumber(na[0]) }, { ...evidenceOf(b), span: nb[0].span, value: formatNumber(nb[0]) }],
          });
        }
        // Negation on one side only of a closely aligned pair: one denies what the other asserts.
        const pairSim = alignment.pairs.find((p) => (p.a === a.index && p.b === b.index) || (p.a === b.index && p.b === a.index))?.sim ?? 0;
        const deniedByA = deniedWord(a, b);
        const denied = deniedByA ?? deniedWord(b, a);
        if (pairSim >= NEGATION_SIM && denied) {
          const [yes, no] = deniedByA ? [b, a] : [a, b];
          conflicts.push({
            id: '', kind: 'conflict', type: 'negation', confidence: round(Math.min(0.8, 0.3 + 0.6 * pairSim)),
            summary: `${label(yes)} reports that ${gistOf(yes, 16)}, but ${label(no)} says the opposite: ${gistOf(no, 16)}.`,
            reason: `the claims align (similarity ${pairSim.toFixed(2)}) and ${no.docId} negates "${denied}", which ${yes.docId} asserts`,
            evidence: [evidenceOf(yes, 'asserts'), evidenceOf(no, 'denies')],
          });
        }
      }
    }
    findings.push(...conflicts);
    if (conflicts.some((f) => f.type === 'negation')) return;
    const labels = [...new Set(members.map(label))];
    const names = listNames(labels);
    const both = labels.length === 2 ? 'both' : 'all';
    const base = round(Math.min(0.95, 0.35 + 0.7 * sim));
    const reason = `aligned in ${groups.size} independent articles (similarity ${sim.toFixed(2)}: shared content words, names, dates and figures)`;
    // The lead may carry a figure or date the others dispute: say so, so the agreement does not assert it for all.
    const disputed = conflicts.filter((f) => f.type === 'number' || f.type === 'time')
      .map((f) => f.evidence.map((e) => e.value ?? '').filter(Boolean).join(' vs '));
    const caveat = disputed.length ? `, though they differ on ${[...new Set(disputed)].join(' and ')}` : '';
    const made: Finding[] = [];
    for (const [v, cls] of timeAgree) {
      made.push({
        id: '', kind: 'corroborated', type: 'time', confidence: round(Math.min(0.97, base + 0.05)),
        summary: `${names} ${both} report that ${gistOf(lead)}, and their dates agree (${readableDate(v)})${caveat}${secondHand(members)}.`,
        reason: `${reason}; dates agree at ${granularity(v)} level`,
        evidence: members.map((m) => evidenceOf(m, cls.includes(m) ? v : undefined)),
      });
    }
    for (const [v, cls] of numberAgree) {
      made.push({
        id: '', kind: 'corroborated', type: 'number', confidence: round(Math.min(0.95, base)),
        summary: `${names} agree on the figure ${figureOf(members, v)} (${agreedPhrases(cls, v)})${caveat}${secondHand(members)}.`,
        reason: `${reason}; the figure ${v} appears in each`,
        evidence: members.map((m) => evidenceOf(m, cls.includes(m) ? v : undefined)),
      });
    }
    // An agreement already reported by a cluster sharing a sentence is the same agreement: widen it, do not repeat it.
    const fresh = made.filter((f) => {
      const key = `${f.type}:${f.evidence.find((e) => e.value)?.value}`;
      const before = agreed.get(key);
      const overlap = before?.evidence.some((x) => f.evidence.some((e) => e.span.doc === x.span.doc && e.span.start === x.span.start));
      if (!before || !overlap) { agreed.set(key, f); return true; }
      for (const e of f.evidence) if (!before.evidence.some((x) => x.span.doc === e.span.doc && x.span.start === e.span.start)) before.evidence.push(e);
      return false;
    });
    made.length = 0;
    made.push(...fresh);
    if (made.length === 0) {
      made.push({
        id: '', kind: 'corroborated', confidence: base,
        summary: `${names} ${both} report that ${gistOf(lead)}${secondHand(members)}.`,
        reason, evidence: members.map((m) => evidenceOf(m)),
      });
    }
    findings.push(...made);
    clusterOf.set(c, made[0]);
  });

  // A claim a copy repeats but an independent article corroborates elsewhere is not single-source.
  const corroborated = new Set(findings.filter((f) => f.kind === 'corroborated').flatMap((f) => f.evidence.map((e) => `${e.span.doc}:${e.span.start}`)));
  for (const { finding, members } of copyOnly) {
    if (!members.some((i) => corroborated.has(`${claims[i].docId}:${claims[i].span.start}`))) findings.push(finding);
  }

  // Single-source: substantive claims that no other article comes close to.
  for (const claim of claims) {
    if (clustered.has(claim.index) || !claim.substantive || ctx.unrelated.has(claim.docId)) continue;
    if (alignment.best[claim.index] >= 0.3) continue;
    if (ctx.quoteSentences.some((set) => set.has(`${claim.docId}:${claim.sentence}`))) continue;
    findings.push({
      id: '', kind: 'single-source', confidence: round(Math.max(0.4, Math.min(0.85, 0.9 - alignment.best[claim.index]))),
      summary: `Only ${label(claim)} reports that ${gistOf(claim)}${claim.citedOutlet && !creditsOwnGroup(claim) ? ` (it credits ${claim.citedOutlet})` : ''}.`,
      reason: `no claim in another article is similar (best similarity ${alignment.best[claim.index].toFixed(2)})`,
      evidence: [evidenceOf(claim)],
    });
  }
  return { findings, clusterOf };
}
