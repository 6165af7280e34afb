import { z } from 'zod';

/**
 * The output contract (press-parse-contract.md) as a zod schema: used by tests and by
 * callers that read `press:parse` output from another process.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const pressQuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1).nullable(),
  paragraph: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
});

export const pressSpeakerSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  position: z.string().nullable(),
  institution: z.string().nullable(),
});

export const pressInstitutionSchema = z.object({
  name: z.string().min(1),
  abbreviations: z.array(z.string()),
});

export const pressWarningSchema = z.object({
  code: z.enum(['UNBALANCED_QUOTE', 'UNATTRIBUTED_QUOTE', 'UNCERTAIN_ENCODING', 'REPAIRED_HOMOGLYPHS', 'MIXED_ENCODING', 'TITLE_FROM_TEXT']),
  message: z.string(),
  paragraph: z.number().int().min(0).optional(),
});

export const pressParseSuccessSchema = z
  .object({
    file: z.string(),
    ok: z.literal(true),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string().regex(/^[a-z0-9-]+$/),
    locale: z.enum(['en', 'ru', 'kk']),
    title: z.string().min(1),
    lead: z.string().min(1),
    paragraphs: z.array(z.string().min(1)).min(1),
    signature: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    quotes: z.array(pressQuoteSchema),
    speakers: z.array(pressSpeakerSchema),
    institutions: z.array(pressInstitutionSchema),
    warnings: z.array(pressWarningSchema),
  })
  .strict()
  .superRefine((result, ctx) => {
    if (result.lead !== result.paragraphs[0]) ctx.addIssue({ code: 'custom', message: 'lead must be the first paragraph' });
    const names = new Set(result.speakers.flatMap((speaker) => [speaker.name]));
    result.quotes.forEach((quote, i) => {
      if (quote.paragraph >= result.paragraphs.length)
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'paragraph'], message: 'paragraph out of range' });
      if (quote.speaker !== null && !names.has(quote.speaker))
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'speaker'], message: 'speaker is not in speakers' });
    });
  });

export const pressParseFailureSchema = z
  .object({
    file: z.string(),
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['EMPTY_FILE', 'NOT_TEXT', 'TOO_LARGE', 'TOO_MANY_PARAGRAPHS', 'NO_TITLE', 'NO_BODY', 'UNREADABLE']),
      message: z.string().min(1),
    }),
  })
  .strict();

export const pressParseResultSchema = z.union([pressParseSuccessSchema, pressParseFailureSchema]);
export const pressParseOutputSchema = z.array(pressParseResultSchema);
