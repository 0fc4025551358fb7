// Which word lists hold a lower-case word, as bits: one Map look-up answers what took one Set look-up per list.
import {
  GIVEN_NAMES, HONORIFICS, MONTHS, NEVER_NAMES, NOT_NAME_ACRONYMS, ORG_KEYWORDS, OTHER_KEYWORDS, PLACE_KEYWORDS, ROLE_FILLERS, ROLE_MODIFIERS,
  ROLES, SOFT_STARTERS, TITLE_WORDS, WEEKDAYS,
} from './data/words.js';
import type { Word } from './types.js';

export const NEVER = 1;
export const SOFT = 2;
export const NOT_ACRONYM = 4;
/** A month or a weekday. */
export const CALENDAR = 8;
export const TITLE = 16;
export const HONORIFIC = 32;
export const ORG_KEYWORD = 64;
export const PLACE_KEYWORD = 128;
export const OTHER_KEYWORD = 256;
export const ROLE = 512;
export const ROLE_MODIFIER = 1024;
export const ROLE_FILLER = 2048;
export const GIVEN_NAME = 4096;
/** A role head: says what someone is (a role that is not only a modifier, or "chief", "head", "deputy"). */
export const ROLE_HEAD = 8192;

export const KEYWORD = ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD;
/** A role, role modifier or role filler ("deputy foreign minister"). */
export const ROLE_WORD = ROLE | ROLE_MODIFIER | ROLE_FILLER;

const FLAGS = new Map<string, number>();
function mark(list: Iterable<string>, bit: number): void {
  for (const word of list) FLAGS.set(word, (FLAGS.get(word) ?? 0) | bit);
}
mark(NEVER_NAMES, NEVER);
mark(SOFT_STARTERS, SOFT);
mark(NOT_NAME_ACRONYMS, NOT_ACRONYM);
mark(MONTHS, CALENDAR);
mark(WEEKDAYS, CALENDAR);
mark(TITLE_WORDS, TITLE);
mark(HONORIFICS.keys(), HONORIFIC);
mark(ORG_KEYWORDS, ORG_KEYWORD);
mark(PLACE_KEYWORDS, PLACE_KEYWORD);
mark(OTHER_KEYWORDS, OTHER_KEYWORD);
mark(ROLES, ROLE);
mark(ROLE_MODIFIERS, ROLE_MODIFIER);
mark(ROLE_FILLERS, ROLE_FILLER);
mark(GIVEN_NAMES, GIVEN_NAME);
mark([...ROLES].filter((word) => !ROLE_MODIFIERS.has(word)), ROLE_HEAD);
mark(['chief', 'head', 'deputy'], ROLE_HEAD);

/** The list bits of a lower-case word (0 when no list holds it). */
export function listFlags(lower: string): number {
  return FLAGS.get(lower) ?? 0;
}

/** The list bits of a word, remembered on the word (the passes ask about the same words again and again). */
export function wordFlags(word: Word): number {
  if (word.flags < 0) word.flags = FLAGS.get(word.lower) ?? 0;
  return word.flags;
}
