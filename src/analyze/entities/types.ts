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

/** Bits of `Word.shape`. */
export const CAP = 1;
export const ALL_CAPS = 2;
export const INITIAL = 4;

/**
 * A word: one token, or several joined by hyphens without spaces ("al-Qaeda"), with cleaned edges. A document has
 * many words, so they are kept small: the three yes/no facts about the word's shape share one field.
 */
export class Word {
  // (Fields are declared, not defined, so each is written once, in the constructor.)
  declare readonly start: number;
  declare readonly end: number;
  /** Surface text (text.slice(start, end)); lower-cased for one-token words that do not start with a capital. */
  declare readonly text: string;
  /** Lower-cased surface text. */
  declare readonly lower: string;
  /** wink POS of the first token. */
  declare readonly pos: string;
  declare readonly sentence: number;
  /** CAP, ALL_CAPS and INITIAL bits. */
  declare readonly shape: number;
  /** Gazetteer look-up key (see `nameKey`), computed when first needed. */
  declare key: string | undefined;
  /** Which word lists hold `lower` (bits, see word-flags.ts); -1 until first asked. */
  declare flags: number;
  /**
   * Gazetteer look-ups of several words starting here: end word index -> entry, or null for none; null when no
   * gazetteer name starts with this word's key; undefined until the word's first look-up.
   */
  declare gazEnds: Map<number, GazetteerEntry | null> | null | undefined;

  constructor(start: number, end: number, text: string, lower: string, pos: string, sentence: number, shape: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.sentence = sentence;
    this.shape = shape;
    this.key = undefined;
    this.flags = -1;
    this.gazEnds = undefined;
  }

  /** Starts with a capital letter (or is a particle-prefixed capitalised name like "al-Qaeda"). */
  get cap(): boolean {
    return (this.shape & CAP) !== 0;
  }

  /** Letters all upper case, at least two of them. */
  get allCaps(): boolean {
    return (this.shape & ALL_CAPS) !== 0;
  }

  /** First word of its sentence, or first after an opening quote or a colon. */
  get initial(): boolean {
    return (this.shape & INITIAL) !== 0;
  }
}

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
