// Article identity for idempotent ingest: normalized URLs and the normalized-content hash.
import { createHash } from 'node:crypto';

const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/** Normalizes an http(s) URL (lowercase host, no fragment, default port, tracking parameters or trailing slash); undefined otherwise. */
export function normalizeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [name, value] of params) url.searchParams.append(name, value);
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  url.pathname = path;
  // http and https copies of one page are one article.
  return `${url.host.toLowerCase()}${url.pathname}${url.search}`;
}

/** sha256 of the lowercased text with every whitespace run collapsed to one space. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}
