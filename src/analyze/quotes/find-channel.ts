// Finds the channel a statement was made through: "on X", "in a Truth Social post", "during a speech broadcast by local media".

const PLATFORMS = 'X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Threads|Bluesky|Truth Social|LinkedIn|Weibo|WeChat|Mastodon|Reddit|social media|state television|state TV|state radio|state media|national television|television|radio|(?:his|her|its|their) (?:website|blog|account|channel|page)';
const FORMS = 'posts?|statements?|interviews?|speech|address|video|letter|press conference|news conference|press briefing|briefing|message|tweets?|comments|remarks|broadcast|op-ed|email|podcast|rally|appearance|conversation|phone call|call|meeting|session|hearing|post on X|televised address|sermon|communiqu\u00e9|communique|announcement|filing';
/** "in a Truth Social post", "during a speech", "at a news conference", "on X". Bounded: at most four modifier words. */
const CHANNEL_RE = new RegExp(
  `\\b(?:(?:in|during|at|via|through) (?:an? |the |his |her |their |its |a recent |one )?(?:[\\w\u2019'-]+ ){0,4}?(?:${FORMS})\\b|(?:on|via) (?:${PLATFORMS})\\b)`,
);
/** Tail: "broadcast by Afghan media", "with The Daily Ledger", "published on Monday", up to a stop word or punctuation. */
const TAIL_RE = /^ (?:(?:broadcast|published|aired|posted|carried|shown|streamed|shared|released|televised|reported) (?:by|on|in)|with|to|on) ((?:[\w\u2019'-]+ ){0,3}?[\w\u2019'-]+)(?=[,.;:!?"\u201d)]|$| (?:cited|quoted|on|in|that|and|as|after|before|when|while|during|at|to|for|with|about|according|said|says|told|reported|late|early|last|this)\b)/;

export type Channel = { text: string; start: number; end: number };

/** The first channel phrase in `text` (a frame), with offsets relative to `base`. */
export function findChannel(text: string, base = 0): Channel | undefined {
  const m = CHANNEL_RE.exec(text);
  if (!m) return undefined;
  let end = m.index + m[0].length;
  const tail = TAIL_RE.exec(text.slice(end, end + 80));
  // "in an interview with X" and "broadcast by local media" belong to the channel; a bare date does not.
  if (tail && !/^ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(tail[0])) end += tail[0].length;
  return { text: text.slice(m.index, end), start: base + m.index, end: base + end };
}
