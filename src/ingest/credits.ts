// Credit lines and bylines: "X and Y contributed to this report", "Reporting by X; Editing by Y", "By Jane Roe".

/** "NAMES contributed (reporting) (to this report|story|article)". */
const CONTRIBUTED = /^\(?([^()]{1,240}?)\s+(?:also\s+)?contributed(?:\s+(?:additional\s+)?reporting)?(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article|coverage))?(?:\s+from\s+[^.()]{1,80})?\s*\.?\)?$/i;
/** The word every CONTRIBUTED line holds (a cheap gate before that pattern). */
const CONTRIBUTED_WORD = /contributed/i;
/** One part of "Reporting by X; Writing by Y; Editing by Z" (with optional "Additional" or "With"). */
const BY_PART = /^\(?(?:additional|further|with|and)?\s*(reporting|writing|research|compiled|reported|edited|editing|written|produced|graphics|photography)(?:\s+and\s+(?:writing|editing|reporting))?\s+(?:by|from)\s+(.{1,240}?)\s*\.?\)?$/i;
/** A byline line: "By Jane Roe", "Written by Jane Roe and John Doe", "By JANE ROE | Vellmark Courier". */
const BYLINE = /^(?:by|written by|words by|story by)\s+(.{2,160})$/i;
/** Roles before names: "Associated Press writers Jane Roe and John Doe". */
const ROLE_PREFIX = /^(?:[^,]{0,60}?\s)?(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?|producers?)\s+(?=[A-Z])/;
/** "Jane Roe in Kabul" or "Jane Roe from Doha": the place is not part of the name. */
// The look-behind starts the search only at the first of a run of spaces (otherwise each space restarts it: quadratic).
const PLACE_SUFFIX = /(?<!\s)\s+(?:in|from)\s+[A-Z][\p{L}.'\u2019 -]{0,40}$/u;
/** Separators between names; each part is trimmed where it is used. */
const NAME_SPLIT = /,|;|&|\band\b/;
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\p{M}'\u2019.-]*|of|the|de|da|del|der|la|le|van|von|bin|ibn|al|el|al-\p{L}+|el-\p{L}+)$/u;
/** Words that make a "By ..." line a sentence, not a byline ("By Tuesday ...", "By the end of ..."). */
const NOT_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|then|now|noon|midnight|that|this|law|contrast|comparison|far|mid|early|late|next|last|all|most|some|many|design)$/i;

/** Splits a list of names on commas, "and", "&" and semicolons; drops roles and places; null if any is not a name. */
export function splitNames(list: string): string[] | null {
  const names: string[] = [];
  for (const raw of list.replace(/\.$/, '').split(NAME_SPLIT)) {
    let name = raw.trim().replace(ROLE_PREFIX, '').replace(PLACE_SUFFIX, '').trim();
    if (name === '') continue;
    const words = name.split(/\s+/);
    if (words.length > 6) return null;
    if (!words.every((word) => NAME_WORD.test(word))) return null;
    if (NOT_NAME.test(words[0])) return null;
    names.push(name);
  }
  return names.length ? names : null;
}

/** Reads a credit line; returns the contributors it names, or null when the line is not a credit line. */
export function parseCreditLine(line: string): string[] | null {
  const text = line.trim();
  // Cheap gate: every credit line says "contributed" or "... by".
  if (text.length > 300 || !/contributed|\bby\b|\bfrom\b/i.test(text)) return null;
  const contributed = CONTRIBUTED_WORD.test(text) ? CONTRIBUTED.exec(text) : null;
  if (contributed) return splitNames(contributed[1]);
  const parts = text.split(/[;|]/).map((part) => part.trim());
  const names: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const m = BY_PART.exec(part);
    if (!m) return null;
    const found = splitNames(m[2]);
    if (!found) return null;
    // Editors and producers are credited but did not report the story.
    if (!/^(?:edited|editing|produced|graphics)$/i.test(m[1])) names.push(...found);
  }
  return parts.some((p) => p !== '') ? names : null;
}

/** Reads a byline line ("By Jane Roe and John Doe, Vellmark Courier"); returns the names part or null. */
export function parseBylineLine(line: string): string | null {
  // Byline lines are short; the length gate keeps every pattern below on bounded input.
  if (line.length > 300) return null;
  const m = BYLINE.exec(line.trim());
  if (!m) return null;
  // An affiliation after "|" or a dash, and a trailing date stamp, are not names.
  let names = m[1].split(/\s[|\u2013\u2014-]\s/)[0].trim();
  const stamp = /\s(?:published|updated|posted)\b/i.exec(names);
  if (stamp) names = names.slice(0, stamp.index).trim();
  if (names.split(/\s+/).length > 14) return null;
  const parsed = splitNames(names);
  if (!parsed) {
    // "By Jane Roe, Vellmark Courier": the last comma part may be an outlet; the rest must still be names.
    const cut = names.lastIndexOf(',');
    if (cut < 0 || !splitNames(names.slice(0, cut))) return null;
    return names.slice(0, cut).trim();
  }
  return names;
}
