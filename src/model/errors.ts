// The error catalog: stable codes and one-line messages naming the input and the reason.
export const ERRORS = {
  E_NOT_FOUND: 'no such file or directory',
  E_EMPTY: 'input is empty',
  E_BINARY: 'looks like a binary file, not text',
  E_ENCODING: 'is not valid UTF-8',
  E_TOO_LARGE: 'input is larger than the limit',
  E_PARSE: 'could not be parsed',
  E_RECORD: 'record is missing text or html',
  E_USAGE: 'bad usage',
  E_DATE: 'is not a date',
  E_NO_INPUT: 'no input files',
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** An error about one input that the CLI prints on one line and exits 2 for. */
export class InputError extends Error {
  readonly code: ErrorCode;
  readonly input: string;
  readonly detail?: string;
  constructor(code: ErrorCode, input: string, detail?: string) {
    super(`${input}: ${detail ?? ERRORS[code]}`);
    this.name = 'InputError';
    this.code = code;
    this.input = input;
    this.detail = detail;
  }
}
