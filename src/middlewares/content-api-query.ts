import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { knownLocales } from '../delivery/locales';

/**
 * Rejects malformed content-API queries with a 400 and a clear message instead of
 * silently serving something else (stock Strapi caps an oversized page size and may
 * fail on an unknown locale). Only GET requests under the REST prefix are checked.
 * `locale=*` (every locale, Strapi 5's own spelling) passes on lists only; `all` is
 * no locale code of Strapi's and is answered like any other unknown locale.
 */
const positiveInt = z.coerce.number().int().positive();

export function checkPagination(pagination: unknown, maxLimit: number): string | null {
  if (pagination === undefined) return null;
  if (typeof pagination !== 'object' || pagination === null) return 'pagination must be an object';
  const p = pagination as Record<string, unknown>;
  for (const key of ['page', 'pageSize', 'limit'] as const) {
    if (p[key] !== undefined && !positiveInt.safeParse(p[key]).success) {
      return `pagination[${key}] must be a positive integer`;
    }
  }
  if (p.start !== undefined && !z.coerce.number().int().min(0).safeParse(p.start).success) {
    return 'pagination[start] must be a non-negative integer';
  }
  const size = Number(p.pageSize ?? p.limit ?? 0);
  if (size > maxLimit) return `pagination page size ${size} is over the maximum of ${maxLimit}`;
  return null;
}

/** `/api/<type>`: a stock collection list, where the Document Service reads `*` as every locale. */
export const isListPath = (path: string, prefix: string) => /^\/[^/]+\/?$/.test(path.slice(prefix.length));

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix: string = strapi.config.get('api.rest.prefix', '/api');
  const maxLimit: number = strapi.config.get('api.rest.maxLimit', 100);

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith(`${prefix}/`)) return next();
    const { locale, pagination } = ctx.query ?? {};

    const fail = (message: string, details: Record<string, unknown> = {}) => {
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details } };
    };

    const paginationError = checkPagination(pagination, maxLimit);
    if (paginationError) return fail(paginationError, { maxLimit });

    if (locale === '*') {
      // Strapi 5's `*` (every locale) works for lists only: a single read looks up a
      // locale named "*" and answers 404 for a document that exists.
      if (!isListPath(ctx.path, prefix)) return fail('locale=* (every locale) is only accepted on list endpoints such as /api/quotes: pass one locale code here');
    } else if (locale !== undefined) {
      if (typeof locale !== 'string') return fail('locale must be a single locale code');
      const codes = await knownLocales(strapi);
      if (!codes.includes(locale)) {
        return fail(`Unknown locale "${locale}". Available locales: ${codes.join(', ')}`, {
          availableLocales: codes,
        });
      }
    }
    return next();
  };
};
