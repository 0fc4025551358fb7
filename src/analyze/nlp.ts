// The wink-nlp instances (loading the model takes ~55 ms, so each is made on first use and shared).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let full: WinkNLP | undefined;
let lite: WinkNLP | undefined;

/**
 * The model with its custom-entity meta model read once. wink-eng-lite-web-model 1.8's loader re-stringifies that
 * meta model on every call, so each new instance gets a longer string and one of the first ~20 fails with "Invalid
 * string length"; renewing the tagger (below) needs instances to be repeatable.
 */
const loadMetaCER = model.metaCER as unknown as () => unknown;
const META_CER = loadMetaCER();
const MODEL = Object.assign(Object.create(null), model, { metaCER: () => META_CER }) as typeof model;

/**
 * wink-nlp adds every word it has not seen before to its instance's lexicon for good (~300 bytes a word, measured),
 * so a process that analyzes a stream would grow without bound. After this many characters of text the tagger is
 * replaced by a fresh instance (same tokens, tags and sentences; ~55 ms, under 1% of analyzing that much text).
 */
export const TAGGER_RENEW_CHARS = 10_000_000;
let taggedChars = 0;

/** wink-nlp with its default pipeline (sentences, POS, NER, negation, sentiment, custom entities). */
export function nlp(): WinkNLP {
  full ??= winkNLP(MODEL);
  return full;
}

/**
 * wink-nlp with only the annotations analyze reads: sentence boundaries and POS tags. NER, negation and sentiment
 * would cost about a quarter of `readDoc`; wink computes sentences and POS tags without them (same tokens, tags and
 * sentences as the default pipeline). `chars` is the length of the text about to be read: it counts towards the
 * renewal above.
 */
export function tagger(chars = 0): WinkNLP {
  taggedChars += chars;
  if (lite === undefined || taggedChars > TAGGER_RENEW_CHARS) {
    lite = winkNLP(MODEL, ['sbd', 'pos']);
    taggedChars = chars;
  }
  return lite;
}

/** Replaces the tagger with a fresh instance now (tests; a caller that wants to drop the lexicon it grew). */
export function renewTagger(): void {
  lite = undefined;
  taggedChars = 0;
}
