import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { z } from 'zod';
import type { PressLocale } from '../../../src/plugins/press-import/server/src/parser';
import type { QuoteExpectation } from './corpus-metrics';

/**
 * The real-text development set: bench/real-manifest.json (committed) describes press texts
 * whose bytes live, git-ignored, in bench/real/ (third-party text is never committed). Each
 * entry gives the facts a reader expects, in the manifest author's own words: every quote by
 * its first words and its speaker, every quoted speaker's name, position and institution,
 * and quoted things that are not speech. `cutQuotes` (cut by the excerpt's end) and
 * `optionalQuotes` (speech a parser may or may not catch) neither count nor cost.
 */

const nullableText = z.string().min(1).nullable();

const entrySchema = z
  .object({
    file: z.string().regex(/^(en|ru|kk|kk-latn)-\d{2}-[a-z0-9-]+\.txt$/, 'file must be <lang>-<nn>-<slug>.txt'),
    url: z.url(),
    language: z.enum(['en', 'ru', 'kk', 'kk-latn']),
    source: z.string().min(1),
    notes: z.string().optional(),
    quotes: z.array(z.object({ start: z.string().min(1), speaker: nullableText }).strict()),
    cutQuotes: z.array(z.string().min(1)).default([]),
    optionalQuotes: z.array(z.string().min(1)).default([]),
    speakers: z.array(
      z
        .object({
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)).default([]),
          position: nullableText,
          institution: nullableText,
        })
        .strict(),
    ),
    notQuotes: z.array(z.string().min(1)),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (!entry.file.startsWith(`${entry.language}-`) || /^kk-latn-/.test(entry.file) !== (entry.language === 'kk-latn'))
      ctx.addIssue({ code: 'custom', message: `file ${entry.file} does not start with its language ${entry.language}` });
    const names = entry.speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases]);
    for (const quote of entry.quotes)
      if (quote.speaker !== null && !names.includes(quote.speaker))
        ctx.addIssue({ code: 'custom', message: `${entry.file}: quote "${quote.start}" has speaker ${quote.speaker}, who is not in speakers` });
  });

export const manifestSchema = z
  .object({
    description: z.string(),
    texts: z.array(entrySchema).min(1),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    for (const entry of manifest.texts) {
      if (seen.has(entry.file)) ctx.addIssue({ code: 'custom', message: `duplicate file ${entry.file}` });
      seen.add(entry.file);
    }
  });

export type RealManifest = z.infer<typeof manifestSchema>;
export type RealManifestEntry = RealManifest['texts'][number];

export const DEFAULT_MANIFEST = path.join(__dirname, '..', '..', '..', 'bench', 'real-manifest.json');

export function readManifest(file: string = DEFAULT_MANIFEST): RealManifest {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The parser's locale for a manifest language: Kazakh in either script is `kk`. */
export const localeOf = (language: RealManifestEntry['language']): PressLocale => (language === 'kk-latn' ? 'kk' : language);

/** The manifest entry as the quote scorer's expectation: quotes and titles compared by their opening words. */
export function expectationOf(entry: RealManifestEntry): QuoteExpectation {
  return {
    locale: localeOf(entry.language),
    quotes: entry.quotes.map((quote) => ({ text: quote.start, speaker: quote.speaker, match: 'prefix' as const })),
    speakers: entry.speakers.map((speaker) => ({ ...speaker })),
    notQuotes: entry.notQuotes,
    notQuoteMatch: 'prefix',
    ignoredQuotes: [...entry.cutQuotes, ...entry.optionalQuotes],
  };
}

export interface RealText {
  entry: RealManifestEntry;
  file: string;
  bytes: Buffer;
}

/** The manifest's texts that are present in `directory`, and the ones that are missing. */
export function loadRealTexts(directory: string, manifest: RealManifest): { present: RealText[]; missing: RealManifestEntry[] } {
  const present: RealText[] = [];
  const missing: RealManifestEntry[] = [];
  for (const entry of manifest.texts) {
    const file = path.join(directory, entry.file);
    if (existsSync(file)) present.push({ entry, file, bytes: readFileSync(file) });
    else missing.push(entry);
  }
  return { present, missing };
}
