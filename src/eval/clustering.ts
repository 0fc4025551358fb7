// `npm run eval -- clustering ../shared/data/ecbplus-dev`: B-cubed scores of incremental story clustering on ECB+ documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Doc } from '../model/index.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { DEFAULT_CLUSTER_OPTIONS, prepareArticle, type ClusterOptions } from '../stories/cluster.js';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions, type Features } from '../stories/features.js';

/** The standard ECB+ dev split (Cybulska and Vossen 2015); every other topic 1-35 is train. */
export const DEV_TOPICS = new Set([2, 5, 12, 18, 21, 23, 34, 35]);
const PUBLISHED_TEST_F1 = 96.8;

const TOKEN = /<token ([^<>]*)>([^<]*)<\/token>/g;
const SENTENCE_ATTRIBUTE = /\bsentence="(\d+)"/;
const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "''", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``', '$']);

export type GoldDoc = { doc: Doc; topic: number; gold: string };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

/** Rebuilds an article's text from ECB+ tokens: single spaces, none before closing punctuation, a line per sentence. */
export function ecbText(xml: string): string {
  let text = '';
  let sentence = '';
  let prev = '';
  for (const match of xml.matchAll(TOKEN)) {
    const raw = decodeXml(match[2]);
    const token = raw === '``' || raw === "''" ? '"' : raw;
    const at = SENTENCE_ATTRIBUTE.exec(match[1])?.[1] ?? sentence;
    if (at !== sentence) {
      if (text) text += '\n';
      sentence = at;
    } else if (!NO_SPACE_BEFORE.has(raw.toLowerCase()) && !NO_SPACE_AFTER.has(prev)) {
      text += ' ';
    }
    text += token;
    prev = raw;
  }
  return text;
}

/** Reads every ECB+ document under the folder, with its gold event (topic + ecb/ecbplus half). */
export function readEcb(root: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const dir of readdirSync(root).sort()) {
    const topic = Number(dir);
    if (!Number.isInteger(topic) || !statSync(join(root, dir)).isDirectory()) continue;
    for (const name of readdirSync(join(root, dir)).sort()) {
      const half = name.endsWith('ecbplus.xml') ? 'ecbplus' : name.endsWith('ecb.xml') ? 'ecb' : undefined;
      if (!half) continue;
      const text = ecbText(readFileSync(join(root, dir, name), 'utf8'));
      if (!text) continue;
      docs.push({ doc: { id: basename(name, '.xml'), source: name, contributors: [], text, removed: [] }, topic, gold: `${topic}-${half}` });
    }
  }
  return docs;
}

