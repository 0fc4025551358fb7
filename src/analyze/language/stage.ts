// Language stage: first in the pipeline; text that is not English is reported and not analyzed as English.
import type { Stage } from '../types.js';
import { detectLanguage, type LanguageGuess } from './detect.js';

/** Set in `state.notes` by this stage; a pipeline that sees `notAnalyzed` stops after it. */
export type LanguageNotes = { language?: LanguageGuess; notAnalyzed?: string };

export const languageStage: Stage = {
  name: 'language',
  requires: [],
  provides: [],
  run(state) {
    const guess = detectLanguage(state.doc.text);
    const notes = state.notes as LanguageNotes;
    notes.language = guess;
    if (!guess.english) {
      const message = `not analyzed: language looks like ${guess.name}`;
      notes.notAnalyzed = message;
      state.diagnostics.push({ rule: 'language', message });
    }
  },
};

/** One line per document left unanalyzed for its language, for a CLI to print: "SOURCE: not analyzed: ...". */
export function languageNotices(docs: { source: string; diagnostics?: { rule: string; message: string }[] }[]): string[] {
  return docs.flatMap((doc) => (doc.diagnostics ?? []).filter((d) => d.rule === 'language').map((d) => `${doc.source}: ${d.message}`));
}
