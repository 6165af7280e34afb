import { computeEtag, ifNoneMatchAny, stateFingerprint, ifNoneMatchHits, publicCacheControl } from '../http-cache';

const STATE = stateFingerprint([['api::article.article', 3, 10, 21, '2026-01-01T00:00:00.000Z']]);
const KEY = { url: '/api/articles?locale=kk', headers: { 'strapi-response-format': undefined } };

describe('computeEtag', () => {
  test('is a weak, stable validator for the same state and request', () => {
    const etag = computeEtag(STATE, KEY, 's');
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(computeEtag(STATE, KEY, 's')).toBe(etag);
  });

  test('changes with the content state, the URL, representation headers and the secret', () => {
    const etag = computeEtag(STATE, KEY, 's');
    expect(computeEtag(stateFingerprint([['api::article.article', 3, 11, 22, '2026-01-01T00:00:00.000Z']]), KEY, 's')).not.toBe(etag);
    expect(computeEtag(STATE, { ...KEY, url: '/api/articles?locale=ru' }, 's')).not.toBe(etag);
    expect(computeEtag(STATE, { ...KEY, headers: { 'strapi-response-format': 'v4' } }, 's')).not.toBe(etag);
    expect(computeEtag(STATE, KEY, 'other')).not.toBe(etag);
  });

  test('a number and the same number as a string (SQLite vs PostgreSQL drivers) agree', () => {
    expect(stateFingerprint([['t', 3, '10']])).toBe(stateFingerprint([['t', '3', 10]]));
  });
});

describe('ifNoneMatchHits', () => {
  const etag = 'W/"abc"';
  test.each([
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', false], // only once the route found the resource: ifNoneMatchAny
    ['W/"abd"', false],
    ['W/"abc"x', false],
    ['"abc", *', true],
    ['garbage', false],
    [',,,', false],
    [undefined, false],
    ['', false],
  ])('%p → %p', (header, hit) => {
    expect(ifNoneMatchHits(header as string | undefined, etag)).toBe(hit);
  });
});

test('ifNoneMatchAny: only a lone *', () => {
  expect(ifNoneMatchAny('*')).toBe(true);
  expect(ifNoneMatchAny(' * ')).toBe(true);
  expect(ifNoneMatchAny('"x", *')).toBe(false);
  expect(ifNoneMatchAny(undefined)).toBe(false);
  expect(ifNoneMatchAny('W/"*"')).toBe(false);
});

test('publicCacheControl', () => {
  expect(publicCacheControl({ maxAge: 0, sMaxAge: 0, staleWhileRevalidate: 0 })).toBe('public, max-age=0, s-maxage=0, must-revalidate');
  expect(publicCacheControl({ maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 30 })).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30');
});
