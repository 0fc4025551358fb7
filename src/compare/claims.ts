// Claim units: the statements of each article (sentences minus the words they quote), with their features.
import type { AnalyzedDoc, NumberMention, Span, TimeExpression } from '../model/index.js';
import { spansOverlap } from '../model/index.js';
import { STOPWORDS, contentStems, countNegations, isNegation, stem, words } from './text.js';
import { localKey, sameOrganization } from './resolve-entities.js';
import { ownName, sentenceAt } from './locate.js';

export type Claim = {
  /** Index of the claim in the flat list of all claims. */
  index: number;
  /** Index of the document in the input. */
  doc: number;
  docId: string;
  sentence: number;
  span: Span;
  /** Content-word stems of the sentence outside its direct quotes. */
  stems: string[];
  /** Resolved entity ids mentioned in the sentence. */
  entities: Set<string>;
  times: TimeExpression[];
  numbers: NumberMention[];
  /** Negation cues outside quotes. */
  negations: number;
  /** Content words under a negation outside quotes: "did not order residents" gives "order". */
  negated: Set<string>;
  /** Outlet the article says this claim came from. */
  citedOutlet?: string;
  /** Features for similarity: stems, entity ids, dates and figures. */
  features: Set<string>;
  /** Long enough and concrete enough to be reported as a single-source claim. */
  substantive: boolean;
};

/** Blanks out text between paired double quotation marks (straight or curly) in one linear pass. */
export function stripQuoted(text: string): string {
  let out = '';
  let open = -1;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0 && (ch === '\u201c' || ch === '"')) open = i;
    else if (open >= 0 && (ch === '\u201d' || (ch === '"' && text[open] === '"'))) {
      out += text.slice(kept, open) + ' ';
      kept = i + 1;
      open = -1;
    }
  }
  return out + text.slice(kept);
}

/** The first content word within a few words after each negation cue: what the cue denies. */
export function negatedWords(text: string): Set<string> {
  const ws = words(text);
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    if (!isNegation(ws[i])) continue;
    for (let j = i + 1; j < Math.min(ws.length, i + 5); j++) {
      const w = ws[j];
      if (isNegation(w) || w.length < 2 || STOPWORDS.has(w)) continue;
      out.add(canonical(stem(w)));
      break;
    }
  }
  return out;
}

/** A few synonyms news reports use for one thing, folded to one stem so the claims meet. */
const SYNONYMS: Record<string, string> = {
  blaze: 'fire', flame: 'fire', contain: 'control', employee: 'worker', staff: 'worker', ton: 'tonne',
  die: 'kill', died: 'kill', dead: 'kill', explod: 'blast', death: 'kill', wounded: 'injur', hurt: 'injur', injury: 'injur', injured: 'injur', injur: 'injur',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', airbase: 'base', retake: 'return', regain: 'return', reclaim: 'return',
  operate: 'run', run: 'run', ran: 'run', explosion: 'blast', explode: 'blast', detonation: 'blast',
  said: 'say', told: 'say', agreement: 'deal', pact: 'deal', deploy: 'send', troop: 'soldier',
};

export function canonical(stem: string): string {
  return SYNONYMS[stem] ?? stem;
}

/** Times worth comparing between articles: dates with a concrete value. */
export function isDateValue(value: string): boolean {
  return /^\d{4}(?:-(?:\d{2}|W\d{2}|Q\d)(?:-\d{2})?)?$/.test(value);
}

/** Removes the ranges of direct and partial quotes from a sentence, leaving what the article itself asserts. */
function residual(doc: AnalyzedDoc, span: Span, quoteRanges: { start: number; end: number }[]): string {
  let out = '';
  let at = span.start;
  for (const q of quoteRanges) {
    if (q.end <= span.start || q.start >= span.end) continue;
    if (q.start > at) out += doc.text.slice(at, q.start) + ' ';
    at = Math.max(at, q.end);
  }
  if (at < span.end) out += doc.text.slice(at, span.end);
  // Quoted words the quotes stage did not pick up are still someone else's words, not the article's claim.
  return stripQuoted(out);
}

