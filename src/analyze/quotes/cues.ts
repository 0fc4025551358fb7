// Word lists for attribution: speech cue verbs, continuation cues, pronouns, outlet and work-title hints.

const SPEECH_STEMS = [
  'say', 'said', 'says', 'saying',
  'add', 'added', 'adds', 'adding',
  'insist', 'insisted', 'insists', 'insisting',
  'write', 'wrote', 'writes', 'writing', 'written',
  'urge', 'urged', 'urges', 'urging',
  'claim', 'claimed', 'claims', 'claiming',
  'tell', 'told', 'tells', 'telling',
  'state', 'stated', 'states', 'stating',
  'note', 'noted', 'notes', 'noting',
  'answer', 'answered', 'answers',
  'reply', 'replied', 'replies',
  'respond', 'responded', 'responds',
  'ask', 'asked', 'asks',
  'explain', 'explained', 'explains', 'explaining',
  'warn', 'warned', 'warns', 'warning',
  'argue', 'argued', 'argues', 'arguing',
  'declare', 'declared', 'declares',
  'continue', 'continued', 'continues',
  'post', 'posted', 'posts',
  'tweet', 'tweeted', 'tweets',
  'remark', 'remarked',
  'recall', 'recalled', 'recalls',
  'acknowledge', 'acknowledged', 'acknowledges',
  'announce', 'announced', 'announces',
  'admit', 'admitted', 'admits',
  'concede', 'conceded', 'concedes',
  'comment', 'commented',
  'demand', 'demanded', 'demands',
  'vow', 'vowed', 'vows',
  'pledge', 'pledged', 'pledges',
  'promise', 'promised', 'promises',
  'suggest', 'suggested', 'suggests',
  'stress', 'stressed', 'stresses',
  'emphasise', 'emphasised', 'emphasize', 'emphasized', 'emphasizes',
  'maintain', 'maintained', 'maintains',
  'assert', 'asserted', 'asserts',
  'allege', 'alleged', 'alleges',
  'contend', 'contended',
  'observe', 'observed',
  'predict', 'predicted', 'predicts',
  'caution', 'cautioned',
  'report', 'reported', 'reports', 'reporting',
  'hint', 'hinted', 'hints',
  'confirm', 'confirmed', 'confirms',
  'deny', 'denied', 'denies',
  'accuse', 'accused', 'accuses',
  'describe', 'described', 'describes',
  'call', 'called', 'calls',
  'reiterate', 'reiterated', 'reiterates',
  'mention', 'mentioned',
  'boast', 'boasted',
  'complain', 'complained',
  'testify', 'testified',
  'according',
  'cite', 'cited', 'cites',
  'quote', 'quoted', 'quotes',
];

/** Lower-cased cue forms. */
export const CUE_WORDS: ReadonlySet<string> = new Set(SPEECH_STEMS);

/**
 * (length, first letter, last letter) of every cue word, as a table: most tokens fail this check before any
 * string hashing. Lengths beyond MAX_KEY_LENGTH and non a-z letters never hold a cue word.
 */
const MAX_KEY_LENGTH = 15;
const CUE_KEYS = new Uint8Array((MAX_KEY_LENGTH + 1) * 26 * 26);

function cueKey(word: string): number {
  if (word.length === 0) return -1;
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(word.length - 1) - 97;
  if (word.length > MAX_KEY_LENGTH || first < 0 || first >= 26 || last < 0 || last >= 26) return -1;
  return (word.length * 26 + first) * 26 + last;
}

for (const word of CUE_WORDS) {
  const key = cueKey(word);
  if (key < 0) throw new Error(`cues: cue word "${word}" outside the key table`);
  CUE_KEYS[key] = 1;
}

/** A cheap necessary condition for isCue: the token's shape matches some cue word's. */
export function mayBeCue(lower: string): boolean {
  const key = cueKey(lower);
  return key >= 0 && CUE_KEYS[key] === 1;
}

