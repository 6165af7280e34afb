import { LRUCache } from 'lru-cache';

/**
 * Public answers kept in memory (issue 13): a 200 of the content API, the delivery
 * routes or an anonymous GraphQL query is served again without running the route, while
 * the published content is the same.
 *
 * The key is the answer's ETag (src/delivery/http-cache.ts), which already hashes the
 * content state read from the database (content-state.ts) with the request's URL and
 * representation headers: a publish, unpublish, deleted or replaced media, a changed
 * Public permission or locale makes new keys, so a stale entry is never looked up. When
 * the state moves, the whole cache is dropped (the old keys cannot be asked for again).
 * Bounded by bytes (LRU); an answer over `maxEntryBytes` is not kept.
 */
export type CachedResponse = {
  status: number;
  /** The bytes sent (encoded once, when kept). */
  body: Buffer;
  /** The headers the route itself set (Content-Type, Link, …). */
  headers: Record<string, string>;
};

export type ResponseCacheOptions = { maxBytes: number; maxEntryBytes: number };

const OVERHEAD = 256; // the entry, its headers and its key, roughly

export function createResponseCache({ maxBytes, maxEntryBytes }: ResponseCacheOptions) {
  const lru = new LRUCache<string, CachedResponse>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) => value.body.length + key.length + OVERHEAD,
  });
  let state = '';

  return {
    /** Called with each request's state fingerprint: a new state drops every entry of the old one. */
    observeState(fingerprint: string) {
      if (fingerprint === state) return;
      state = fingerprint;
      lru.clear();
    },
    get: (key: string) => lru.get(key),
    set(key: string, value: CachedResponse) {
      if (value.body.length > maxEntryBytes) return false;
      lru.set(key, value);
      return true;
    },
    stats: () => ({ entries: lru.size, bytes: lru.calculatedSize }),
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

/**
 * GraphQL requests whose answer may be kept: an operation that is not a mutation or a
 * subscription. Those keywords cannot be escaped, so a document without either word is
 * made of queries only; a query that merely mentions the word is simply not kept.
 */
export const isCacheableGraphqlQuery = (query: unknown): query is string =>
  typeof query === 'string' && !/\b(mutation|subscription)\b/.test(query);
