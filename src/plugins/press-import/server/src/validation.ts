import { z } from 'zod';
import { CMS_LOCALES, MERGE_TYPES } from './constants';

const locale = z.enum(CMS_LOCALES);
const documentId = z.string().regex(/^[a-z0-9]{10,40}$/, 'must be a documentId');

const speakerName = z.string().trim().min(1).max(300);

/**
 * An editor's correction of one detected quote (by its index in the parse): another
 * detected speaker (by the name the parse gave), no speaker (null), an existing
 * speaker (`speakerDocumentId`), or `drop: true` for a false quote. One choice each.
 */
export const quoteCorrectionSchema = z
  .object({
    index: z.number().int().min(0).max(100_000),
    speaker: speakerName.nullable().optional(),
    speakerDocumentId: documentId.optional(),
    drop: z.literal(true).optional(),
  })
  .strict()
  .refine((c) => [c.speaker !== undefined, c.speakerDocumentId !== undefined, c.drop !== undefined].filter(Boolean).length <= 1, {
    message: 'give one of speaker, speakerDocumentId or drop',
  });

/**
 * An editor's correction of one detected speaker (by the name the parse gave): the
 * name, position and institution to write (institution: the name of an institution the
 * file mentions, or null), or `documentId` of an existing speaker it is.
 */
export const speakerCorrectionSchema = z
  .object({
    name: speakerName,
    fullName: speakerName.optional(),
    position: z.string().trim().max(500).nullable().optional(),
    institution: z.string().trim().min(1).max(500).nullable().optional(),
    documentId: documentId.optional(),
  })
  .strict()
  .refine((c) => !(c.documentId && c.fullName !== undefined), { message: 'fullName cannot go with documentId (the existing speaker keeps its name)' });

export const correctionsSchema = z
  .object({
    quotes: z.array(quoteCorrectionSchema).max(2000).optional(),
    speakers: z.array(speakerCorrectionSchema).max(500).optional(),
  })
  .strict();
export type Corrections = z.infer<typeof correctionsSchema>;

/** Per-file choices sent with an import or a preview, keyed by the file's name. */
export const fileChoicesSchema = z
  .object({
    locale: locale.optional(),
    translationOf: documentId.optional(),
    corrections: correctionsSchema.optional(),
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

const mergeType = z.enum(Object.keys(MERGE_TYPES) as [keyof typeof MERGE_TYPES, ...Array<keyof typeof MERGE_TYPES>]);

/** `POST /merge`: merge the document `merge` into the document `keep`, both of `type`. */
export const mergeBodySchema = z
  .object({ type: mergeType, keep: documentId, merge: documentId })
  .strict()
  .refine((body) => body.keep !== body.merge, { message: 'cannot merge a document into itself', path: ['merge'] });
export type MergeBody = z.infer<typeof mergeBodySchema>;

/** `GET /merge/entries` (search by name) and `GET /merge/duplicates`. */
export const mergeEntriesQuerySchema = z.object({ type: mergeType, q: z.string().trim().min(1).max(100) }).strict();
export const mergeDuplicatesQuerySchema = z.object({ type: mergeType }).strict();

/** A readable one-line summary of a zod error. */
export const describeZodError = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
