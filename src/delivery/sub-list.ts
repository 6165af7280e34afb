import type { Core } from '@strapi/strapi';
import { paginationMeta } from './pagination';
import { paginationOr400 } from './validate';
import { deliverySettings } from './settings';

/**
 * One page of published documents of `uid` in `locale` matching `filters`, with its
 * pagination meta: the related lists of speaker and institution pages.
 */
export async function publishedPage(
  strapi: Core.Strapi,
  uid: string,
  {
    locale,
    filters,
    sort,
    fields,
    populate,
    page,
    pageSize,
  }: { locale: string; filters: object; sort: unknown; fields?: string[]; populate?: object; page?: number; pageSize?: number }
) {
  const p = paginationOr400({ page, pageSize }, deliverySettings(strapi));
  const docs = strapi.documents(uid as any) as any;
  const params = { locale, status: 'published', filters };
  const [results, total] = await Promise.all([
    docs.findMany({ ...params, sort, fields, populate, start: p.offset, limit: p.limit }),
    docs.count(params),
  ]);
  return { results, pagination: paginationMeta(p, Number(total)) };
}

/** Output sanitizing of the content API for another type than the controller's. */
export function sanitizeAs(strapi: Core.Strapi, uid: string, data: unknown, ctx: any) {
  return strapi.contentAPI.sanitize.output(data as any, strapi.contentType(uid as any), { auth: ctx.state.auth });
}
