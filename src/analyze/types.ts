// Internal analysis state passed through the pipeline stages; only its serialisable layers leave analyze.
import type { Citation, Diagnostic, Doc, Entity, NumberMention, Quote, Sentence, TimeExpression } from '../model/index.js';

/** One token of the cleaned text (wink-nlp), with character offsets. */
export type Token = {
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp: PROPN, NOUN, VERB, PUNCT, ... */
  pos: string;
  /** Lower-cased form. */
  lower: string;
  /** Index of the sentence holding it. */
  sentence: number;
};

export type AnalysisState = {
  doc: Doc;
  tokens: Token[];
  sentences: Sentence[];
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: [number, number][];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  numbers: NumberMention[];
  citations: Citation[];
  diagnostics: Diagnostic[];
  /** Scratch space stages may share with later ones (e.g. coreference links); never serialised. */
  notes: Record<string, unknown>;
};

/** Everything from outside a stage reads comes through here: no stage reads the clock. */
export type AnalyzeContext = {
  /** ISO date the article was published, when known; relative times anchor on it. */
  published?: string;
  options: Record<string, unknown>;
};

export type Layer = 'tokens' | 'sentences' | 'entities' | 'quotes' | 'times' | 'numbers' | 'citations' | 'coref';

export type Stage = {
  name: string;
  requires: Layer[];
  provides: Layer[];
  run(state: AnalysisState, ctx: AnalyzeContext): void;
};
