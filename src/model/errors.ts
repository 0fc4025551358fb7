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

/** Line breaks and other control characters in an input's name or a detail (a record's URL can hold any). */
const CONTROL_RUN = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
const oneLine = (text: string) => text.replace(CONTROL_RUN, ' ');

/** An error about one input that the CLI prints on one line and exits 2 for. */
export class InputError extends Error {
  readonly code: ErrorCode;
  readonly input: string;
  readonly detail?: string;
  constructor(code: ErrorCode, input: string, detail?: string) {
    super(oneLine(`${input}: ${detail ?? ERRORS[code]}`));
    this.name = 'InputError';
    this.code = code;
    this.input = input;
    this.detail = detail;
  }
}
