// Text normalization for comparing articles: words, content-word stems, negation cues, name keys.

/** "U.S." and "U.K." lose their dots so they read as one word. */
const DOTTED_ABBREVIATION = /\b(?:\p{Lu}\.){2,}/gu;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
const APOSTROPHES = /[\u2019\u2018\u02bc`]/g;

/** Function words, reporting verbs and fillers: they say nothing about what a claim is about. */
export const STOPWORDS = new Set((
  'a an the and or but if then than so as of at by for from in into on onto to with without about over under after before ' +
  'since until while during through between among against per via up down out off again further once here there ' +
  'this that these those it its it\'s itself he him his himself she her hers herself they them their theirs themselves ' +
  'we us our ours ourselves you your yours yourself i me my mine myself who whom whose which what when where why how ' +
  'is are was were be been being am do does did doing done have has had having will would shall should can could may might must ' +
  'also just only very too more most much many some any each every all both few other such own same ' +
  'said says say saying told tell tells added adds add according reported reports report noted notes stated states claimed claims ' +
  'wrote writes asked ask answered insisted insists urged urges commented comments' +
  ' mr mrs ms dr that\'s there\'s we\'re they\'re you\'re i\'m we\'ve they\'ve i\'ve we\'ll they\'ll he\'s she\'s it\'ll ' +
  'now yet still even already ever well like including'
).split(/\s+/).filter(Boolean));

/** Words that deny or negate what a clause asserts. */
export const NEGATIONS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'deny', 'denied', 'denies', 'denying',
]);

/** Normalizes quote marks, apostrophes, dashes and ellipses so that the same words compare equal. */
export function normalizeMarks(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, ' - ');
}

/** Lower-cased words in order, with quote marks, punctuation and ellipses gone. */
export function words(text: string): string[] {
  const clean = normalizeMarks(text).replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, ''));
  const out: string[] = [];
  for (const m of clean.matchAll(WORD)) out.push(m[0].toLowerCase());
  return out;
}

/** True for a word that negates: "not", "never", "won't", "doesn't", "denied". */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** A light stem: plural and verb endings off, possessives off, so "rejects"/"rejected" and "bases"/"base" meet. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 5 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Content-word stems in order: no stopwords, no negations, no one-letter words. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w) || isNegation(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** How many negation cues a text holds. */
export function countNegations(text: string): number {
  let n = 0;
  for (const w of words(text)) if (isNegation(w)) n++;
  return n;
}

/** Strips diacritics: "Jalalý" -> "Jalaly". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A transliteration-tolerant key for one name token: lower-cased, diacritics off, y/i and the vowels
 * after the first letter dropped, doubled letters collapsed, q/k/c and ph/f merged. Jalaly and Jalali,
 * Mohammad and Muhammed, Qaeda and Qaida share a key.
 */
export function nameKey(token: string): string {
  const t = fold(token).toLowerCase().replace(/[^a-z]/g, '').replace(/ph/g, 'f').replace(/[qc]/g, 'k').replace(/y/g, 'i');
  if (!t) return '';
  const head = /[aeiou]/.test(t[0]) ? 'a' : t[0];
  let out = head;
  for (let i = 1; i < t.length; i++) {
    const ch = t[i];
    if ('aeiouhw'.includes(ch)) continue;
    if (out[out.length - 1] !== ch) out += ch;
  }
  return out;
}

/** Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** True when two name tokens are the same name, allowing transliteration variants. */
export function sameNameToken(a: string, b: string): boolean {
  const x = fold(a).toLowerCase();
  const y = fold(b).toLowerCase();
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  if (nameKey(x) === nameKey(y) && x[0] === y[0]) return true;
  return Math.min(x.length, y.length) >= 6 && x[0] === y[0] && editDistance(x, y, 1) <= 1;
}

/** Trims the characters `strip` accepts off one or both ends, in one linear pass (no backtracking regex). */
export function trimWhile(text: string, strip: (ch: string) => boolean, ends: 'both' | 'start' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (ends !== 'end') while (start < end && strip(text[start])) start++;
  if (ends !== 'start') while (end > start && strip(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Cuts a sentence to at most `max` words, with an ellipsis when cut. */
export function clip(text: string, max = 24): string {
  const parts = text.trim().split(/\s+/);
  if (parts.length <= max) return text.trim();
  return parts.slice(0, max).join(' ').replace(/[,;:]$/, '') + '\u2026';
}
