// Types internal to the quotes stage: quoted segments, speaker references and statements before they become Quotes.
import type { Quote } from '../../model/index.js';

/** A mention as the entity layer hands it over (state.notes.mentions); only these fields are relied on. */
export type MentionLike = {
  start: number;
  end: number;
  entity: string;
  type: string;
  link?: string;
  sentence: number;
};

/** One stretch of text between a pair of quotation marks (the marks excluded). */
export type QuotedSegment = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the paragraph when the quote is left open there. */
  close: number;
  /** Inner range, marks excluded. */
  start: number;
  end: number;
  mark: 'double' | 'single';
  closed: boolean;
  /** Index of the segment this one continues (a new paragraph opening with a mark while the quote was open). */
  continues?: number;
};

/** Who a frame names as the speaker, before pronoun and adjacency resolution. */
export type SpeakerRef =
  | { kind: 'mention'; mention: MentionLike }
  | { kind: 'pronoun'; start: number; end: number; pronoun: string }
  | { kind: 'description'; start: number; end: number; entity?: string }
  | { kind: 'none' };

/** A cue verb found in a frame with the speaker it names. */
export type Attribution = {
  cue: string;
  /** Token index of the cue. */
  cueToken: number;
  speaker: SpeakerRef;
  channel?: string;
};

/** A statement on its way to becoming a Quote: resolved in text order so pronouns can look back. */
export type Statement = {
  kind: Quote['kind'];
  start: number;
  end: number;
  sentence: number;
  attribution?: Attribution;
  /** Inherit the speaker of this earlier statement (interrupted or multi-paragraph quote pieces). */
  follows?: number;
  /** For partial quotes: inherit the speaker of the statement holding them. */
  within?: number;
  /** True when the frame was looked for and not found: the previous speaker may be carried over. */
  adjacentOk?: boolean;
  /** Resolved fields. */
  speaker?: string;
  speakerName?: string;
  how?: 'explicit' | 'surname' | 'pronoun' | 'description' | 'adjacent';
};
