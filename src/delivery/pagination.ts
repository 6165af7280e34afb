/**
 * Page arithmetic shared by the delivery endpoints, with the same two shapes as stock
 * Strapi (`page`/`pageSize` or `start`/`limit`) and the same response meta, so a site
 * can page a fallback list exactly like a stock one.
 */

export type PaginationInput = { page?: unknown; pageSize?: unknown; start?: unknown; limit?: unknown };

export type ResolvedPagination =
  | { kind: 'page'; page: number; pageSize: number; offset: number; limit: number }
  | { kind: 'offset'; start: number; limit: number; offset: number };

const int = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : NaN;
};

export class PaginationError extends Error {}

export function resolvePagination(
  input: PaginationInput | undefined,
  { defaultLimit, maxLimit }: { defaultLimit: number; maxLimit: number }
): ResolvedPagination {
  const p = input ?? {};
  const page = int(p.page);
  const pageSize = int(p.pageSize);
  const start = int(p.start);
  const limit = int(p.limit);
  const positive = (name: string, n: number | undefined) => {
    if (n !== undefined && !(n >= 1)) throw new PaginationError(`${name} must be a positive integer`);
  };
  const size = (name: string, n: number | undefined) => {
    positive(name, n);
    if (n !== undefined && n > maxLimit) throw new PaginationError(`${name} ${n} is over the maximum of ${maxLimit}`);
  };

  if (start !== undefined || limit !== undefined) {
    if (page !== undefined || pageSize !== undefined) {
      throw new PaginationError('use either page/pageSize or start/limit, not both');
    }
    if (start !== undefined && !(start >= 0)) throw new PaginationError('start must be a non-negative integer');
    size('limit', limit);
    const l = limit ?? defaultLimit;
    return { kind: 'offset', start: start ?? 0, limit: l, offset: start ?? 0 };
  }
  positive('page', page);
  size('pageSize', pageSize);
  const pg = page ?? 1;
  const ps = pageSize ?? defaultLimit;
  return { kind: 'page', page: pg, pageSize: ps, offset: (pg - 1) * ps, limit: ps };
}

/** Stock Strapi's pagination meta; without a total (withCount=false) no total/pageCount. */
export function paginationMeta(p: ResolvedPagination, total?: number) {
  if (p.kind === 'offset') return total === undefined ? { start: p.start, limit: p.limit } : { start: p.start, limit: p.limit, total };
  if (total === undefined) return { page: p.page, pageSize: p.pageSize };
  return { page: p.page, pageSize: p.pageSize, pageCount: Math.ceil(total / p.pageSize), total };
}

/** `pagination[withCount]=false` (as in stock Strapi) skips the count query. */
export const wantsCount = (pagination: { withCount?: unknown } | undefined) =>
  !['false', 'f', '0', false, 0].includes(pagination?.withCount as any);
