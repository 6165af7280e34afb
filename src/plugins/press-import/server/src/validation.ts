import { z } from 'zod';
import { CMS_LOCALES } from './constants';

const locale = z.enum(CMS_LOCALES);
const documentId = z.string().regex(/^[a-z0-9]{10,40}$/, 'must be a documentId');

/** Per-file choices sent with an import or a preview, keyed by the file's name. */
export const fileChoicesSchema = z
  .object({
    locale: locale.optional(),
    translationOf: documentId.optional(),
  })
  .strict();

export const importOptionsSchema = z
  .object({
    publish: z.boolean().optional(),
    files: z.record(z.string().max(500), fileChoicesSchema).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const historyQuerySchema = z
  .object({
    status: z.enum(['imported', 'skipped', 'failed']).optional(),
    from: z.iso.date().or(z.iso.datetime()).optional(),
    to: z.iso.date().or(z.iso.datetime()).optional(),
    user: z.string().max(200).optional(),
    page: z.coerce.number().int().positive().max(10_000).optional(),
    pageSize: z.coerce.number().int().positive().max(100).optional(),
  })
  .strict();

/** A readable one-line summary of a zod error. */
export const describeZodError = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
