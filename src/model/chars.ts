// Character classes by UTF-16 code, for hot loops that would otherwise slice one-character strings or run a regex.

/** 0-9 (a regex `\d` without the u flag). */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A-Z or a-z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A-Z, a-z, 0-9 or _ (a regex `\w` without the u flag). */
export function isRegexWord(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 95;
}

/** What a regex `\s` matches (also what String.prototype.trim strips). */
export function isRegexSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
