// Article features for story clustering: content-word counts, names, MinHash LSH bands and the publication day.
import type { Doc } from '../model/index.js';
import { DEFAULT_STAGES, runPipeline } from '../analyze/pipeline.js';
import type { Stage, Token } from '../analyze/types.js';

export type Features = {
  /** Content-word counts (lowercased, light plural stripping). */
  terms: Map<string, number>;
  /** Name counts: entity names from the analysis and runs of proper nouns. */
  names: Map<string, number>;
  /** LSH band keys of the MinHash over word shingles. */
  bands: string[];
  /** Number of content words. */
  length: number;
  /** Days since 1970-01-01 of the publication date, when known. */
  day?: number;
};

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const WORD = /^[a-z][a-z'-]*[a-z]$/;
const STOP_WORDS = new Set(('about above after again against also among another any are aren around because been before being '
  + 'below between both but can cannot could did does doing down during each even ever every few for from further had has '
  + 'have having her here hers herself him himself his how however into its itself just last least less like made make many '
  + 'may more most much must near never new next not now off once one only other our ours out over own per same says said say '
  + 'saying she should since some still such than that the their theirs them themselves then there these they this those '
  + 'through told too under until upon very was were what when where whether which while who whom whose why will with '
  + 'within without would yet you your yours also told tell according added adding year years week day days time times '
  + 'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow mr mrs ms dr get got go going gone '
  + 'went come came take took see seen know known think thought want way well back first two three people').split(' '));

/** Number of MinHash functions and rows per band (bands = HASHES / ROWS). */
const HASHES = 32;
const ROWS = 4;
const SHINGLE = 4;
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** The analysis stages clustering needs: tokens and sentences, plus entities when that stage exists. */
function clusteringStages(): Stage[] {
  let last = 0;
  DEFAULT_STAGES.forEach((stage, i) => {
    if (stage.provides.some((layer) => layer === 'tokens' || layer === 'sentences' || layer === 'entities' || layer === 'coref')) last = i;
  });
  return DEFAULT_STAGES.slice(0, last + 1);
}

/** Light, predictable stemming: folds plurals and possessives so "councils" meets "council". */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash of the word shingles, then LSH band keys "b<band>:<hex>"; near-duplicates share a band. */
export function minhashBands(words: string[]): string[] {
  if (words.length < SHINGLE) return [];
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h ^ SEEDS[k]);
      if (v < mins[k]) mins[k] = v;
    }
  }
  const bands: string[] = [];
  for (let b = 0; b < HASHES / ROWS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ mins[b * ROWS + r]);
    bands.push(`b${b}:${h.toString(16)}`);
  }
  return bands;
}

export function dayNumber(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const ms = Date.parse(published);
  if (Number.isNaN(ms)) return undefined;
  return Math.floor(ms / 86_400_000);
}

function addCount(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

export type FeatureOptions = {
  /** Numbers (a magnitude, a toll, a score, a year) join the names as "#value": they tell one instance of an event from another. */
  numbers: boolean;
  /** Words and names of the first sentences count this many times (1: no lead weighting). */
  leadWeight: number;
  /** How many sentences count as the lead. */
  leadSentences: number;
};

/** Chosen on ECB+ train topics (see src/eval/clustering.ts and BENCHMARKS.md): numbers measured neutral, so off. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { numbers: false, leadWeight: 3, leadSentences: 3 };

const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

/** A number token's key ("#5.6", "#2008"), or undefined for small integers (too common to tell events apart). */
export function numberKey(text: string): string | undefined {
  if (!NUMBER.test(text)) return undefined;
  const plain = text.replace(/,/g, '');
  if (!plain.includes('.') && Number(plain) < 10) return undefined;
  return `#${plain}`;
}

/** Computes an article's clustering features. Pure: the same doc always gives the same features. */
export function extractFeatures(doc: Doc, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Features {
  const { state } = runPipeline(doc, { published: doc.published, options: {} }, clusteringStages());
  const text = doc.text;
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  const initials = new Map<string, number>();
  const words: string[] = [];
  let length = 0;
  let run: string[] = [];
  let runWeight = 1;
  const closeRun = () => {
    if (run.length > 1 && run.length <= 4) addCount(names, run.join(' '), runWeight);
    run = [];
  };
  const tokens = state.tokens;
  const leadEnd = state.sentenceTokens[Math.min(options.leadSentences, state.sentenceTokens.length) - 1]?.[1] ?? 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.lower;
    const weight = i < leadEnd ? options.leadWeight : 1;
    if (/^[a-z0-9]/.test(lower)) words.push(lower);
    if (options.numbers && token.pos === 'NUM') {
      const key = numberKey(lower);
      if (key) addCount(names, key, weight);
    }
    const isName = token.pos === 'PROPN' && /^[A-Z]/.test(tokenText(text, token));
    if (isName && WORD.test(lower) && lower.length > 2 && !STOP_WORDS.has(lower)) {
      // A capitalized first word may be an ordinary word; it counts only if it is capitalized elsewhere too.
      const initial = i === 0 || tokens[i - 1].sentence !== token.sentence || !/\w/.test(tokens[i - 1].lower);
      if (initial) addCount(initials, lower, weight);
      else addCount(names, lower, weight);
      if (!run.length) runWeight = weight;
      run.push(lower);
    } else if (isName) {
      run.push(lower);
    } else {
      closeRun();
    }
    if (!CONTENT_POS.has(token.pos) || lower.length < 3 || !WORD.test(lower) || STOP_WORDS.has(lower)) continue;
    addCount(terms, stem(lower), weight);
    length++;
  }
  closeRun();
  for (const [name, count] of initials) if (names.has(name)) addCount(names, name, count);
  for (const entity of state.entities) {
    if (entity.type === 'other') continue;
    const name = entity.name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (name.length > 2) addCount(names, name, Math.max(1, entity.mentions.length));
  }
  if (doc.title) {
    // Headline words count double: they say what the story is about.
    for (const word of doc.title.toLowerCase().split(/[^a-z'-]+/)) {
      if (word.length >= 3 && WORD.test(word) && !STOP_WORDS.has(word)) addCount(terms, stem(word), 2);
    }
  }
  const features: Features = { terms, names, bands: minhashBands(words), length };
  const day = dayNumber(doc.published);
  if (day !== undefined) features.day = day;
  return features;
}
