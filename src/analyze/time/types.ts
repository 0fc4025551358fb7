// What a time candidate means before normalization: parsers produce meanings, refiners edit them, normalize resolves them.

export type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'quarter' | 'decade' | 'weekend';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** TIMEX3 modifiers we emit: BEFORE/AFTER for points ("more than two years ago"), MORE_THAN/LESS_THAN for durations. */
export type Mod = 'BEFORE' | 'AFTER' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'START' | 'MID' | 'END';

/** Calendar parts stated in the text; missing parts are inferred from the publication date at normalization. */
export type CalendarMeaning = {
  kind: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday 1..7 (Monday..Sunday). */
  weekday?: number;
  hour?: number;
  minute?: number;
  /** "UTC"/"GMT" stated after a clock time. */
  utc?: boolean;
  part?: PartOfDay;
  season?: Season;
  quarter?: number;
  /** 1 or 2: the first or second half of a year (2009-H1). */
  half?: number;
  /** First three digits of a decade: 199 for the 1990s. */
  decade?: number;
  /** "last Sunday" (-1) / "next Tuesday" (+1): forces the direction and excludes the anchor day itself. */
  shift?: -1 | 1;
};

/** Relative to the anchor: "last week" = { unit: 'week', offset: -1 }; "August last year" adds month 8. */
export type RelativeMeaning = {
  kind: 'relative';
  unit: Unit;
  offset: number;
  month?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  part?: PartOfDay;
  hour?: number;
  minute?: number;
};

/** "two years ago": a past point at the unit's granularity. */
export type AgoMeaning = { kind: 'ago'; unit: Unit; amount: number };

export type DurationMeaning = { kind: 'duration'; value: string };
export type SetMeaning = { kind: 'set'; value: string };
export type RefMeaning = { kind: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' };

export type Meaning = CalendarMeaning | RelativeMeaning | AgoMeaning | DurationMeaning | SetMeaning | RefMeaning;

/** Which way from the anchor an incomplete date points; 'nearest' when the clause gives no tense cue. */
export type Direction = 'past' | 'future' | 'nearest';

/** One possible time expression, with offsets into the document text. */
export type TimeCandidate = {
  start: number;
  end: number;
  meaning: Meaning;
  /** Which parser or refiner made or last changed it (kept for debugging and the eval). */
  rule: string;
  /** For incomplete dates: which way from the anchor the reader should look. */
  direction?: Direction;
  mod?: Mod;
  /** Index of the sentence holding it. */
  sentence: number;
};

/** What a refiner sees besides the candidates: the text and the sentence's tokens. */
export type RefineContext = {
  text: string;
  tokens: import('../types.js').Token[];
  /** Token index range [first, last) of each sentence. */
  sentenceTokens: [number, number][];
};

/** A refine pass: list in, list out. */
export type Refiner = (candidates: TimeCandidate[], ctx: RefineContext) => TimeCandidate[];
