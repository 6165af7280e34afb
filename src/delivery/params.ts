import { z } from 'zod';

/**
 * Query and path parameters of the delivery endpoints. Controllers parse with these and
 * answer 400 with the first problem in words a front-end developer understands.
 */

/** Strapi's own `uid` alphabet, so any slug an editor may type is accepted. */
export const slugSchema = z
  .string()
  .min(1, 'slug must not be empty')
  .max(200, 'slug is longer than 200 characters')
  .regex(/^[A-Za-z0-9\-_.~]+$/, 'slug may contain only letters, digits and - _ . ~');

const singleLocale = z
  .string({ error: 'locale must be a single locale code' })
  .refine((v) => v !== '*' && v !== 'all', 'this endpoint serves one locale: pass locale=<code>, not "*"');

const positiveInt = (name: string) =>
  z.coerce.number({ error: `${name} must be a positive integer` }).int(`${name} must be a positive integer`).min(1, `${name} must be a positive integer`);

const pageSize = (name: string, maxLimit: number) => positiveInt(name).max(maxLimit, `${name} is over the maximum of ${maxLimit}`);

/** `?locale=&fallback=` of the article list, single reads and by-slug. */
export const localeQuery = z.object({
  locale: singleLocale.optional(),
  fallback: z.string({ error: 'fallback must be a comma-separated list of locale codes' }).optional(),
});

/** A sub-list paged with its own `<name>Page` / `<name>PageSize` parameters. */
export function subListQuery<const N extends string>(names: readonly N[], maxLimit: number) {
  const shape: Record<string, z.ZodTypeAny> = { locale: singleLocale.optional() };
  for (const name of names) {
    shape[`${name}Page`] = positiveInt(`${name}Page`).optional();
    shape[`${name}PageSize`] = pageSize(`${name}PageSize`, maxLimit).optional();
  }
  return z.object(shape);
}

export const feedParams = z.object({
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a locale code'),
});

/** The first issue as "path: message" (or just the message when it names the field). */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const path = issue.path.join('.');
  return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
}
