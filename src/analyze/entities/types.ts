// Types shared by the entity stage's passes and exported to later stages (quotes): mention references and pieces.
import type { EntityType } from '../../model/index.js';

/** How a mention was tied to its entity. */
export type MentionLink = 'explicit' | 'surname' | 'partial' | 'description' | 'pronoun';

/** One mention of one entity, in text order in `state.notes.mentions`, for fast "which entity is here" look-ups. */
export type MentionRef = {
  start: number;
  end: number;
  /** Entity id (`${doc.id}-e${n}`). */
  entity: string;
  type: EntityType;
  link: MentionLink;
  /** Index of the sentence holding the mention. */
  sentence: number;
};

export type Gender = 'male' | 'female';

/** A word: one token, or several joined by hyphens without spaces ("al-Qaeda"), with cleaned edges. */
export type Word = {
  start: number;
  end: number;
  /** Surface text (text.slice(start, end)); lower-cased for one-token words that do not start with a capital. */
  text: string;
  /** Lower-cased surface text. */
  lower: string;
  /** wink POS of the first token. */
  pos: string;
  /** Starts with a capital letter (or is a particle-prefixed capitalised name like "al-Qaeda"). */
  cap: boolean;
  /** Letters all upper case, at least two of them. */
  allCaps: boolean;
  sentence: number;
  /** First word of its sentence, or first after an opening quote or a colon. */
  initial: boolean;
  /** Gazetteer look-up key (see `nameKey`), computed when first needed. */
  key?: string;
  /** Which word lists hold `lower` (bits, see word-flags.ts); -1 until first asked. */
  flags: number;
  /** Whether some gazetteer name starts with this word's key, computed on the word's first look-up. */
  gazStart?: boolean;
  /** Gazetteer look-ups of several words starting here: end word index -> entry, or null for none. */
  gazEnds?: Map<number, GazetteerEntry | null>;
};

export type GazetteerEntry = {
  name: string;
  type: EntityType;
  subtype?: string;
  /** A common word too: counts only away from the start of a sentence. */
  ambiguous?: boolean;
};

/** A candidate name found in the text: a run of capitalised words after splitting off titles. */
export type Piece = {
  /** Word indexes [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  kind: 'name' | 'title';
  type?: EntityType;
  subtype?: string;
  /** Canonical name from the gazetteer, when it matched. */
  canonical?: string;
  /** Why it got its type: gazetteer, keyword, title, given-name, context, ... */
  cue?: string;
  gender?: Gender;
  heading?: boolean;
  /** Type of a gazetteer name the piece starts with ("London" in "London Heathrow"). */
  prefixType?: EntityType;
};
