// Language identification (franc-min trigrams) over a bounded sample of the text, with a conservative call on English.
import { rankLanguages } from './trigram-rank.js';

export type LanguageGuess = {
  /** ISO 639-3 code ('eng', 'urd', ...), or 'und' when the text is too short or too mixed to tell. */
  code: string;
  /** English name of the language ('Urdu'), or 'unknown'. */
  name: string;
  /** True when the analysis (English-only) should run: English, or too little text to tell. */
  english: boolean;
  /** How far ahead the best guess is of English (0..1; 0 when English is the best guess). */
  margin: number;
};

/** Fewer letters than this: no guess (short texts make trigram guesses wild). */
export const MIN_LETTERS = 100;
/** Text mostly in a non-Latin script says more per letter (a Han character is a word): a third as many suffice. */
const MIN_OTHER_SCRIPT_LETTERS = 34;
/** Characters sampled from the start, middle and end of long texts: identification stays O(1) in the text length. */
const WINDOW = 1000;
/** A non-English best guess counts only when English scores below this (franc scores are relative, best = 1). */
const ENGLISH_FLOOR = 0.85;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Very common English words that are rare as words in the other Latin-script languages franc knows ("a", "die",
 * "was", "so", "also", "will", "at", "do", "no", "to"-like words of other languages left out where they are common).
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'to', 'that', 'with', 'for', 'this', 'from', 'which', 'they', 'have', 'has', 'had', 'were', 'been',
  'said', 'would', 'their', 'there', 'what', 'when', 'who', 'his', 'she', 'he', 'it', 'its', 'not', 'are', 'but', 'or',
  'you', 'about', 'after', 'more', 'than', 'could', 'our', 'if', 'into', 'out', 'up', 'these', 'them', 'him', 'such',
  'other', 'only', 'should', 'because', 'while', 'just', 'some', 'then', 'where', 'how', 'being', 'did', 'told', 'those',
  'any', 'many', 'your', 'very', 'why', 'was', 'by', 'on', 'is', 'in', 'as', 'at', 'be', 'an',
]);
/**
 * ENGLISH_FUNCTION_WORDS as a trie over a-z, walked while the words are scanned (no substring per word):
 * `FUNCTION_TRIE[node * 26 + letter]` is the next node (0: none), `FUNCTION_WORD_END[node]` is 1 where a word ends.
 */
const { FUNCTION_TRIE, FUNCTION_WORD_END } = buildTrie(ENGLISH_FUNCTION_WORDS);

function buildTrie(words: Set<string>): { FUNCTION_TRIE: Int32Array; FUNCTION_WORD_END: Uint8Array } {
  let size = 1;
  for (const word of words) size += word.length;
  const next = new Int32Array(size * 26);
  const end = new Uint8Array(size);
  let nodes = 1;
  for (const word of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot];
    }
    end[node] = 1;
  }
  return { FUNCTION_TRIE: next, FUNCTION_WORD_END: end };
}
/** The fast path reads what franc reads: the first 2048 UTF-16 units of the sample. */
const FAST_SCAN = 2048;
/** The fast path needs this many words ... */
const FAST_MIN_WORDS = 40;
/**
 * ... and this share of them in ENGLISH_FUNCTION_WORDS. English news scores ~0.35 (121 of the 125 bench articles
 * pass); the other languages of the tests score at most 0.05, code-mixed text at most ~0.17, and no mix of English
 * and other sentences that the trigram guess calls non-English scores over ~0.19 (english-fast-path.test.ts).
 */
const FAST_MIN_SHARE = 0.28;
/** Under this share of function words, a text is not English prose (other languages score at most ~0.05). */
const RARE_SHARE = 0.08;

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  if (code === 'und') return 'unknown';
  try {
    const name = NAMES.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** The text franc reads: three windows of a long text, cut on code-point boundaries. */
export function sampleText(text: string): string {
  if (text.length <= 3 * WINDOW) return text;
  const cut = (from: number) => {
    let start = from;
    let end = from + WINDOW;
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start++;
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
    return text.slice(start, end);
  };
  const middle = Math.floor(text.length / 2 - WINDOW / 2);
  return [cut(0), cut(middle), cut(text.length - WINDOW)].join('\n');
}

/** True when the sample holds enough letters for a guess. */
function enoughLetters(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    // ASCII needs no regex: its letters are a-z and A-Z, all Latin.
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if (((code | 32) - 97) >>> 0 > 25) continue;
      letters++;
      latin++;
    } else {
      if (!LETTER.test(ch)) continue;
      letters++;
      if (LATIN.test(ch)) latin++;
    }
    if (letters >= MIN_LETTERS) return true;
  }
  return letters >= MIN_OTHER_SCRIPT_LETTERS && latin * 2 < letters;
}

