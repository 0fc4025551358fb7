// The HTTP server: the versioned JSON API (/v1), the OpenAPI document, and the web app, over one Store.
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Report } from '../model/index.js';
import { render } from '../render/index.js';
import type { Store } from '../store/store.js';
import { ApiError, handleError, sendError, toApiError } from './errors.js';
import { parseJsonBody } from './json-body.js';
import { compareArticles, listStories, storeArticles, storyDetail, storyReportOf } from './library.js';
import { openApiDocument, reportJsonSchema } from './openapi.js';
import { createRateLimiter, type RateLimitOptions, type RateLimiter } from './rate-limit.js';
import { CompareRequestSchema, FormatQuerySchema, StoryQuerySchema, parseIngest, parseWith, type ReportFormat } from './schemas.js';
import { APP_POLICY, ASSETS, REPORT_PAGE_POLICY, comparePage, storyListPage, storyPage } from './web/pages.js';

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const VERSION = '0.1.0';

export type AppOptions = {
  store: Store;
  /** Bearer token required by write routes. Without one, writes are accepted only from loopback clients. */
  token?: string;
  /** false: write routes answer 403 E_READ_ONLY. Default true. */
  writable?: boolean;
  /** Largest request body in bytes (413 above it). Default 2 MB. */
  bodyLimit?: number;
  /** Token buckets per client address: `heavy` for compare and ingest, `read` for everything. false turns them off. */
  rateLimit?: { heavy: RateLimitOptions; read: RateLimitOptions } | false;
  /** Milliseconds to receive a whole request, and of socket inactivity. */
  requestTimeout?: number;
  connectionTimeout?: number;
  /** The clock, for `addedAt` of stored articles and the rate limiter. */
  now?: () => Date;
  logger?: boolean;
};

export const DEFAULT_RATE_LIMIT = {
  heavy: { burst: 30, perSecond: 2 },
  read: { burst: 300, perSecond: 50 },
} as const satisfies AppOptions['rateLimit'];

type RouteKind = { write?: boolean; heavy?: boolean };
declare module 'fastify' {
  interface FastifyContextConfig { write?: boolean; heavy?: boolean }
  interface FastifyInstance { routeTable: { method: string; url: string; write: boolean }[] }
}

const LOOPBACK_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const LOOPBACK_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?::\d{1,5})?$/i;

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** The `Authorization: Bearer` check, in constant time over digests. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S{1,4096})[ \t]*$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}

function counts(report: Report): string {
  const n = { conflict: 0, corroborated: 0, 'single-source': 0 };
  for (const f of report.findings) if (f.kind in n) n[f.kind]++;
  return `${n.conflict} conflict${n.conflict === 1 ? '' : 's'}, ${n.corroborated} corroborated, ${n['single-source']} single-source`;
}

function sendReport(reply: FastifyReply, format: ReportFormat, report: Report | undefined): FastifyReply {
  if (!report) throw new ApiError('E_NOT_FOUND', 'no such story');
  reply.header('corroborate-counts', counts(report));
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(report);
  if (format === 'md') return reply.type('text/markdown; charset=utf-8').send(render(report, 'md'));
  return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_PAGE_POLICY)
    .header('x-frame-options', 'SAMEORIGIN').send(render(report, 'html'));
}

function sendPage(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('content-security-policy', APP_POLICY)
    .header('x-frame-options', 'DENY').header('cross-origin-opener-policy', 'same-origin').send(page);
}

/** `?format=json|html|md`, checked before any work is done. */
function formatOf(request: FastifyRequest): ReportFormat {
  return parseWith(FormatQuerySchema, request.query, 'query').format;
}

function idParam(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) throw new ApiError('E_NOT_FOUND', `"${raw.slice(0, 40)}" is not a story id`);
  return id;
}

