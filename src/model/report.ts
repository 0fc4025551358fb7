// The JSON report (version 1): the public contract of compare, the API and the web page.
import { z } from 'zod';
import { SpanSchema } from './span.js';
import { DocSchema, EntitySchema, QuoteSchema } from './document.js';

export const FindingKindSchema = z.enum(['conflict', 'corroborated', 'single-source']);
export const FindingTypeSchema = z.enum(['attribution', 'descriptor', 'time', 'number', 'negation', 'wording']);

export const EvidenceSchema = z.object({
  span: SpanSchema,
  speaker: z.string().optional(),
  value: z.string().optional().describe('normalized value'),
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

export const ReportSchema = z.object({
  version: z.literal(1),
  documents: z.array(DocSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  findings: z.array(FindingSchema).describe('conflicts first, then corroborated, then single-source'),
});
export type Report = z.infer<typeof ReportSchema>;
