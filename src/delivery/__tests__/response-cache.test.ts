import { createResponseCache, isCacheableGraphqlQuery } from '../response-cache';

const entry = (bytes: number) => ({ status: 200, body: Buffer.alloc(bytes, 'x'), headers: { 'content-type': 'application/json' } });

describe('response cache', () => {
  test('is bounded by bytes: the least recently used entries go first', () => {
    const cache = createResponseCache({ maxBytes: 3000, maxEntryBytes: 2000 });
    cache.set('a', entry(700));
    cache.set('b', entry(700));
    cache.get('a'); // a is now more recent than b
    cache.set('c', entry(700));
    cache.set('d', entry(700));
    expect(['a', 'b', 'c', 'd'].filter((k) => cache.get(k))).toEqual(['a', 'c', 'd']);
    expect(cache.stats().bytes).toBeLessThanOrEqual(3000);
  });

  test('does not keep an answer over the entry limit', () => {
    const cache = createResponseCache({ maxBytes: 10_000, maxEntryBytes: 1000 });
    expect(cache.set('big', entry(1001))).toBe(false);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.set('small', entry(1000))).toBe(true);
  });

  test('a new content state drops every entry; the same state keeps them', () => {
    const cache = createResponseCache({ maxBytes: 10_000, maxEntryBytes: 1000 });
    cache.observeState('s1');
    cache.set('a', entry(10));
    cache.observeState('s1');
    expect(cache.get('a')).toBeDefined();
    cache.observeState('s2');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});

describe('GraphQL operations that may be kept', () => {
  test.each([
    ['{ articles { title } }', true],
    ['query Page($slug: String) { articles(filters: { slug: { eq: $slug } }) { title } }', true],
    ['mutation { createSpeaker(data: {}) { fullName } }', false],
    ['  mutation X { deleteArticle(documentId: "1") { documentId } }', false],
    ['subscription { anything }', false],
    ['query A { a } mutation B { b }', false],
    ['# a comment\nmutation { x }', false],
    [undefined, false],
    [42, false],
  ])('%p → %p', (query, expected) => {
    expect(isCacheableGraphqlQuery(query)).toBe(expected);
  });
});
