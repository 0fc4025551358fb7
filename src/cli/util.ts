// Small CLI helpers shared by commands: option parsing and the one-line error report.
import { InputError } from '../model/index.js';

/** Validates a --published value; accepts YYYY-MM-DD or a full ISO timestamp. */
export function parseDateOption(value: string | undefined, option = '--published'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InputError('E_DATE', option, `"${value}" is not a date (expected YYYY-MM-DD)`);
  }
  return value;
}

/**
 * Prints one line per bad input on stderr and sets exit code 2. When nothing usable is left, stops the
 * command: the first error is thrown so the process exits 2 without output.
 */
export function reportInputErrors(errors: InputError[], usable: number): void {
  for (const error of errors) process.stderr.write(`corroborate: ${error.message}\n`);
  if (errors.length) process.exitCode = 2;
  if (usable === 0) {
    if (errors.length) throw Object.assign(new InputError(errors[0].code, errors[0].input, errors[0].detail), { reported: true });
    throw new InputError('E_NO_INPUT', 'arguments');
  }
}
