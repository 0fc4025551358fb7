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
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
    if (letters >= MIN_LETTERS) return true;
  }
  return letters >= MIN_OTHER_SCRIPT_LETTERS && latin * 2 < letters;
}

/** Guesses the language of a text. Never throws; short or unclear text is 'und' and counts as English. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = sampleText(text);
  if (!enoughLetters(sample)) return { code: 'und', name: 'unknown', english: true, margin: 0 };
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
  if (english >= ENGLISH_FLOOR) return { code: 'eng', name: 'English', english: true, margin: 0 };
  return { code: top, name: languageName(top), english: false, margin: Number((1 - english).toFixed(2)) };
}