/** A fixed pseudo-random order (mulberry32), so the stream interleaves topics the same way on every run. */
export function fixedOrder<T>(items: T[], seed = 20251121): T[] {
  const out = items.slice();
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type BCubed = { precision: number; recall: number; f1: number };

/** B-cubed precision, recall and F1 of a clustering against gold labels (same item order). */
export function bcubed(system: (string | number)[], gold: string[]): BCubed {
  const n = system.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const pair = new Map<string, number>();
  const sys = new Map<string | number, number>();
  const gol = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${system[i]}\u0000${gold[i]}`;
    pair.set(k, (pair.get(k) ?? 0) + 1);
    sys.set(system[i], (sys.get(system[i]) ?? 0) + 1);
    gol.set(gold[i], (gol.get(gold[i]) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const both = pair.get(`${system[i]}\u0000${gold[i]}`)!;
    p += both / sys.get(system[i])!;
    r += both / gol.get(gold[i])!;
  }
  p /= n;
  r /= n;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Feeds the documents in order through the incremental clustering (in-memory SQLite) and scores the final stories. */
export async function clusterAndScore(items: { doc: Doc; gold: string; features: Features }[], options: ClusterOptions): Promise<BCubed & { stories: number; system: number[] }> {
  const store = new SqliteStore(':memory:', { synchronous: 'off' });
  const ids: number[] = [];
  for (const item of items) {
    const { article, decision } = await prepareArticle(store, item.doc, item.features, options);
    const { scores: _scores, ...assignment } = decision;
    ids.push((await store.addArticle(article, assignment)).article);
  }
  const system: number[] = [];
  for (const id of ids) system.push((await store.getArticle(id))!.story);
  const stories = new Set(system).size;
  await store.close();
  return { ...bcubed(system, items.map((i) => i.gold)), stories, system };
}

/** Prints every story that mixes gold events, with what each event's articles in it name most. */
function printErrors(items: { doc: Doc; gold: string; features: Features }[], system: number[]): void {
  const byStory = new Map<number, number[]>();
  system.forEach((story, i) => byStory.set(story, [...(byStory.get(story) ?? []), i]));
  const byGold = new Map<string, Set<number>>();
  items.forEach((item, i) => byGold.set(item.gold, (byGold.get(item.gold) ?? new Set()).add(system[i])));
  for (const [gold, stories] of [...byGold].sort()) if (stories.size > 1) {
    const parts = [...stories].map((s) => `${s}:${byStory.get(s)!.filter((i) => items[i].gold === gold).length}`);
    process.stdout.write(`split ${gold} over stories ${parts.join(' ')}\n`);
  }
  for (const [story, members] of byStory) {
    const golds = new Map<string, number[]>();
    for (const i of members) golds.set(items[i].gold, [...(golds.get(items[i].gold) ?? []), i]);
    if (golds.size < 2) continue;
    process.stdout.write(`story ${story}: ${[...golds].map(([g, m]) => `${g} x${m.length}`).join(', ')}\n`);
    for (const [gold, m] of golds) {
      const names = new Map<string, number>();
      for (const i of m) for (const [n, c] of items[i].features.names) names.set(n, (names.get(n) ?? 0) + Math.min(c, 3));
      const topNames = [...names].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, c]) => `${n}(${c})`).join(' ');
      process.stdout.write(`  ${gold}: ${topNames}\n`);
      for (const i of m.slice(0, 3)) process.stdout.write(`    ${items[i].doc.id}: ${items[i].doc.text.split('\n').slice(0, 2).join(' | ').slice(0, 160)}\n`);
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1);
const optionText = (o: ClusterOptions) => `link=${o.link} nameWeight=${o.nameWeight} nameGate=${o.nameGate} threshold=${o.threshold} mergeThreshold=${o.mergeThreshold} splitThreshold=${o.splitThreshold} splitMinPart=${o.splitMinPart}`;

function parseValue(raw: string): unknown {
  return raw === 'true' ? true : raw === 'false' ? false : Number.isNaN(Number(raw)) ? raw : Number(raw);
}

/** `--grid name=v1,v2,...` (repeatable): cluster option values to try on train topics. */
function gridOf(args: string[]): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  args.forEach((arg, i) => {
    if (arg !== '--grid') return;
    const [name, raw = ''] = (args[i + 1] ?? '').split('=');
    if (!(name in DEFAULT_CLUSTER_OPTIONS)) throw new Error(`--grid: unknown cluster option ${name}`);
    out.push([name, raw.split(',').map(parseValue)]);
  });
  return out;
}

/** `--set name=value` overrides one cluster or feature option (numbers as numbers, true/false as booleans). */
function overrides(args: string[]): { cluster: ClusterOptions; features: FeatureOptions } {
  const cluster: Record<string, unknown> = { ...DEFAULT_CLUSTER_OPTIONS };
  const features: Record<string, unknown> = { ...DEFAULT_FEATURE_OPTIONS };
  args.forEach((arg, i) => {
    if (arg !== '--set') return;
    const [name, raw = ''] = (args[i + 1] ?? '').split('=');
    const value = parseValue(raw);
    if (name in cluster) cluster[name] = value;
    else if (name in features) features[name] = value;
    else throw new Error(`--set: unknown option ${name}`);
  });
  return { cluster: cluster as ClusterOptions, features: features as FeatureOptions };
}

export async function run(path: string, args: string[]): Promise<void> {
  const started = performance.now();
  // `--seed N`: another fixed order (order sensitivity checks; the figures in BENCHMARKS.md use the default).
  const seedAt = args.indexOf('--seed');
  const docs = seedAt >= 0 ? fixedOrder(readEcb(path), Number(args[seedAt + 1])) : fixedOrder(readEcb(path));
  const set = overrides(args);
  const withFeatures = docs.map((d) => ({ ...d, features: extractFeatures(d.doc, set.features) }));
  const train = withFeatures.filter((d) => !DEV_TOPICS.has(d.topic));
  const dev = withFeatures.filter((d) => DEV_TOPICS.has(d.topic));
  const featureMs = performance.now() - started;
  const grid = gridOf(args);
  if (grid.length) {
    // Every combination of the `--grid name=v1,v2` values over the other options, scored on train topics only.
    let combos: Record<string, unknown>[] = [{}];
    for (const [name, values] of grid) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
    const rows: { label: string; score: BCubed }[] = [];
    for (const combo of combos) {
      const options = { ...set.cluster, ...combo } as ClusterOptions;
      const score = await clusterAndScore(train, options);
      rows.push({ label: Object.entries(combo).map(([k, v]) => `${k}=${v}`).join(' '), score });
    }
    rows.sort((a, b) => b.score.f1 - a.score.f1);
    for (const row of rows) process.stdout.write(`train P ${pct(row.score.precision)} R ${pct(row.score.recall)} F1 ${pct(row.score.f1)}  ${row.label}\n`);
    return;
  }
  if (args.includes('--tune')) {
    const rows: { options: ClusterOptions; f1: number }[] = [];
    // The grid explored for the defaults (train topics only; about a minute on this machine).
    for (const link of ['top2', 'centroid'] as const) {
      for (const nameWeight of [0.3, 0.45, 0.6]) {
        for (const threshold of [0.15, 0.2, 0.25, 0.3]) {
          for (const mergeThreshold of [0.45, 0.6]) {
            const options = { ...set.cluster, link, nameWeight, threshold, mergeThreshold };
            const score = await clusterAndScore(train, options);
            rows.push({ options, f1: score.f1 });
          }
        }
      }
    }
    rows.sort((a, b) => b.f1 - a.f1);
    for (const row of rows.slice(0, 15)) {
      const o = row.options;
      process.stdout.write(`train F1 ${pct(row.f1)}  ${optionText(o)}\n`);
    }
    return;
  }
  const o = set.cluster;
  process.stdout.write(`ECB+ document clustering (incremental, fixed order), B-cubed; options: ${optionText(o)}\n`);
  process.stdout.write('split  docs  gold events  stories  precision  recall  F1\n');
  for (const [name, items] of [['train', train], ['dev', dev]] as const) {
    const score = await clusterAndScore(items, o);
    if (args.includes('--errors') && name === 'train') printErrors(items, score.system);
    const events = new Set(items.map((i) => i.gold)).size;
    process.stdout.write(`${name.padEnd(5)}  ${String(items.length).padStart(4)}  ${String(events).padStart(11)}  ${String(score.stories).padStart(7)}  ${pct(score.precision).padStart(9)}  ${pct(score.recall).padStart(6)}  ${pct(score.f1)}\n`);
  }
  process.stdout.write(`reference: B-cubed F1 ${PUBLISHED_TEST_F1} on ECB+ test topics 36-45 (Barhom et al. 2019 clusters; not available here)\n`);
  process.stdout.write(`features ${(featureMs / 1000).toFixed(1)} s for ${docs.length} documents; total ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
