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
  const state = newState(doc);
  // Profiling aid: with `ctx.options.timings` an object, each stage's milliseconds are added to it by name (no output change).
  const timings = typeof ctx.options.timings === 'object' && ctx.options.timings !== null ? ctx.options.timings as Record<string, number> : undefined;
  for (const stage of stages) {
    const started = timings ? performance.now() : 0;
    try {
      stage.run(state, ctx);
    } catch (error) {
      state.diagnostics.push({ rule: `stage-failed:${stage.name}`, message: (error as Error).message });
    }
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - started;
    // Text in a language the English-only stages cannot read is reported, not analyzed as English.
    if ((state.notes as LanguageNotes).notAnalyzed) break;
  }
  const analyzed: AnalyzedDoc = {
    ...doc,
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
  return { doc: analyzed, state };
}

checkPipeline(DEFAULT_STAGES);
