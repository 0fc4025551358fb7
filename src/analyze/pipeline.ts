// The analysis pipeline: the order of stages, written once and checked at construction.
import type { AnalyzedDoc, Doc } from '../model/index.js';
import type { AnalysisState, AnalyzeContext, Layer, Stage } from './types.js';
import { sentencesStage } from './sentences/split.js';
import { entitiesStage } from './entities/index.js';
import { quotesStage } from './quotes/index.js';
import { timesStage } from './time/stage.js';
import { numbersStage } from './numbers/stage.js';
import { languageStage, type LanguageNotes } from './language/index.js';

/** The default order of stages. Later issues append entities, quotes, times, numbers. */
export const DEFAULT_STAGES: Stage[] = [languageStage, sentencesStage, entitiesStage, quotesStage, timesStage, numbersStage];

/** Checks that every stage's requirements are provided by an earlier stage. */
export function checkPipeline(stages: Stage[]): Stage[] {
  const have = new Set<Layer>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) throw new Error(`pipeline: stage "${stage.name}" requires "${need}", which no earlier stage provides`);
    }
    stage.provides.forEach((layer) => have.add(layer));
  }
  return stages;
}

export function newState(doc: Doc): AnalysisState {
  return {
    doc, tokens: [], sentences: [], sentenceTokens: [], entities: [], quotes: [], times: [], numbers: [],
    citations: [], diagnostics: [], notes: {},
  };
}

/** Runs the pipeline over one document. Never throws for odd input: a failing stage becomes a diagnostic. */
export function runPipeline(doc: Doc, ctx: AnalyzeContext, stages: Stage[] = DEFAULT_STAGES): { doc: AnalyzedDoc; state: AnalysisState } {
  return runPipelineBatch([doc], () => ctx, stages)[0];
}

/**
 * Runs the pipeline over several documents stage by stage: every document through one stage, then the next. The
 * results are exactly those of `runPipeline` per document; a stage's code and tables stay warm across the batch,
 * which makes small articles ~15% cheaper (BENCHMARKS.md). `ctxFor(i)` gives document i's context.
 */
export function runPipelineBatch(docs: Doc[], ctxFor: (index: number) => AnalyzeContext, stages: Stage[] = DEFAULT_STAGES): { doc: AnalyzedDoc; state: AnalysisState }[] {
  const states = docs.map((doc) => newState(doc));
  const contexts = docs.map((_, i) => ctxFor(i));
  for (const stage of stages) {
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      // Text in a language the English-only stages cannot read is reported, not analyzed as English.
      if ((state.notes as LanguageNotes).notAnalyzed) continue;
      runStage(stage, state, contexts[i]);
    }
  }
  return states.map((state) => ({ doc: analyzedDoc(state), state }));
}

/** Runs one stage over one document; a throwing stage becomes a diagnostic. */
function runStage(stage: Stage, state: AnalysisState, ctx: AnalyzeContext): void {
  // Profiling aid: with `ctx.options.timings` an object, each stage's milliseconds are added to it by name (no output change).
  const timings = typeof ctx.options.timings === 'object' && ctx.options.timings !== null ? ctx.options.timings as Record<string, number> : undefined;
  const started = timings ? performance.now() : 0;
  try {
    stage.run(state, ctx);
  } catch (error) {
    state.diagnostics.push({ rule: `stage-failed:${stage.name}`, message: (error as Error).message });
  }
  if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - started;
}

/** The serialisable result of a finished state. */
function analyzedDoc(state: AnalysisState): AnalyzedDoc {
  const analyzed: AnalyzedDoc = {
    ...state.doc,
    sentences: state.sentences,
    entities: state.entities,
    quotes: state.quotes,
    times: state.times,
    numbers: state.numbers,
    citations: state.citations,
  };
  const language = (state.notes as LanguageNotes).language;
  if (language && language.code !== 'und') analyzed.language = language.code;
  if (state.diagnostics.length) analyzed.diagnostics = state.diagnostics;
  return analyzed;
}

checkPipeline(DEFAULT_STAGES);
