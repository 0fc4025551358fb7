// The wink-nlp instances (loading the model takes ~100 ms, so each is made once, on first use, and shared).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let full: WinkNLP | undefined;
let lite: WinkNLP | undefined;

/** wink-nlp with its default pipeline (sentences, POS, NER, negation, sentiment, custom entities). */
export function nlp(): WinkNLP {
  full ??= winkNLP(model);
  return full;
}

/**
 * wink-nlp with only the annotations analyze reads: sentence boundaries and POS tags. NER, negation and sentiment
 * would cost about a quarter of `readDoc`; wink computes sentences and POS tags without them (same tokens, tags and
 * sentences as the default pipeline).
 */
export function tagger(): WinkNLP {
  lite ??= winkNLP(model, ['sbd', 'pos']);
  return lite;
}