/** Builds the app; nothing listens until the caller calls `listen` (tests use `inject`). */
export function buildApp(options: AppOptions): FastifyInstance {
  const { store, token } = options;
  const writable = options.writable ?? true;
  const now = options.now ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const requestTimeout = options.requestTimeout ?? 30_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout,
    connectionTimeout: options.connectionTimeout ?? 60_000,
    // Slow senders are cut off: headers within 10 s, the whole request within requestTimeout, checked every second.
    http: { requestTimeout, headersTimeout: Math.min(10_000, requestTimeout), connectionsCheckingInterval: 1000 },
    forceCloseConnections: true,
    frameworkErrors: (error, _req, reply) => sendError(reply, toApiError(error)),
    return503OnClosing: true,
    routerOptions: { maxParamLength: 64 },
  });
  const openApi = openApiDocument({ bodyLimit, version: VERSION });
  const reportSchema = reportJsonSchema();
  const limits = options.rateLimit === false ? undefined : options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const heavy: RateLimiter | undefined = limits && createRateLimiter(limits.heavy);
  const read: RateLimiter | undefined = limits && createRateLimiter(limits.read);

  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeTable.push({ method, url: route.url, write: Boolean((route.config as RouteKind | undefined)?.write) });
  });
  app.setErrorHandler(handleError);
  // Our own JSON parser names prototype poisoning (E_PROTO) apart from bad JSON; only JSON bodies are accepted (415).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, new ApiError('E_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0].slice(0, 200)}`)));

  app.addHook('onRequest', async (request, reply) => {
    reply.headers({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      'cache-control': 'no-store',
    });
    const config = request.routeOptions.config as RouteKind;
    const at = now().getTime();
    const wait = Math.max(read?.take(request.ip, at) ?? 0, config.heavy ? heavy?.take(request.ip, at) ?? 0 : 0);
    if (wait > 0) throw new ApiError('E_RATE_LIMITED', `too many requests; retry in ${wait} s`, { 'retry-after': String(wait) });
    // Bodies are never inflated here: a compressed body could be a bomb that the byte limit cannot see.
    const coding = String(request.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (coding !== '' && coding !== 'identity') throw new ApiError('E_MEDIA_TYPE', `compressed request bodies (${coding.slice(0, 20)}) are not accepted; send plain JSON`);
    if (!config.write) return;
    if (!writable) throw new ApiError('E_READ_ONLY', 'this server is read-only');
    if (token !== undefined) {
      if (!bearerMatches(request.headers.authorization, token)) {
        throw new ApiError('E_UNAUTHORIZED', 'send "Authorization: Bearer <token>" with the token in CORROBORATE_TOKEN', { 'www-authenticate': 'Bearer' });
      }
    } else if (!LOOPBACK_ADDRESS.test(request.socket.remoteAddress ?? '') || !LOOPBACK_HOST.test(request.headers.host ?? '')) {
      // Without a token only local clients may write; the Host check stops DNS-rebinding pages in a local browser.
      throw new ApiError('E_UNAUTHORIZED', 'writes without a token are accepted from localhost only; set CORROBORATE_TOKEN', { 'www-authenticate': 'Bearer' });
    }
  });

  // API, version 1: every handler is one call into the library.
  app.get('/v1/healthz', async () => ({ ok: true, store: store.kind, schemaVersion: await store.schemaVersion(), articles: await store.countArticles(), writable }));
  app.post('/v1/compare', { config: { heavy: true } }, async (req, reply) => sendReport(reply, formatOf(req), compareArticles(parseWith(CompareRequestSchema, req.body, 'body').articles)));
  app.post('/v1/articles', { config: { write: true, heavy: true } }, async (req, reply) => reply.code(201).send({ results: await storeArticles(store, parseIngest(req.body), now().toISOString()) }));
  app.get('/v1/stories', async (req) => ({ stories: await listStories(store, parseWith(StoryQuerySchema, req.query, 'query')) }));
  app.get('/v1/stories/:id', async (req) => (await storyDetail(store, idParam(req))) ?? notFound());
  app.get('/v1/stories/:id/report', { config: { heavy: true } }, async (req, reply) => sendReport(reply, formatOf(req), await storyReportOf(store, idParam(req))));
  app.get('/openapi.json', async () => openApi);
  app.get('/schema/report.json', async (_req, reply) => reply.type('application/schema+json; charset=utf-8').send(reportSchema));

  // The web app.
  app.get('/', async (req, reply) => {
    const query = parseWith(StoryQuerySchema, req.query, 'query');
    return sendPage(reply, storyListPage(await listStories(store, query), query.q?.trim() || undefined));
  });
  app.get('/stories/:id', async (req, reply) => {
    const detail = await storyDetail(store, idParam(req));
    return detail ? sendPage(reply, storyPage(detail)) : notFound();
  });
  app.get('/compare', async (_req, reply) => sendPage(reply, comparePage()));
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).header('cache-control', 'public, max-age=86400').send());
  for (const [url, asset] of Object.entries(ASSETS)) {
    app.get(url, async (_req, reply) => reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body));
  }
  return app;
}

function notFound(): never {
  throw new ApiError('E_NOT_FOUND', 'no such story');
}
