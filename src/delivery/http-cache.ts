import crypto from 'crypto';

/**
 * Validators for public API responses. Freshness is never decided by anything kept in
 * one process: the ETag is a hash of the published content's state read from the
 * database (see src/delivery/content-state.ts) and of the request, so every Strapi
 * instance on the same database computes the same ETag for the same answer.
 */

export type ContentState = ReadonlyArray<readonly unknown[]>;

/**
 * The request parts that choose the representation: the URL (path and query, in the
 * client's order: a different order is a different cache key anyway) and the headers
 * that change Strapi's response format.
 */
export type RepresentationKey = { url: string; headers: Record<string, string | undefined> };

/**
 * The content state as one canonical text (numbers and the strings of the same numbers
 * agree: SQLite and PostgreSQL drivers type them differently). Computed once per
 * database read by the state reader (content-state.ts), not once per request.
 */
export function stateFingerprint(state: ContentState): string {
  return JSON.stringify(state.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v == null ? null : String(v)))));
}

export function computeEtag(fingerprint: string, key: RepresentationKey, secret: string): string {
  const hash = crypto.createHmac('sha256', secret);
  // The secret keeps ETags unguessable: a client can only send one it was given with
  // a 200, so a 304 never stands in for a 401/403/404 it has not seen.
  hash.update(fingerprint);
  hash.update('\n');
  hash.update(key.url);
  for (const name of Object.keys(key.headers).sort()) hash.update(`\n${name}:${key.headers[name] ?? ''}`);
  // Weak: the validator stands for the content, not for the exact bytes.
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * RFC 9110 weak comparison of an `If-None-Match` list against our ETag. `*` is not a
 * tag: it matches only if the resource exists, which only the route knows (see
 * `ifNoneMatchAny`), so it never hits here.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === ours);
}

/** `If-None-Match: *`: "any current representation", so a 304 only once the route found one. */
export function ifNoneMatchAny(header: string | undefined): boolean {
  return header?.trim() === '*';
}

export type CachePolicy = { maxAge: number; sMaxAge: number; staleWhileRevalidate: number };

export function publicCacheControl({ maxAge, sMaxAge, staleWhileRevalidate }: CachePolicy): string {
  const parts = ['public', `max-age=${maxAge}`, `s-maxage=${sMaxAge}`];
  if (staleWhileRevalidate > 0) parts.push(`stale-while-revalidate=${staleWhileRevalidate}`);
  else parts.push('must-revalidate');
  return parts.join(', ');
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store';
