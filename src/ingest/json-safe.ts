// JSON parsing for untrusted input: nesting checked by a linear pre-scan, prototype keys dropped.

/** Records and JSON-LD never need more nesting than this; deeper input is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** The deepest nesting of arrays/objects in JSON text, outside strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++;
      else if (code === 34) inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 || code === 91) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 125 || code === 93) {
      depth--;
    }
  }
  return deepest;
}

/** Parses JSON text with a nesting cap; keys that could reach a prototype are dropped. Never throws. */
export function parseJsonSafely(text: string, maxDepth = MAX_JSON_DEPTH): JsonResult {
  if (jsonDepth(text, maxDepth) > maxDepth) return { ok: false, error: `is nested deeper than ${maxDepth} levels` };
  try {
    // The reviver costs time, so it runs only when a prototype key could be present (escapes can spell one).
    const risky = text.includes('proto') || text.includes('constructor') || text.includes('\\u');
    const value = risky ? JSON.parse(text, (key, v) => (PROTO_KEYS.has(key) ? undefined : v)) : JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: `is not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
}
