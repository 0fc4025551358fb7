// ESLint as a regex gate only: every regular expression in src/ is checked for super-linear backtracking and regex mistakes.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

/** Rules that guard against ReDoS and patterns that silently match something other than intended. */
const REGEX_RULES = {
  'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
  'regexp/no-super-linear-move': ['error', { report: 'certain', ignoreSticky: true, ignorePartial: true }],
  'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
  'regexp/no-dupe-disjunctions': ['error', { report: 'trivial', reportExponentialBacktracking: 'potential', reportUnreachable: 'certain' }],
  'regexp/no-invalid-regexp': 'error',
  'regexp/no-contradiction-with-assertion': 'error',
  'regexp/no-empty-character-class': 'error',
  'regexp/no-useless-backreference': 'error',
  'regexp/no-potentially-useless-backreference': 'error',
  'regexp/no-optional-assertion': 'error',
  'regexp/no-misleading-unicode-character': 'error',
  'regexp/no-trivially-nested-quantifier': 'error',
  'regexp/no-zero-quantifier': 'error',
  'regexp/no-lazy-ends': 'error',
  'regexp/no-escape-backspace': 'error',
  'regexp/no-dupe-characters-character-class': 'error',
  'regexp/no-obscure-range': 'error',
  'regexp/no-useless-dollar-replacements': 'error',
};

export default [
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'examples/**', 'test/**', 'scripts/**', 'schema/**', 'src/server/web/**/*.js'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    // Inline disable comments are ignored: the only way past the gate is scripts/regex-allow.json, with a reason.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    rules: REGEX_RULES,
  },
];
