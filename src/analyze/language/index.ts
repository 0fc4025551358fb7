// Language identification: the stage and the detector it uses.
export { languageStage, languageNotices, type LanguageNotes } from './stage.js';
export { detectLanguage, languageName, sampleText, MIN_LETTERS, type LanguageGuess } from './detect.js';