/** Guesses the language of a text. Never throws; short or unclear text is 'und' and counts as English. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleText(text);
  if (!enoughLetters(sample)) return { code: 'und', name: 'unknown', english: true, margin: 0 };
  const stats = functionWordStats(sample);
  if (isClearlyEnglish(stats)) return { code: 'eng', name: 'English', english: true, margin: 0 };
  return guessByTrigrams(sample, isRarelyEnglish(stats));
}

type WordStats = { words: number; common: number; ascii: number; other: number };

/**
 * A cheap first look: Latin-script text of at least FAST_MIN_WORDS words, nearly all in ASCII letters, of which at
 * least FAST_MIN_SHARE are very common English function words, is English (what the trigram guess says of such text).
 */
export function clearlyEnglish(sample: string): boolean {
  return isClearlyEnglish(functionWordStats(sample));
}

function isClearlyEnglish({ words, common, ascii, other }: WordStats): boolean {
  return words >= FAST_MIN_WORDS && other * 20 <= ascii && common >= FAST_MIN_SHARE * words;
}

/**
 * Text of at least FAST_MIN_WORDS words of which under RARE_SHARE are English function words is not English prose,
 * however close its trigram score comes to English (Spanish or Dutch news of ~700 characters scores 0.85-0.91).
 */
export function rarelyEnglish(sample: string): boolean {
  return isRarelyEnglish(functionWordStats(sample));
}

function isRarelyEnglish({ words, common }: WordStats): boolean {
  return words >= FAST_MIN_WORDS && common < RARE_SHARE * words;
}

/** Counts words, English function words, ASCII letters and other letters in the first FAST_SCAN units. */
function functionWordStats(sample: string): WordStats {
  const end = Math.min(sample.length, FAST_SCAN);
  let words = 0;
  let common = 0;
  let ascii = 0;
  let other = 0;
  let inWord = false;
  // The trie node of the word so far; -1 once it can no longer be a function word (or holds a non-ASCII letter).
  let node = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? sample.charCodeAt(i) : 32;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      ascii++;
      inWord = true;
      if (node >= 0) node = FUNCTION_TRIE[node * 26 + lower - 97] || -1;
      continue;
    }
    // Not an ASCII letter: a letter of another alphabet (or half of a surrogate pair) joins the word and counts apart.
    if (c >= 0x80 && (c >= 0xd800 && c <= 0xdfff || LETTER.test(sample[i]))) {
      other++;
      inWord = true;
      node = -1;
      continue;
    }
    if (inWord) {
      words++;
      if (node > 0 && FUNCTION_WORD_END[node] === 1) common++;
      inWord = false;
    }
    node = 0;
  }
  return { words, common, ascii, other };
}

/** The trigram guess (franc-min's ranking) with a conservative call on English. */
export function guessByTrigrams(sample: string, notEnglishProse = false): LanguageGuess {
  let ranked: [string, number][];
  try {
    ranked = rankLanguages(sample, 10);
  } catch {
    return { code: 'und', name: 'unknown', english: true, margin: 0 };
  }
  const [top, best] = ranked[0] ?? ['und', 0];
  if (top === 'und' || best === 0) return { code: 'und', name: 'unknown', english: true, margin: 0 };
  if (top === 'eng') return { code: 'eng', name: 'English', english: true, margin: 0 };
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  // A close call between English and another language (names, quotes in another tongue) stays English.
  if (english >= ENGLISH_FLOOR && !notEnglishProse) return { code: 'eng', name: 'English', english: true, margin: 0 };
  return { code: top, name: languageName(top), english: false, margin: Number((1 - english).toFixed(2)) };
}
