import { paginationMeta, PaginationError, resolvePagination, wantsCount } from '../pagination';

const LIMITS = { defaultLimit: 25, maxLimit: 100 };

describe('resolvePagination', () => {
  test('defaults to page 1 of the default size', () => {
    expect(resolvePagination(undefined, LIMITS)).toEqual({ kind: 'page', page: 1, pageSize: 25, offset: 0, limit: 25 });
  });

  test('page/pageSize from query strings', () => {
    expect(resolvePagination({ page: '3', pageSize: '10' }, LIMITS)).toMatchObject({ kind: 'page', offset: 20, limit: 10 });
  });

  test('start/limit', () => {
    expect(resolvePagination({ start: '5', limit: '2' }, LIMITS)).toEqual({ kind: 'offset', start: 5, limit: 2, offset: 5 });
  });

  test.each([
    [{ page: '0' }, /page must be a positive integer/],
    [{ pageSize: '1.5' }, /pageSize must be a positive integer/],
    [{ pageSize: '101' }, /over the maximum of 100/],
    [{ start: '-1' }, /non-negative/],
    [{ page: '1', limit: '2' }, /either/],
  ])('rejects %p', (input, message) => {
    expect(() => resolvePagination(input, LIMITS)).toThrow(PaginationError);
    expect(() => resolvePagination(input, LIMITS)).toThrow(message);
  });
});

test('paginationMeta has the stock Strapi shape', () => {
  expect(paginationMeta(resolvePagination({ page: '2', pageSize: '2' }, LIMITS), 5)).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
  expect(paginationMeta(resolvePagination({ start: '4', limit: '2' }, LIMITS), 5)).toEqual({ start: 4, limit: 2, total: 5 });
});

test('withCount=false: no total in the meta, and no count query wanted', () => {
  expect(paginationMeta(resolvePagination({ page: '2', pageSize: '2' }, LIMITS))).toEqual({ page: 2, pageSize: 2 });
  expect(wantsCount({ withCount: 'false' })).toBe(false);
  expect(wantsCount({ withCount: 'true' })).toBe(true);
  expect(wantsCount(undefined)).toBe(true);
});
