// The JSON report (version 1): the public contract of compare, the API and the web page.
import { z } from 'zod';
import { SpanSchema } from './span.js';
import { DocSchema, EntitySchema, QuoteSchema, TimeSchema } from './document.js';

export const FindingKindSchema = z.enum(['conflict', 'corroborated', 'single-source']);
export const FindingTypeSchema = z.enum(['attribution', 'descriptor', 'time', 'number', 'negation', 'wording']);

export const EvidenceSchema = z.object({
  span: SpanSchema,
  speaker: z.string().optional(),
  value: z.string().optional().describe('normalized value'),
  citedOutlet: z.string().optional().describe('the article says this came from that outlet: second-hand sourcing'),
});

export const FindingSchema = z.object({
  id: z.string(),
  kind: FindingKindSchema,
  type: FindingTypeSchema.optional(),
  summary: z.string().describe('one readable sentence'),
  confidence: z.number().min(0).max(1),
  reason: z.string().optional(),
  evidence: z.array(EvidenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A report's document: the Doc plus, optionally, where its sentences lie (no text: offsets into `text`) and its times. */
export const ReportDocSchema = DocSchema.extend({
  label: z.string().optional().describe('the name summaries use for this document: outlet, staff credit or readable file name'),
  sentences: z.array(z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    paragraph: z.number().int().optional(),
    heading: z.boolean().optional(),
  })).optional().describe('sentence ranges as the analyzer split them: sentence numbers in findings count these'),
  times: z.array(TimeSchema).optional().describe('normalized time expressions, for timelines'),
});
export type ReportDoc = z.infer<typeof ReportDocSchema>;

export const ReportSchema = z.object({
  version: z.literal(1),
  documents: z.array(ReportDocSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  findings: z.array(FindingSchema).describe('conflicts first, then corroborated, then single-source'),
  summary: z.string().optional().describe('one or two readable sentences about the whole comparison'),
  related: z.boolean().optional().describe('false when the documents look like reports of different events'),
  copies: z.array(z.object({ doc: z.string(), source: z.string(), overlap: z.number().min(0).max(1) })).optional()
    .describe('near-verbatim copies: doc copies source; they count as one source'),
  omissions: z.array(z.object({ doc: z.string(), findings: z.array(z.string()) })).optional()
    .describe('for each document, the corroborated findings it leaves out'),
  anchors: z.array(z.object({ doc: z.string(), date: z.string(), from: z.string(), reason: z.string() })).optional()
    .describe('undated documents: the event date inherited from aligned claims in dated documents'),
});
export type Report = z.infer<typeof ReportSchema>;