/** Forms that are nouns as often as verbs: a cue only when wink tags them VERB. */
export const AMBIGUOUS_CUES: ReadonlySet<string> = new Set([
  'claim', 'claims', 'state', 'states', 'note', 'notes', 'post', 'posts', 'tweet', 'tweets', 'report', 'reports',
  'comment', 'demand', 'demands', 'pledge', 'pledges', 'promise', 'promises', 'stress', 'stresses', 'answer', 'answers',
  'reply', 'replies', 'warning', 'writing', 'call', 'calls', 'called', 'quote', 'quotes', 'vow', 'vows', 'cite',
  'remark', 'continue', 'continues', 'continued', 'observe', 'caution', 'denies', 'deny', 'admit', 'recall', 'recalls',
  'state', 'described', 'describe', 'describes', 'mention', 'confirm', 'accuse', 'hint', 'hints', 'complain',
]);

/** Cues that frame a direct quote but never introduce reported speech on their own. */
export const FRAME_ONLY_CUES: ReadonlySet<string> = new Set([
  'ask', 'asked', 'asks', 'declare', 'declared', 'declares', 'continue', 'continued', 'continues', 'called', 'call', 'calls', 'describe', 'described',
  'describes', 'quote', 'quoted', 'quotes', 'cite', 'cited', 'cites', 'accuse', 'accused', 'accuses', 'deny', 'denied',
  'denies', 'confirm', 'confirmed', 'confirms', 'comment', 'commented', 'boast', 'boasted', 'complain', 'complained',
  'announce', 'announced', 'announces', 'post', 'posted', 'posts', 'writing', 'written', 'mention', 'mentioned',
  'recall', 'recalled', 'recalls', 'observe', 'observed', 'testify', 'testified',
]);

/** Cues saying the speaker goes on: a pronoun with them prefers whoever spoke last. */
export const CONTINUATION_CUES: ReadonlySet<string> = new Set([
  'add', 'added', 'adds', 'adding', 'continued', 'continues', 'insisted', 'insists', 'reiterated', 'reiterates',
  'stressed', 'stresses', 'went',
]);

/** Cue forms whose subject is the clause's subject, not a noun phrase right before them. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(['saying', 'adding', 'insisting', 'writing', 'telling', 'urging', 'claiming', 'noting', 'stating', 'explaining', 'arguing', 'warning', 'reporting']);

/** Outlets cite; people speak. Cues that mean "an outlet carried this". */
export const CITATION_CUES: ReadonlySet<string> = new Set([
  'reported', 'reports', 'reporting', 'report', 'said', 'says', 'noted', 'notes', 'added', 'adds', 'cited', 'quoted',
  'according', 'wrote', 'writes', 'told', 'stated', 'claimed', 'confirmed', 'announced',
]);

export type Gender = 'male' | 'female' | 'plural' | 'neuter';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'],
]);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'declined', 'refused']);

/** Adverbs and auxiliaries that can sit between a speaker and the cue: "X has also repeatedly said". */
export const BETWEEN_SPEAKER_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'further', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will',
  'had', 'once', 'previously', 'earlier', 'repeatedly', 'recently', 'separately', 'reportedly', 'publicly',
  'privately', 'similarly', 'likewise', 'subsequently', 'since', 'often', 'frequently', 'initially', 'already',
  'told', 'had',
]);

/** Nouns that introduce a title of a work: a quoted title after them is no quote. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'book', 'film', 'movie', 'song', 'album', 'novel', 'documentary', 'show', 'series', 'play', 'poem', 'essay', 'op-ed',
  'column', 'article', 'titled', 'entitled', 'headlined', 'episode', 'podcast', 'memoir', 'programme', 'program',
  'exhibition', 'painting', 'opera', 'musical', 'single', 'track', 'campaign', 'operation', 'hashtag',
]);

/** Words that, in a speaker's noun phrase, say it is a news outlet. */
export const OUTLET_WORDS_RE = /\b(?:news|agency|press|times|post|journal|herald|tribune|gazette|daily|telegraph|guardian|observer|chronicle|reuters|afp|ap|bbc|cnn|tv|television|radio|broadcaster|network|channel|newspaper|magazine|outlet|media|wire|report|dispatch|bulletin)\b/i;

/** Descriptions that point back to the last cited outlet: "the report added", "the newspaper said". */
export const BACK_REFERENCE_OUTLET_NOUNS: ReadonlySet<string> = new Set([
  'report', 'newspaper', 'agency', 'outlet', 'broadcaster', 'paper', 'channel', 'network', 'daily', 'magazine', 'article', 'station', 'wire',
]);
