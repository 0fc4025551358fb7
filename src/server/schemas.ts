// Zod schemas of the API's requests and responses: they validate bodies and queries and build the OpenAPI document.
import { z } from 'zod';
import { API_ERROR_CODES, ApiError } from './errors.js';

/** Most articles in one compare request and in one ingest request. */
export const MAX_COMPARE_ARTICLES = 50;
export const MAX_INGEST_ARTICLES = 100;
const MAX_FIELD = 2000;

export const ArticleInputSchema = z.object({
  text: z.string().optional().describe('plain article text (this or html)'),
  html: z.string().optional().describe('the article page as HTML (this or text)'),
  url: z.string().max(MAX_FIELD).optional().describe('where the article was published; stored articles are unique by URL'),
  outlet: z.string().max(MAX_FIELD).optional(),
  published: z.string().max(MAX_FIELD).optional().describe('publication date, ISO 8601 preferred'),
  title: z.string().max(MAX_FIELD).optional(),
  byline: z.string().max(MAX_FIELD).optional(),
}).refine((a) => a.text !== undefined || a.html !== undefined, { message: 'an article needs "text" or "html"' })
  ;

export const CompareRequestSchema = z.object({
  articles: z.array(ArticleInputSchema)
    .min(2, 'compare needs at least two articles')
    .max(MAX_COMPARE_ARTICLES, `compare takes at most ${MAX_COMPARE_ARTICLES} articles`),
});

const IngestBatchSchema = z.object({
  articles: z.array(ArticleInputSchema).min(1, 'send at least one article')
    .max(MAX_INGEST_ARTICLES, `at most ${MAX_INGEST_ARTICLES} articles per request`),
});

export const IngestRequestSchema = z.union([IngestBatchSchema, ArticleInputSchema]);

export const StorySummarySchema = z.object({
  id: z.number().int(),
  title: z.string().optional(),
  articles: z.number().int().describe('number of articles'),
  firstPublished: z.string().optional(),
  lastPublished: z.string().optional(),
  lastAdded: z.string().optional(),
  version: z.number().int().describe('bumped whenever the set of articles changes'),
  mergedInto: z.number().int().optional(),
});

export const ArticleSummarySchema = z.object({
  id: z.number().int(),
  source: z.string(),
  url: z.string().optional().describe('normalized URL'),
  outlet: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  addedAt: z.string().optional(),
});

export const StoryListSchema = z.object({ stories: z.array(StorySummarySchema) });
export const StoryDetailSchema = z.object({ story: StorySummarySchema, articles: z.array(ArticleSummarySchema) });

export const IngestResponseSchema = z.object({
  results: z.array(z.object({
    article: z.number().int(),
    story: z.number().int(),
    created: z.boolean().describe('false when the URL or the same text was already stored'),
    duplicate: z.boolean(),
    merged: z.array(z.number().int()).describe('stories folded into `story` by this article'),
  })),
});

export const HealthSchema = z.object({
  ok: z.boolean(), store: z.string(), schemaVersion: z.number().int(), articles: z.number().int(), writable: z.boolean(),
});

export const ErrorSchema = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES as [string, ...string[]]), message: z.string() }),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const StoryQuerySchema = z.object({
  q: z.string().max(200, 'q is at most 200 characters').optional(),
  since: z.string().regex(ISO_DATE, 'since must be an ISO 8601 date (YYYY-MM-DD)').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const REPORT_FORMATS = ['json', 'html', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const FormatQuerySchema = z.object({ format: z.enum(REPORT_FORMATS).default('json') });

/** "articles[1].text: expected string, received number": one readable line per problem. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
    return path ? `${path}: ${issue.message}` : issue.message;
  }).join('; ');
}

/** Validates a body or query; a mismatch is an E_INVALID error with a readable message. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new ApiError('E_INVALID', `invalid ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** A union's error lists every branch; an ingest body with "articles" is a batch, anything else one article. */
export function parseIngest(value: unknown): z.output<typeof ArticleInputSchema>[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'articles')) {
    return parseWith(IngestBatchSchema, value, 'body').articles;
  }
  return [parseWith(ArticleInputSchema, value, 'body')];
}
