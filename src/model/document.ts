// Doc and the analyzed-document layers: defined once with zod, types inferred from the schemas.
import { z } from 'zod';
import { SpanSchema } from './span.js';

export const RemovedSchema = z.object({
  text: z.string(),
  reason: z.string().describe('why it left the body: tts-notice, credit-line, share-prompt, ...'),
});

export const DocSchema = z.object({
  id: z.string(),
  source: z.string().describe('path or URL'),
  outlet: z.string().optional(),
  published: z.string().optional().describe('ISO 8601'),
  title: z.string().optional(),
  byline: z.string().optional(),
  contributors: z.array(z.string()),
  text: z.string().describe('cleaned body: all offsets index into it'),
  removed: z.array(RemovedSchema),
  headings: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional()
    .describe('ranges of text that are subheadings, not statements'),
  meta: z.record(z.string(), z.string()).optional().describe('where each metadata field came from'),
});
export type Doc = z.infer<typeof DocSchema>;
export type Removed = z.infer<typeof RemovedSchema>;

export const SentenceSchema = SpanSchema.extend({
  paragraph: z.number().int().describe('0-based paragraph index'),
  heading: z.boolean().optional().describe('a subheading or headline, not a statement'),
  quoteOpen: z.boolean().optional().describe('the sentence starts inside a quotation opened earlier'),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const MentionLinkSchema = z.enum(['explicit', 'surname', 'pronoun', 'description', 'partial']);

export const EntityMentionSchema = SpanSchema.extend({
  link: MentionLinkSchema.optional().describe('how this mention was tied to its entity'),
});

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'other']);

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string().describe('fullest form'),
  type: EntityTypeSchema,
  subtype: z.string().optional().describe('outlet, platform, country, ...'),
  mentions: z.array(EntityMentionSchema),
  descriptors: z.array(z.object({ doc: z.string(), text: z.string(), span: SpanSchema.optional() })),
});
export type Entity = z.infer<typeof EntitySchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  doc: z.string(),
  span: SpanSchema.describe('the quoted or reported words'),
  kind: z.enum(['direct', 'partial', 'reported', 'term']),
  speaker: z.string().optional().describe('entity id'),
  speakerName: z.string().optional(),
  cue: z.string().optional().describe('said, added, wrote, urged...'),
  attribution: z.string().optional().describe('explicit | surname | pronoun | description | adjacent'),
  channel: z.string().optional().describe('on X, in a Truth Social post, ...'),
  citedOutlet: z.string().optional().describe('outlet the article says this came from'),
  sentence: z.number().int().optional().describe('index of the sentence holding the quote'),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const TimeSchema = z.object({
  span: SpanSchema,
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().describe('TIMEX3 / ISO 8601: 2025-09-21, 2024-08, 2025-W38, P4Y, PRESENT_REF'),
  anchored: z.boolean().optional().describe('false when relative to an unknown publication date'),
  stated: z.array(z.string()).optional().describe('parts stated in the text: year, month, day, ...'),
  mod: z.string().optional().describe('TIMEX3 mod: BEFORE ("more than two years ago"), AFTER, APPROX, MORE_THAN, LESS_THAN, START, MID, END'),
});
export type TimeExpression = z.infer<typeof TimeSchema>;

export const NumberSchema = z.object({
  span: SpanSchema,
  value: z.number(),
  unit: z.string().optional(),
});
export type NumberMention = z.infer<typeof NumberSchema>;

export const CitationSchema = z.object({
  span: SpanSchema,
  outlet: z.string(),
  cue: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const DiagnosticSchema = z.object({
  rule: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const AnalyzedDocSchema = DocSchema.extend({
  language: z.string().optional(),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  times: z.array(TimeSchema),
  numbers: z.array(NumberSchema),
  citations: z.array(CitationSchema).optional(),
  diagnostics: z.array(DiagnosticSchema).optional(),
});
export type AnalyzedDoc = z.infer<typeof AnalyzedDocSchema>;

export const AnalysisSchema = z.object({
  version: z.literal(1),
  documents: z.array(AnalyzedDocSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
