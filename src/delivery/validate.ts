import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { describeZodError } from './params';
import { FallbackError, parseFallbackChain, type FallbackChain } from './fallback';
import { PaginationError, resolvePagination, type PaginationInput } from './pagination';
import { defaultLocale, knownLocales } from './locales';

/** Parses with a zod schema; a failure is a 400 ValidationError naming the parameter. */
export function parseOr400<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new errors.ValidationError(describeZodError(result.error), { issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) });
  }
  return result.data;
}

/** `locale` (default locale when absent) and `fallback` as a chain of known locales. */
export async function resolveChain(strapi: Core.Strapi, locale: string | undefined, fallback: string | undefined): Promise<FallbackChain> {
  const requested = locale ?? (await defaultLocale(strapi));
  const known = await knownLocales(strapi);
  try {
    return parseFallbackChain(requested, fallback, known);
  } catch (error) {
    if (error instanceof FallbackError) throw new errors.ValidationError(error.message, { availableLocales: known });
    throw error;
  }
}

/** resolvePagination, with its complaints as 400s. */
export function paginationOr400(input: PaginationInput | undefined, limits: { defaultLimit: number; maxLimit: number }) {
  try {
    return resolvePagination(input, limits);
  } catch (error) {
    if (error instanceof PaginationError) throw new errors.ValidationError(error.message);
    throw error;
  }
}
