// franc-min's `francAll` computed faster with the same data and arithmetic: one lookup per trigram, not one per trigram per language.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc-min's constants: the sample is cut to MAX_LENGTH; a trigram a language lacks costs MAX_DIFFERENCE. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
/** franc-min's cleaning (trigram-utils): ASCII punctuation, symbols and digits become spaces. */
const ASCII_NON_LETTERS = /[\u0021-\u0040]+/g;
/** collapse-white-space's default (`js`) style. */
const WHITE_SPACE_RUN = /\s+/g;
/** Every character that is not ASCII (franc's script expressions match no ASCII character but Latin's A-Z, a-z). */
const NON_ASCII = /[^\u0000-\u007f]+/g; // eslint-disable-line no-control-regex
/** Trigrams whose three UTF-16 units are all below this get a small-integer key (10 bits each); others keep the string. */
const SMALL = 1024;

/**
 * One script's languages, in franc's order, and its trigrams: an index per trigram (keyed by number when small,
 * else by string), and for each index the languages holding it with their ranks, packed [language, rank, ...].
 */
type ScriptModel = { languages: string[]; small: KeyTable; other: Map<string, number>; rows: Int16Array[] };

/** An open-addressing table from small non-negative integer keys to indexes (much cheaper than a Map per trigram). */
type KeyTable = { keys: Int32Array; values: Int32Array; mask: number; shift: number };

function newTable(minSize: number): KeyTable {
  let bits = 4;
  while (1 << bits < minSize * 2) bits++;
  return { keys: new Int32Array(1 << bits).fill(-1), values: new Int32Array(1 << bits), mask: (1 << bits) - 1, shift: 32 - bits };
}

function slot(table: KeyTable, key: number): number {
  let i = Math.imul(key, 0x9e3779b1) >>> table.shift;
  while (table.keys[i] !== -1 && table.keys[i] !== key) i = (i + 1) & table.mask;
  return i;
}

const models = new Map<string, ScriptModel>();

function smallKey(a: number, b: number, c: number): number {
  return (a << 20) | (b << 10) | c;
}

/** Builds (once per script) the trigram tables from franc-min's data, with franc's rank rule. */
function scriptModel(script: string): ScriptModel {
  const cached = models.get(script);
  if (cached) return cached;
  const byLanguage = data[script];
  const languages = Object.keys(byLanguage);
  const lists = new Map<string, Map<number, number>>();
  languages.forEach((language, l) => {
    const grams = byLanguage[language].split('|');
    // franc assigns from the end down, so a trigram listed twice keeps its first (lowest) rank.
    for (let weight = grams.length - 1; weight >= 0; weight--) {
      let list = lists.get(grams[weight]);
      if (!list) lists.set(grams[weight], (list = new Map()));
      list.set(l, weight);
    }
  });
  const model: ScriptModel = { languages, small: newTable(lists.size), other: new Map(), rows: [] };
  for (const [gram, list] of lists) {
    const index = model.rows.length;
    model.rows.push(Int16Array.from([...list].flat()));
    const [a, b, c] = [gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2)];
    if (gram.length === 3 && a < SMALL && b < SMALL && c < SMALL) {
      const key = smallKey(a, b, c);
      const i = slot(model.small, key);
      model.small.keys[i] = key;
      model.small.values[i] = index;
    } else model.other.set(gram, index);
  }
  models.set(script, model);
  return model;
}

/**
 * franc's top script: the expression with the most matches (first wins ties), and its share of the value. ASCII
 * characters are counted apart (only Latin's A-Z, a-z match any), so the expressions run on the non-ASCII rest.
 */
function topScript(value: string): [string | undefined, number] {
  let asciiLetters = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) asciiLetters++;
  }
  const rest = value.match(NON_ASCII)?.join('\0') ?? ''; // NUL matches no script and keeps lone surrogates apart
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const matches = (rest === '' ? 0 : rest.match(expressions[script])?.length ?? 0) + (script === 'Latin' ? asciiLetters : 0);
    const count = matches / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Reused between calls: occurrence counts per trigram index (reset after each call). */
let counts = new Int32Array(0);
/** Reused between calls: the distinct small trigrams no language holds (a sample has at most MAX_LENGTH trigrams). */
const unknownSmall = newTable(MAX_LENGTH + 2);

/**
 * The same list `francAll(value, { minLength })` of franc-min returns: [language, score] pairs, best first, scores
 * normalized as franc does. Distances are sums of integers, so summing in another order gives the same values.
 */
export function rankLanguages(value: string, minLength = 10): [string, number][] {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !(script in data)) {
    if (!script || share === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, small, other, rows } = scriptModel(script);
  if (counts.length < rows.length) counts = new Int32Array(rows.length);
  // trigram-utils: the cleaned, lower-cased text padded with a space, every 3-unit slice counted.
  const cleaned = ` ${sample.replace(ASCII_NON_LETTERS, ' ').replace(WHITE_SPACE_RUN, ' ').trim().toLowerCase()} `;
  const touched: number[] = [];
  const unknown = new Set<string>();
  const unknownKeys: number[] = [];
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const a = cleaned.charCodeAt(i);
    const b = cleaned.charCodeAt(i + 1);
    const c = cleaned.charCodeAt(i + 2);
    let index: number | undefined;
    if (a < SMALL && b < SMALL && c < SMALL) {
      const key = smallKey(a, b, c);
      const at = slot(small, key);
      if (small.keys[at] === -1) {
        const u = slot(unknownSmall, key);
        if (unknownSmall.keys[u] === -1) {
          unknownSmall.keys[u] = key;
          unknownKeys.push(u);
        }
        continue;
      }
      index = small.values[at];
    } else {
      const gram = cleaned.slice(i, i + 3);
      index = other.get(gram);
      if (index === undefined) {
        unknown.add(gram);
        continue;
      }
    }
    if (counts[index]++ === 0) touched.push(index);
  }
  for (const u of unknownKeys) unknownSmall.keys[u] = -1;
  // Every distinct trigram costs MAX_DIFFERENCE in a language lacking it; the languages holding it get their own cost.
  const distances = new Array<number>(languages.length).fill((touched.length + unknown.size + unknownKeys.length) * MAX_DIFFERENCE);
  for (const index of touched) {
    const row = rows[index];
    const count = counts[index];
    counts[index] = 0;
    for (let i = 0; i < row.length; i += 2) distances[row[i]] += Math.abs(count - row[i + 1] - 1) - MAX_DIFFERENCE;
  }
  // Stable sort by distance keeps franc's language order among ties.
  const ranked: [string, number][] = languages.map((language, l) => [language, distances[l]]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0][1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const pair of ranked) pair[1] = 1 - (pair[1] - min) / max || 0;
  return ranked;
}
