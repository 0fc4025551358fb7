// Builds the name look-up tables from the hand-written lists in data/ (built once, shared by every document).
import type { GazetteerEntry, Word } from './types.js';
import { CITIES, COUNTRIES, DEMONYMS, REGIONS, US_STATES } from './data/places.js';
import { COMPANIES, INTERNATIONAL, OUTLETS, PLATFORMS } from './data/organizations.js';

export type Gazetteer = {
  /** Normalised key (see `nameKey`) -> entry. */
  names: Map<string, GazetteerEntry>;
  /** Keys that match only when the surface is in capitals (acronyms like "AP", "WHO", "US"). */
  upperOnly: Set<string>;
  /** Demonym or nationality adjective (lower-cased) -> country or region it points to. */
  demonyms: Map<string, string>;
  /** Nationality adjective (lower-cased, first form of each demonym line) -> the entry of the place it names. */
  adjectives: Map<string, GazetteerEntry>;
  /** First words of every entry: a run whose first word is not here matches nothing. */
  firstWords: Set<string>;
  /** First words of the entries of two words or more: with any other first word only one-word names can match. */
  longFirstWords: Set<string>;
  /** Longest entry in words. */
  maxWords: number;
};

/** Normalises a name for look-up: lower case, no dots, curly apostrophes straightened, hyphens as spaces. */
export function nameKey(surface: string): string {
  let out = '';
  let space = false;
  for (const ch of surface.toLowerCase()) {
    if (ch === '.') continue;
    if (ch === ' ' || ch === '-' || ch === '\u2011' || ch === '\n' || ch === '\t') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch === '\u2019' ? "'" : ch;
  }
  return out;
}

/** A word's look-up key (`nameKey` of its text), remembered on the word. */
export function wordKey(word: Word): string {
  // Most words are already their own key once lower-cased; only the others need `nameKey`'s rebuild.
  if (word.key === undefined) word.key = isPlainKey(word.lower) ? word.lower : nameKey(word.text);
  return word.key;
}

/** Holds nothing `nameKey` drops or changes in a lower-cased word: no dots, spaces, tabs, hyphens, curly apostrophes. */
function isPlainKey(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 46 || code === 32 || code === 45 || code === 10 || code === 9 || code === 0x2011 || code === 0x2019) return false;
  }
  return true;
}

function isUpperAcronym(alias: string): boolean {
  const letters = alias.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
}

function addList(gaz: Gazetteer, list: string, type: GazetteerEntry['type'], subtype?: string): void {
  for (const rawLine of list.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const ambiguous = line.startsWith('~');
    const aliases = (ambiguous ? line.slice(1) : line).split('|');
    const entry: GazetteerEntry = { name: aliases[0], type, subtype, ambiguous: ambiguous || undefined };
    for (const alias of aliases) {
      const key = nameKey(alias);
      if (!key || gaz.names.has(key)) continue;
      gaz.names.set(key, entry);
      const words = key.split(' ');
      gaz.firstWords.add(words[0]);
      if (words.length > 1) gaz.longFirstWords.add(words[0]);
      if (isUpperAcronym(alias)) gaz.upperOnly.add(key);
      gaz.maxWords = Math.max(gaz.maxWords, words.length);
    }
  }
}

let built: Gazetteer | undefined;

/** The shared gazetteer (built on first use). Earlier lists win when two hold the same name. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const gaz: Gazetteer = { names: new Map(), upperOnly: new Set(), demonyms: new Map(), adjectives: new Map(), firstWords: new Set(),
    longFirstWords: new Set(), maxWords: 1,
  };
  addList(gaz, PLATFORMS, 'organization', 'platform');
  addList(gaz, OUTLETS, 'organization', 'outlet');
  addList(gaz, COUNTRIES, 'place', 'country');
  addList(gaz, US_STATES, 'place', 'region');
  addList(gaz, CITIES, 'place', 'city');
  addList(gaz, REGIONS, 'place', 'region');
  addList(gaz, INTERNATIONAL, 'organization');
  addList(gaz, COMPANIES, 'organization', 'company');
  for (const line of DEMONYMS.split('\n')) {
    const parts = line.trim().split('|');
    const target = parts.length > 1 ? parts[parts.length - 1] : parts[0];
    for (const form of parts.length > 1 ? parts.slice(0, -1) : parts) gaz.demonyms.set(form.toLowerCase(), target);
    const place = gaz.names.get(nameKey(target));
    if (parts.length > 1 && place?.type === 'place') gaz.adjectives.set(parts[0].toLowerCase(), place);
  }
  built = gaz;
  return gaz;
}
