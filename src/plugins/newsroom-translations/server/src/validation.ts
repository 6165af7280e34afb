import { z } from 'zod';
import { STATES } from './domain/coverage';

// BCP 47-ish, as Strapi's i18n accepts; whether the locale exists is checked by the service.
const locale = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a locale code such as "kk"');
const documentId = z.string().regex(/^[a-z0-9]{10,40}$/, 'must be a documentId');
const day = z.iso.date();

export const coverageQuerySchema = z
  .object({
    locale: locale.optional(),
    state: z.enum(STATES).optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.coerce.number().int().positive().max(10_000).default(1),
    pageSize: z.coerce.number().int().positive().max(100).default(25),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

/** One locale version of one article: the body of mark-up-to-date and start. */
export const targetSchema = z.object({ documentId, locale }).strict();

/** A readable one-line summary of a zod error. */
export const describeZodError = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
