// The one wink-nlp instance (loading the model takes ~100 ms, so it is made once and shared).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

/**
 * Only the annotations analyze reads: sentence boundaries and POS tags. wink's NER, negation and sentiment are
 * not used and would cost about a quarter of `readDoc`; POS tags and sentences do not depend on them.
 */
const PIPE = ['sbd', 'pos'];

export function nlp(): WinkNLP {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
