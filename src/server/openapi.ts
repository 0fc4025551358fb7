// The OpenAPI 3.1 document and the report's JSON Schema, built from the zod schemas (no generator plugin).
import { z } from 'zod';
import { ReportSchema } from '../model/index.js';
import {
  ArticleInputSchema, CompareRequestSchema, ErrorSchema, HealthSchema, IngestRequestSchema, IngestResponseSchema,
  MAX_COMPARE_ARTICLES, MAX_INGEST_ARTICLES, StoryDetailSchema, StoryListSchema, StoryQuerySchema,
} from './schemas.js';

const REF = (id: string) => `#/components/schemas/${id}`;

/** The report's JSON Schema, the same document `npm run schema` writes to schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return { $id: 'https://corroborate.dev/schema/report.json', title: 'corroborate report (version 1)', ...z.toJSONSchema(ReportSchema, { io: 'output' }) };
}

function components(entries: [string, z.ZodType][], io: 'input' | 'output'): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: REF, io });
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

function queryParameters(): { name: string; in: 'query'; required: false; schema: unknown; description?: string }[] {
  const json = z.toJSONSchema(StoryQuerySchema, { io: 'input' }) as { properties: Record<string, Record<string, unknown>> };
  const descriptions: Record<string, string> = {
    q: 'search by entity name or word: every word must match', since: 'only stories with news on or after this date', limit: 'most stories returned',
  };
  return Object.entries(json.properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema, description: descriptions[name] }));
}

const json = (ref: string) => ({ 'application/json': { schema: { $ref: REF(ref) } } });
const error = (description: string) => ({ description, content: json('Error') });
const ERRORS = {
  400: error('invalid body, query or article (E_BAD_JSON, E_PROTO, E_INVALID, E_RECORD, ...)'),
  429: error('rate limited (E_RATE_LIMITED); see Retry-After'),
};
const WRITE_ERRORS = { ...ERRORS, 401: error('missing or wrong bearer token (E_UNAUTHORIZED)'), 403: error('the server is read-only (E_READ_ONLY)'), 413: error('body over the limit (E_TOO_LARGE)') };
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

/** The whole API description; `bodyLimit` is stated in the write operations. */
export function openApiDocument(options: { bodyLimit: number; version: string }): Record<string, unknown> {
  const mb = (options.bodyLimit / 1048576).toFixed(1);
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version: options.version,
      description: 'Cross-check news reports of the same event: what they agree on, what only one says, where they conflict. '
        + 'Errors are `{ "error": { "code", "message" } }` with stable codes.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: {
        ...components([['ArticleInput', ArticleInputSchema], ['CompareRequest', CompareRequestSchema], ['IngestRequest', IngestRequestSchema]], 'input'),
        ...components([
          ['Report', ReportSchema], ['StoryList', StoryListSchema], ['StoryDetail', StoryDetailSchema], ['IngestResponse', IngestResponseSchema],
          ['Health', HealthSchema], ['Error', ErrorSchema],
        ], 'output'),
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token in CORROBORATE_TOKEN' } },
    },
    paths: {
      '/v1/compare': {
        post: {
          operationId: 'compare',
          summary: `Cross-check 2 to ${MAX_COMPARE_ARTICLES} articles; nothing is stored`,
          description: `Read-only (no token needed) but rate limited. Body at most ${mb} MB.`,
          parameters: [{ name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'html', 'md'], default: 'json' } }],
          requestBody: { required: true, content: json('CompareRequest') },
          responses: {
            200: { description: 'the report', content: { ...json('Report'), 'text/html': { schema: { type: 'string' } }, 'text/markdown': { schema: { type: 'string' } } } },
            ...ERRORS, 413: error('body over the limit (E_TOO_LARGE)'),
          },
        },
      },
      '/v1/articles': {
        post: {
          operationId: 'ingest',
          summary: `Store one article, or up to ${MAX_INGEST_ARTICLES} as {"articles": [...]}, and assign each to a story`,
          description: 'Idempotent by URL and by content. Every article is checked before any is stored.',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: json('IngestRequest') },
          responses: { 201: { description: 'where each article went', content: json('IngestResponse') }, ...WRITE_ERRORS },
        },
      },
      '/v1/stories': {
        get: {
          operationId: 'listStories', summary: 'Stories, newest first', parameters: queryParameters(),
          responses: { 200: { description: 'stories', content: json('StoryList') }, ...ERRORS },
        },
      },
      '/v1/stories/{id}': {
        get: {
          operationId: 'getStory', summary: 'A story and its articles (a merged-away id gives the story it joined)', parameters: [ID],
          responses: { 200: { description: 'the story', content: json('StoryDetail') }, 404: error('no such story (E_NOT_FOUND)') },
        },
      },
      '/v1/stories/{id}/report': {
        get: {
          operationId: 'getStoryReport', summary: "The story's cross-check report",
          parameters: [ID, { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'html', 'md'], default: 'json' } }],
          responses: {
            200: { description: 'the report', content: { ...json('Report'), 'text/html': { schema: { type: 'string' } }, 'text/markdown': { schema: { type: 'string' } } } },
            404: error('no such story (E_NOT_FOUND)'), ...ERRORS,
          },
        },
      },
      '/v1/healthz': { get: { operationId: 'health', summary: 'Liveness and store status', responses: { 200: { description: 'ok', content: json('Health') } } } },
      '/openapi.json': { get: { operationId: 'openapi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/schema/report.json': { get: { operationId: 'reportSchema', summary: "The report's JSON Schema", responses: { 200: { description: 'JSON Schema 2020-12' } } } },
    },
  };
}