/** Builds the claim units of every document. `resolve` maps a local entity id to its resolved id. */
export function extractClaims(docs: AnalyzedDoc[], local: Map<string, string>): Claim[] {
  const claims: Claim[] = [];
  docs.forEach((doc, d) => {
    const quoteRanges = doc.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').map((q) => q.span).sort((a, b) => a.start - b.start);
    const sentences = doc.sentences;
    const sentenceOf = (offset: number): number => sentenceAt(doc, offset);
    const entitiesBySentence = new Map<number, Set<string>>();
    // The words of names: a name counts once, as its resolved entity, not again as words.
    const nameWordsBySentence = new Map<number, Set<string>>();
    for (const entity of doc.entities) {
      const id = local.get(localKey(doc.id, entity.id));
      if (!id) continue;
      for (const m of entity.mentions) {
        const s = sentenceOf(m.start);
        if (s < 0) continue;
        const set = entitiesBySentence.get(s) ?? new Set<string>();
        set.add(id);
        entitiesBySentence.set(s, set);
        const names = nameWordsBySentence.get(s) ?? new Set<string>();
        for (const w of contentStems(m.text)) names.add(canonical(w));
        nameWordsBySentence.set(s, names);
      }
    }
    const bySentence = <T extends { span: Span }>(items: T[]) => {
      const map = new Map<number, T[]>();
      for (const item of items) {
        const s = sentenceOf(item.span.start);
        if (s < 0) continue;
        const list = map.get(s) ?? [];
        list.push(item);
        map.set(s, list);
      }
      return map;
    };
    const times = bySentence(doc.times);
    const numbers = bySentence(doc.numbers);
    const citations = bySentence(doc.citations ?? []);
    const quoteCitations = bySentence(doc.quotes.filter((q) => q.citedOutlet));
    const self = ownName(doc);
    sentences.forEach((sentence, s) => {
      if (sentence.heading) return;
      const text = residual(doc, sentence, quoteRanges);
      if (text.trim().endsWith('?')) return;
      const stems = contentStems(text).map(canonical);
      const sTimes = times.get(s) ?? [];
      const sNumbers = (numbers.get(s) ?? []).filter((n) => !sTimes.some((t) => spansOverlap(t.span, n.span)));
      const entities = entitiesBySentence.get(s) ?? new Set<string>();
      const nameWords = nameWordsBySentence.get(s);
      const features = new Set<string>(nameWords ? stems.filter((w) => !nameWords.has(w)) : stems);
      for (const e of entities) features.add(`E:${e}`);
      for (const t of sTimes) if (t.anchored !== false && isDateValue(t.value)) features.add(`T:${t.value}`);
      for (const n of sNumbers) features.add(`N:${n.value}`);
      // A sentence that is only an attribution ("said Ann Lee, a spokeswoman for Acme") asserts nothing itself.
      if (features.size - entities.size < 3) return;
      const claim: Claim = {
        index: claims.length, doc: d, docId: doc.id, sentence: s, span: { doc: doc.id, start: sentence.start, end: sentence.end, text: sentence.text },
        stems, entities, times: sTimes, numbers: sNumbers, negations: countNegations(text), features,
        negated: negatedWords(text),
        substantive: stems.length >= 6 || (stems.length >= 4 && (entities.size > 0 || sNumbers.length > 0 || sTimes.length > 0)),
      };
      const cited = citations.get(s)?.[0]?.outlet ?? quoteCitations.get(s)?.[0]?.citedOutlet;
      // A wire's own dateline credit ("(Northwind Wire) —" in Northwind Wire's story) is no second-hand sourcing.
      if (cited && !(self && sameOrganization(cited, self))) claim.citedOutlet = cited;
      claims.push(claim);
    });
  });
  return claims;
}
