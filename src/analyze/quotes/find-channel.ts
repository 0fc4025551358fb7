// Finds the channel a statement was made through: "on X", "in a Truth Social post", "during a speech broadcast by local media".

/** Words only: a flat character class, so the scan is linear (no regex backtracking over long words). */
const WORD_RE = /[\p{L}\p{N}\u2019'-]+|[^\s\p{L}\p{N}]/gu;

const INTRO: ReadonlySet<string> = new Set(['in', 'during', 'at', 'via', 'through']);
const FORMS: ReadonlySet<string> = new Set([
  'post', 'posts', 'statement', 'statements', 'interview', 'interviews', 'speech', 'address', 'video', 'letter',
  'conference', 'briefing', 'message', 'tweet', 'tweets', 'comments', 'remarks', 'broadcast', 'op-ed', 'email',
  'podcast', 'rally', 'appearance', 'conversation', 'call', 'meeting', 'session', 'hearing', 'sermon',
  'communiqu\u00e9', 'communique', 'announcement', 'filing', 'column', 'editorial', 'article', 'essay', 'blog',
]);
/** Platforms and media after "on": one word, or the first word of a known pair. */
const PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'facebook', 'telegram', 'instagram', 'tiktok', 'youtube', 'threads', 'bluesky', 'linkedin', 'weibo',
  'wechat', 'mastodon', 'reddit', 'television', 'radio',
]);
const PLATFORM_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['truth', new Set(['social'])], ['social', new Set(['media'])], ['state', new Set(['television', 'tv', 'radio', 'media'])],
  ['national', new Set(['television'])], ['his', new Set(['website', 'blog', 'account', 'channel', 'page'])],
  ['her', new Set(['website', 'blog', 'account', 'channel', 'page'])], ['its', new Set(['website', 'blog', 'account', 'channel', 'page'])],
  ['their', new Set(['website', 'blog', 'account', 'channel', 'page'])],
]);
const TAIL_VERBS: ReadonlySet<string> = new Set(['broadcast', 'published', 'aired', 'posted', 'carried', 'shown', 'streamed', 'shared', 'released', 'televised', 'reported']);
const TAIL_PREPS: ReadonlySet<string> = new Set(['by', 'on', 'in']);
const TAIL_STOPS: ReadonlySet<string> = new Set([
  'cited', 'quoted', 'on', 'in', 'that', 'and', 'as', 'after', 'before', 'when', 'while', 'during', 'at', 'to', 'for',
  'with', 'about', 'according', 'said', 'says', 'told', 'reported', 'late', 'early', 'last', 'this',
]);
const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MAX_MODIFIERS = 4;
/** Prepositions that can open a channel phrase; a channel never runs longer than WINDOW characters. */
const INTRO_RE = /\b(?:in|during|at|via|through|on)\s/gi;
const WINDOW = 140;

export type Channel = { text: string; start: number; end: number };

type Word = { text: string; lower: string; start: number; end: number };

/** The words of a window, split only as far as they are asked for: most windows are turned down after a few. */
type Words = { text: string; list: Word[]; lastIndex: number; done: boolean };

function wordAt(ws: Words, k: number): Word | undefined {
  while (ws.list.length <= k && !ws.done) {
    WORD_RE.lastIndex = ws.lastIndex;
    const m = WORD_RE.exec(ws.text);
    if (m === null) {
      ws.done = true;
      break;
    }
    ws.lastIndex = WORD_RE.lastIndex;
    ws.list.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return ws.list[k];
}

const LETTER_START_RE = /^[\p{L}\p{N}]/u;

/** Whether a word starts with a letter or digit (ASCII told apart without the Unicode regex). */
function isWord(w: Word | undefined): boolean {
  if (w === undefined) return false;
  const c = w.text.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_START_RE.test(w.text);
}

/** "broadcast by Afghan media", "with The Daily Ledger", "on X": up to four words, ended by a stop word or punctuation. */
function tailEnd(ws: Words, i: number): number {
  let k = i;
  if (TAIL_VERBS.has(wordAt(ws, k)?.lower as string) && TAIL_PREPS.has(wordAt(ws, k + 1)?.lower as string)) k += 2;
  else if (wordAt(ws, k)?.lower === 'with' || wordAt(ws, k)?.lower === 'to' || wordAt(ws, k)?.lower === 'on') k += 1;
  else return -1;
  if (wordAt(ws, i)!.lower === 'on' && WEEKDAYS.has(wordAt(ws, k)?.lower as string)) return -1;
  const first = k;
  while (k - first < 4 && isWord(wordAt(ws, k)) && (k === first || !TAIL_STOPS.has(wordAt(ws, k)!.lower))) k++;
  return k > first ? k : -1;
}

/** A channel phrase starting at word 0 of `ws`, as the index one past its last word, or -1. */
function channelAt(ws: Words): number {
  const w = wordAt(ws, 0)!;
  let end = -1;
  if (INTRO.has(w.lower)) {
    // "in a Truth Social post", "during a speech", "at a news conference": a form word within four modifiers.
    for (let k = 1; k <= MAX_MODIFIERS + 2 && isWord(wordAt(ws, k)); k++) {
      if (FORMS.has(wordAt(ws, k)!.lower)) {
        end = k + 1;
        break;
      }
    }
  } else if (w.lower === 'on' || w.lower === 'via') {
    const next = wordAt(ws, 1);
    if (next && PLATFORMS.has(next.lower) && (next.lower !== 'x' || next.text === 'X')) end = 2;
    else if (next && PLATFORM_PAIRS.get(next.lower)?.has(wordAt(ws, 2)?.lower ?? '')) end = 3;
  }
  if (end < 0) return -1;
  const tail = tailEnd(ws, end);
  return tail > 0 ? tail : end;
}

/**
 * The first channel phrase in `text` (a frame), with offsets relative to `base`. Only the few characters after
 * each preposition are split into words, so long frames cost one pass of a simple regex.
 */
export function findChannel(text: string, base = 0): Channel | undefined {
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) {
    const ws: Words = { text: text.slice(m.index, m.index + WINDOW), list: [], lastIndex: 0, done: false };
    const end = channelAt(ws);
    if (end < 0) continue;
    const last = wordAt(ws, end - 1)!;
    return { text: text.slice(m.index, m.index + last.end), start: base + m.index, end: base + m.index + last.end };
  }
  return undefined;
}
