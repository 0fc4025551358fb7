// Finds the token starting at or covering a character offset (binary search over the sorted token list).
import type { Token } from '../../types.js';

export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}
