import crypto from 'crypto';
import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { parsePressText } from '../parser';
import type { PressParseSuccess } from '../parser/types';
import { alignWithOriginal, matchInstitution, matchSpeaker, type KnownSpeaker, type MatchDecision } from '../domain/match';
import { alignQuotes } from '../domain/align-quotes';
import { applyCorrections, correctedSpeakerIds, CorrectionError } from '../domain/corrections';
import type { Corrections } from '../validation';
import { nameForLocale } from '../domain/transliterate';
import { sniffImageType } from '../domain/images';
import { findKnownOrganisation } from '../domain/gazetteer';
import { findExistingVersion, reasonsOf, suggestOriginal, type ExistingVersion, type OriginalSuggestion } from '../domain/translation-hint';
import { databaseUnavailableMessage, isDatabaseUnavailable } from '../domain/database-errors';
import { CMS_LOCALES, DEFAULT_CONFIG, PLUGIN_ID, UIDS, type CmsLocale } from '../constants';
import { withinImportLimits } from '../domain/import-limits';
import { createNewsroomRepository, type NewsroomRepository } from '../repositories/newsroom';
import { createBulkWriter, type BulkWriter, type Known, type LinkPair } from '../repositories/bulk-writer';
import { slugify } from '../domain/slug';
import { createLocalizer, type Localizer } from './localizer';
import type { ImportPlan, ReadScope } from './access';
import type { PoolParseResult } from './parse-pool';

/**
 * An image file on disk that belongs to the press file (the first one becomes the
 * cover). Its type is read from its bytes, not trusted from a name or a header.
 */
export type ImageInput = { filepath: string; name: string; size: number };

/** A parser warning, or one of the importer's own (BROKEN_IMAGE). */
export type ImportWarning = { code: string; message: string; paragraph?: number };

export type ImportFileInput = {
  fileName: string;
  bytes: Buffer;
  /** Overrides the detected language. */
  locale?: CmsLocale;
  publish?: boolean;
  /** documentId of the article this file is a translation of. */
  translationOf?: string;
  importedBy?: string;
  /** The admin user importing (admin API): the entries are created as theirs, like in the Content Manager. */
  creatorId?: number;
  source?: 'admin' | 'cli' | 'seed';
  maxBytes?: number;
  maxParagraphs?: number;
  images?: ImageInput[];
  /** The file's parse, when the caller already has it (the admin API parses in a worker thread). */
  parse?: PoolParseResult;
  /** An editor's corrections of the detected quotes and speakers, applied before matching. */
  corrections?: Corrections;
  /**
   * 'document-service' writes a new article through `documents().create` as before the bulk
   * path: the reference the bulk path is compared with (tests, bench/import-sql.ts).
   */
  writePath?: 'bulk' | 'document-service';
};

export type EntityDecision = { name: string; decision: 'new' | 'matched' | 'ambiguous'; documentId?: string; matchedName?: string };

/**
 * A speaker an import linked to its article, as written: `name` is the name the import
 * used (the editor's correction, or the file's), `detected` the name the file's parse gave
 * (absent for an existing speaker the editor gave a quote to), `documentId` the speaker
 * created or matched, and `quotes` how many of the article's quotes are theirs.
 */
export type ImportedSpeaker = EntityDecision & { documentId: string; detected?: string; quotes: number; position: string | null; institution: string | null };

export type ImportOutcome = {
  fileName: string;
  sha256: string;
  status: 'imported' | 'already-imported' | 'failed';
  locale?: string;
  encoding?: string;
  articleDocumentId?: string;
  articleTitle?: string;
  quotes?: number;
  images?: number;
  /** The speakers as written (imported only). */
  speakers?: ImportedSpeaker[];
  institutions?: EntityDecision[];
  warnings: ImportWarning[];
  error?: { code: string; message: string };
  /** The corrections the import applied, as sent. */
  corrections?: Corrections;
};

export type PreviewOutcome = {
  fileName: string;
  sha256: string;
  parse: PoolParseResult;
  speakers: EntityDecision[];
  institutions: EntityDecision[];
  alreadyImported: { articleDocumentId: string; locale: string | null } | null;
  suggestedOriginal: OriginalSuggestion | null;
  /** An article that already has a version in this language and looks like the same news. */
  existingVersion: ExistingVersion | null;
};

export class ImportError extends Error {
  constructor(public code: string, message: string) {
    super(message);
  }
}

/** The image type of a file on disk, from its first bytes. */
async function sniffFile(filepath: string) {
  const handle = await fs.open(filepath, 'r');
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    return sniffImageType(head);
  } finally {
    await handle.close();
  }
}

/** `to=2026-11-28` means up to the end of that day; a date-time is taken as it is. */
const upTo = (to: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return { $lte: to };
  const next = new Date(`${to}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { $lt: next.toISOString() };
};

type Creator = { createdBy?: number; updatedBy?: number };

/** The parse of an input file, with its byte and paragraph limits. */
const parseInput = (input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'maxBytes' | 'maxParagraphs' | 'parse'>): PoolParseResult =>
  input.parse ??
  parsePressText(input.bytes, { file: input.fileName, maxBytes: input.maxBytes, maxParagraphs: input.maxParagraphs ?? DEFAULT_CONFIG.maxParagraphs });

const sha256Of = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

const paragraphsToBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** Why the corrections do not fit the parse, or null. */
const correctionProblem = (parse: PressParseSuccess, corrections: Corrections | undefined): string | null => {
  try {
    applyCorrections(parse, corrections);
    return null;
  } catch (error) {
    if (error instanceof CorrectionError) return error.message;
    throw error;
  }
};

const describe = (name: string, d: MatchDecision): EntityDecision =>
  d.kind === 'match'
    ? { name, decision: 'matched', documentId: d.documentId, matchedName: d.matchedName }
    : d.kind === 'ambiguous'
      ? { name, decision: 'ambiguous' }
      : { name, decision: 'new' };

/**
 * The press importer: the one service that turns a press file into CMS content. The
 * CLI, the admin API and the demo seed all call `importFile`.
 *
 * One file = one database transaction: the article in the file's locale, its quotes in
 * order (each linked to its speaker), the speakers and institutions it mentions
 * (matched to existing ones across spellings and scripts, created otherwise), and the
 * import record. A failure anywhere rolls all of it back. The same bytes imported
 * again are reported as already imported and create nothing.
 */
export const createImporter = ({
  strapi,
  repo = createNewsroomRepository({ strapi }),
  localizer = createLocalizer({ strapi, repo }),
  bulk = createBulkWriter({ strapi }),
}: {
  strapi: Core.Strapi;
  repo?: NewsroomRepository;
  localizer?: Localizer;
  bulk?: BulkWriter;
}) => {
  /** The file's parse, refused as a whole when it would create more than a press release does. */
  const parseOf = (input: Parameters<typeof parseInput>[0]): PoolParseResult => {
    const config = { ...DEFAULT_CONFIG, ...(strapi.config.get(`plugin::${PLUGIN_ID}`) as object) };
    return withinImportLimits(parseInput(input), {
      maxQuotes: config.maxQuotesPerFile,
      maxSpeakers: config.maxSpeakersPerFile,
      maxInstitutions: config.maxInstitutionsPerFile,
    });
  };

  async function resolveLocale(parse: PressParseSuccess, override?: string): Promise<CmsLocale> {
    const locale = (override ?? parse.locale) as CmsLocale;
    if (!CMS_LOCALES.includes(locale)) throw new ImportError('BAD_LOCALE', `Unknown locale "${override}"`);
    return locale;
  }

  /** Match decisions for the file's speakers and institutions, without writing (against `known` when the caller read it). */
  async function decide(parse: PressParseSuccess, known?: Pick<Known, 'speakers' | 'institutions'>) {
    const [knownSpeakers, knownInstitutions] = known ? [known.speakers, known.institutions] : await Promise.all([repo.knownSpeakers(), repo.knownInstitutions()]);
    const institutions = parse.institutions.map((found) => {
      // A well-known organisation brings its names and abbreviations in every language.
      const known = findKnownOrganisation(found);
      const parsed = {
        ...found,
        abbreviations: [...new Set([...found.abbreviations, ...(known?.abbreviations ?? [])])],
        otherNames: known ? Object.values(known.names).flat() : [],
        facts: known?.facts ?? {},
      };
      return { parsed, decision: matchInstitution(parsed, knownInstitutions) };
    });
    const speakers = parse.speakers.map((s) => ({ parsed: s, decision: matchSpeaker(s, knownSpeakers) }));
    return { institutions, speakers, knownSpeakers };
  }

  /**
   * The decision for a detected speaker the editor said is the existing speaker
   * `documentId`: a match, whose spellings the CMS lacks become aliases (as for any match).
   */
  function pointAt(parsed: { name: string; aliases: string[] }, documentId: string, known: KnownSpeaker[]): MatchDecision {
    const entry = known.find((k) => k.documentId === documentId);
    if (!entry) throw new ImportError('UNKNOWN_SPEAKER', `No speaker ${documentId}`);
    const matched = matchSpeaker(parsed, [entry]);
    if (matched.kind === 'match') return matched;
    const have = new Set(entry.names.map((n) => n.trim().toLowerCase()));
    return {
      kind: 'match',
      documentId,
      matchedName: entry.names[0] ?? parsed.name,
      newAliases: [parsed.name, ...parsed.aliases].filter((s) => !have.has(s.trim().toLowerCase())),
    };
  }

  /**
   * The speakers an import linked, as written: each detected speaker under the name the
   * import used (with the file's name beside it), created or matched, and the existing
   * speakers the editor gave a quote to; each with their number of the article's quotes
   * and, as the CMS now has them in the article's language, their name (`matchedName`
   * of a match), position and institution.
   */
  async function writtenSpeakers(
    parse: PressParseSuccess,
    corrected: PressParseSuccess,
    decided: Awaited<ReturnType<typeof decide>>,
    speakerIds: Map<string, string>,
    quoteSpeakers: Map<number, string>,
    locale: string,
  ): Promise<ImportedSpeaker[]> {
    const quotesOf = new Map<string, number>();
    corrected.quotes.forEach((quote, index) => {
      const id = quoteSpeakers.get(index) ?? (quote.speaker ? speakerIds.get(quote.speaker) : undefined);
      if (id) quotesOf.set(id, (quotesOf.get(id) ?? 0) + 1);
    });
    const stored = await repo.speakersInLocale([...new Set([...speakerIds.values(), ...quoteSpeakers.values()])], locale);
    const asStored = (documentId: string) => {
      const row = stored.get(documentId);
      return { documentId, position: row?.position ?? null, institution: row?.institution ?? null, quotes: quotesOf.get(documentId) ?? 0 };
    };
    // Corrections keep the parse's speakers in order: the i-th corrected one is the i-th detected one.
    const detectedName = new Map(corrected.speakers.map((s, i) => [s.name, parse.speakers[i].name]));
    const written: ImportedSpeaker[] = decided.speakers.map(({ parsed, decision }) => {
      const documentId = speakerIds.get(parsed.name)!;
      const described = describe(parsed.name, decision);
      return {
        ...described,
        ...(described.matchedName && { matchedName: stored.get(documentId)?.fullName ?? described.matchedName }),
        detected: detectedName.get(parsed.name) ?? parsed.name,
        ...asStored(documentId),
      };
    });
    const linked = new Set(speakerIds.values());
    for (const documentId of new Set(quoteSpeakers.values())) {
      if (linked.has(documentId)) continue;
      const name = stored.get(documentId)?.fullName ?? documentId;
      written.push({ name, decision: 'matched', matchedName: name, ...asStored(documentId) });
    }
    return written;
  }

  /** Creator fields of the entries an admin user's import creates (none for the CLI and the seed). */
  const creatorOf = (input: Pick<ImportFileInput, 'creatorId'>): Creator =>
    input.creatorId ? { createdBy: input.creatorId, updatedBy: input.creatorId } : {};

  async function writeInstitutions(decided: Awaited<ReturnType<typeof decide>>['institutions'], locale: string, creator: Creator) {
    const ids = new Map<string, string>();
    for (const { parsed, decision } of decided) {
      if (decision.kind === 'match') {
        await localizer.ensureLocaleVersion(UIDS.institution, decision.documentId, locale, { name: parsed.name }, { spelledInText: true });
        await repo.addToList(UIDS.institution, decision.documentId, 'abbreviations', decision.newAliases);
        ids.set(parsed.name, decision.documentId);
      } else {
        // New, or ambiguous (two known institutions fit): a new entry that an editor can merge.
        const created = await repo.create(UIDS.institution, locale, {
          name: parsed.name,
          abbreviations: parsed.abbreviations.join('\n'),
          ...parsed.facts,
          needsReview: decision.kind === 'ambiguous',
          ...creator,
        });
        ids.set(parsed.name, created.documentId);
      }
    }
    return ids;
  }

  async function writeSpeakers(decided: Awaited<ReturnType<typeof decide>>['speakers'], locale: string, institutionIds: Map<string, string>, creator: Creator) {
    const ids = new Map<string, string>();
    for (const { parsed, decision } of decided) {
      const institution = parsed.institution ? institutionIds.get(parsed.institution) : undefined;
      if (decision.kind === 'match') {
        const source = await repo.findAnyVersion(UIDS.speaker, decision.documentId);
        await localizer.ensureLocaleVersion(UIDS.speaker, decision.documentId, locale, {
          fullName: nameForLocale(parsed.name, locale),
          position: parsed.position ?? source?.position ?? null,
          ...(institution && { institution }),
        }, { spelledInText: true });
        await repo.addToList(UIDS.speaker, decision.documentId, 'aliases', decision.newAliases);
        ids.set(parsed.name, decision.documentId);
      } else {
        const created = await repo.create(UIDS.speaker, locale, {
          fullName: parsed.name,
          position: parsed.position,
          aliases: [parsed.name, ...parsed.aliases].join('\n'),
          needsReview: decision.kind === 'ambiguous',
          ...(institution && { institution }),
          ...creator,
        });
        ids.set(parsed.name, created.documentId);
      }
    }
    return ids;
  }

  /** The article's own fields (no relations) as the file gives them. */
  const articleFields = (parse: PressParseSuccess, translationOf: string | undefined, creator: Creator) => ({
    title: parse.title.slice(0, 300),
    lead: parse.lead,
    // The lead is the first paragraph: the body goes on from the second, so pages do not say it twice.
    body: paragraphsToBlocks(parse.paragraphs[0] === parse.lead ? parse.paragraphs.slice(1) : parse.paragraphs),
    sourceLine: parse.signature?.slice(0, 300) ?? null,
    ...(parse.publishedAt && !translationOf && { eventDate: parse.publishedAt }),
    ...creator,
  });

  /** The speaker of each quote, by order: an editor's pick, else the detected speaker. */
  const quoteSpeakerOf = (quote: PressParseSuccess['quotes'][number], order: number, speakerIds: Map<string, string>, quoteSpeakers: Map<number, string>) =>
    quoteSpeakers.get(order) ?? (quote.speaker ? speakerIds.get(quote.speaker) ?? null : null);

  async function writeArticle(parse: PressParseSuccess, locale: string, translationOf: string | undefined, speakerIds: Map<string, string>, institutionIds: Map<string, string>, creator: Creator, quotedOnly: string[] = []) {
    const linkedSpeakers = [...new Set([...speakerIds.values(), ...quotedOnly])];
    const linkedInstitutions = [...new Set(institutionIds.values())];
    const data = { ...articleFields(parse, translationOf, creator), speakers: linkedSpeakers, institutions: linkedInstitutions };
    if (!translationOf) return (await repo.create(UIDS.article, locale, data)).documentId as string;

    const locales = await repo.articleLocales(translationOf);
    if (locales.length === 0) throw new ImportError('NO_ORIGINAL', `No article ${translationOf} to translate`);
    if (locales.includes(locale)) {
      throw new ImportError('TRANSLATION_EXISTS', `Article ${translationOf} already has a "${locale}" version`);
    }
    // The original's links, in this locale: speakers and institutions it has that this
    // file did not mention are kept too.
    const original = await repo.findDraft(UIDS.article, translationOf, locales[0], {
      fields: ['id'],
      populate: { speakers: { fields: ['id'] }, institutions: { fields: ['id'] } },
    });
    const allSpeakers = [...new Set([...linkedSpeakers, ...(original?.speakers ?? []).map((s: any) => s.documentId)])];
    const allInstitutions = [...new Set([...linkedInstitutions, ...(original?.institutions ?? []).map((i: any) => i.documentId)])];
    await localizer.ensureLinksInLocale(allSpeakers, allInstitutions, locale);
    await repo.upsertLocale(UIDS.article, translationOf, locale, { ...data, speakers: allSpeakers, institutions: allInstitutions });
    return translationOf;
  }

  async function writeQuotes(parse: PressParseSuccess, locale: string, articleId: string, translationOf: string | undefined, speakerIds: Map<string, string>, creator: Creator, quoteSpeakers = new Map<number, string>()) {
    // A translation's quotes become the same quote documents as the original's, lined up
    // by their speakers (domain/align-quotes.ts), so a quote is one person's in every language.
    const originals = translationOf ? await repo.articleQuotes(translationOf, (await repo.articleLocales(translationOf)).find((l) => l !== locale)!) : [];
    const speakers = parse.quotes.map((quote, order) => quoteSpeakerOf(quote, order, speakerIds, quoteSpeakers));
    const paired = alignQuotes(originals.map((q) => q.speaker), speakers);
    // `order` is shared by a quote's language versions: a paired quote keeps the original's
    // place, a quote only this language has goes after the original's (in its own order).
    let nextOrder = originals.reduce((max, q) => Math.max(max, q.order + 1), 0);
    for (const [index, quote] of parse.quotes.entries()) {
      const original = paired[index] === null ? undefined : originals[paired[index]!];
      const data = {
        text: quote.text,
        order: original ? original.order : translationOf ? nextOrder++ : index,
        speaker: speakers[index],
        article: articleId,
        ...creator,
      };
      if (original) await repo.upsertLocale(UIDS.quote, original.documentId, locale, data);
      else await repo.create(UIDS.quote, locale, data);
    }
  }

  /**
   * A new article (not a translation) with its quotes, new speakers and institutions,
   * written in bulk (repositories/bulk-writer.ts): a dozen statements instead of ~90.
   * Matched entries that need a new locale version, a new spelling or new aliases still
   * go through the localizer and the Document Service, as in the other path; `known` (read
   * at the start of the transaction) tells which do, so most files read nothing per entry.
   * The stored result is the Document Service path's (tests/api/import-bulk.test.ts).
   */
  async function writeBulk(
    trx: any,
    parse: PressParseSuccess,
    locale: string,
    decided: Awaited<ReturnType<typeof decide>>,
    known: Known,
    creator: Creator,
    quotedOnly: string[],
    quoteSpeakers: Map<number, string>
  ): Promise<{ articleId: string; speakerIds: Map<string, string> }> {
    // Documents a Document Service call changed in this file: `known` no longer tells their versions.
    const touched = new Set<string>();
    const draftIn = (documentId: string, nameField: string) => {
      if (touched.has(documentId)) return undefined; // read it again
      const draft = known.versions.get(documentId)?.find((v) => v.locale === locale && !v.published);
      return draft ? { needsReview: draft.needsReview, [nameField]: draft.name } : null;
    };
    const slugsTaken = async (uid: string, entries: Array<Record<string, any>>, source: string) =>
      [...known.versions.keys()].some((id) => touched.has(id))
        ? bulk.takenSlugs(trx, uid, locale, entries.map((e) => slugify(e[source]) || 'untitled'))
        : bulk.knownSlugs(known, uid, locale);
    const createNew = async (uid: string, source: string, entries: Array<{ key: string; data: Record<string, any> }>, ids: Map<string, string>) => {
      if (entries.length === 0) return;
      bulk.assignSlugs(uid, entries.map((e) => e.data), await slugsTaken(uid, entries.map((e) => e.data), source));
      const created = await bulk.createDrafts(uid, locale, entries.map((e) => e.data));
      entries.forEach((e, i) => ids.set(e.key, created[i]));
    };

    const institutionIds = new Map<string, string>();
    const newInstitutions: Array<{ key: string; data: Record<string, any> }> = [];
    for (const { parsed, decision } of decided.institutions) {
      if (decision.kind === 'match') {
        const existing = draftIn(decision.documentId, 'name');
        if (await localizer.ensureLocaleVersion(UIDS.institution, decision.documentId, locale, { name: parsed.name }, { spelledInText: true, existing })) touched.add(decision.documentId);
        await repo.addToList(UIDS.institution, decision.documentId, 'abbreviations', decision.newAliases);
        institutionIds.set(parsed.name, decision.documentId);
      } else {
        const data = { name: parsed.name, abbreviations: parsed.abbreviations.join('\n'), ...parsed.facts, needsReview: decision.kind === 'ambiguous', ...creator };
        newInstitutions.push({ key: parsed.name, data });
        institutionIds.set(parsed.name, ''); // its place in the article's list; the id comes with the insert

      }
    }
    await createNew(UIDS.institution, 'name', newInstitutions, institutionIds);

    const speakerIds = new Map<string, string>();
    const newSpeakers: Array<{ key: string; data: Record<string, any>; institution?: string }> = [];
    for (const { parsed, decision } of decided.speakers) {
      const institution = parsed.institution ? institutionIds.get(parsed.institution) : undefined;
      if (decision.kind === 'match') {
        const existing = draftIn(decision.documentId, 'fullName');
        // Position and institution only matter when the locale version is made here.
        const source = existing ? null : await repo.findAnyVersion(UIDS.speaker, decision.documentId);
        const data = { fullName: nameForLocale(parsed.name, locale), position: parsed.position ?? source?.position ?? null, ...(institution && { institution }) };
        if (await localizer.ensureLocaleVersion(UIDS.speaker, decision.documentId, locale, data, { spelledInText: true, existing })) touched.add(decision.documentId);
        await repo.addToList(UIDS.speaker, decision.documentId, 'aliases', decision.newAliases);
        speakerIds.set(parsed.name, decision.documentId);
      } else {
        const data = { fullName: parsed.name, position: parsed.position, aliases: [parsed.name, ...parsed.aliases].join('\n'), needsReview: decision.kind === 'ambiguous', ...creator };
        newSpeakers.push({ key: parsed.name, data, institution });
        speakerIds.set(parsed.name, ''); // its place in the article's list; the id comes with the insert

      }
    }
    await createNew(UIDS.speaker, 'fullName', newSpeakers, speakerIds);
    await bulk.link(trx, UIDS.speaker, 'institution', locale, newSpeakers.flatMap((s) => (s.institution ? [{ from: speakerIds.get(s.key)!, to: s.institution }] : [])));
    // Existing speakers given a quote need a version in this locale to be linked.
    await localizer.ensureLinksInLocale(quotedOnly, [], locale);

    const article: Record<string, any> = articleFields(parse, undefined, creator);
    bulk.assignSlugs(UIDS.article, [article], await bulk.takenSlugs(trx, UIDS.article, locale, [slugify(article.title) || 'untitled']));
    const tracker = strapi.plugin('newsroom-translations')?.service('tracker') as { hashOf(v: object): string } | undefined;
    if (tracker) article.contentHash = tracker.hashOf(article);
    const [articleId] = await bulk.createDrafts(UIDS.article, locale, [article]);
    const to = (ids: Iterable<string>): LinkPair[] => [...new Set(ids)].map((id) => ({ from: articleId, to: id }));
    await bulk.link(trx, UIDS.article, 'speakers', locale, to([...speakerIds.values(), ...quotedOnly]));
    await bulk.link(trx, UIDS.article, 'institutions', locale, to(institutionIds.values()));

    const quoteIds = await bulk.createDrafts(UIDS.quote, locale, parse.quotes.map((quote, order) => ({ text: quote.text, order, ...creator })));
    await bulk.link(trx, UIDS.quote, 'speaker', locale, parse.quotes.flatMap((quote, order) => {
      const speaker = quoteSpeakerOf(quote, order, speakerIds, quoteSpeakers);
      return speaker ? [{ from: quoteIds[order], to: speaker }] : [];
    }));
    await bulk.link(trx, UIDS.quote, 'article', locale, quoteIds.map((id) => ({ from: id, to: articleId })));
    return { articleId, speakerIds };
  }

  /**
   * Uploads the file's photos through the upload plugin; the first one that uploads
   * becomes the article's cover. A broken image is a warning, never a failure.
   */
  async function attachImages(articleId: string, locale: string, images: ImageInput[], alt: string, warnings: ImportWarning[]) {
    const uploaded: number[] = [];
    for (const image of images) {
      try {
        const mimetype = await sniffFile(image.filepath);
        if (!mimetype) throw new Error('not a JPEG, PNG, GIF or WebP image');
        const [file] = await strapi
          .plugin('upload')
          .service('upload')
          .upload({
            data: { fileInfo: { name: image.name, alternativeText: alt.slice(0, 250) } },
            files: { filepath: image.filepath, originalFilename: image.name, mimetype, size: image.size },
          });
        uploaded.push(file.id);
      } catch (error: any) {
        warnings.push({ code: 'BROKEN_IMAGE', message: `${image.name}: ${error?.message ?? error}` });
      }
    }
    if (uploaded.length > 0) await repo.upsertLocale(UIDS.article, articleId, locale, { cover: uploaded[0] });
    return uploaded.length;
  }

  /** Serialises imports of the same bytes across processes (PostgreSQL); SQLite has one writer. */
  async function lockFile(trx: any, sha256: string) {
    if (strapi.db.dialect.client === 'postgres') {
      await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [sha256]);
    }
  }

  async function record(
    input: ImportFileInput,
    sha256: string,
    outcome: Omit<Partial<ImportOutcome>, 'status'> & { status: 'imported' | 'skipped' | 'failed' }
  ) {
    return repo.importRecords.create({
      fileName: input.fileName.slice(0, 500),
      sha256,
      size: input.bytes.length,
      encoding: outcome.encoding ?? null,
      locale: outcome.locale ?? null,
      status: outcome.status,
      reason: outcome.error?.message?.slice(0, 1000) ?? null,
      errorCode: outcome.error?.code ?? null,
      warnings: outcome.warnings ?? [],
      articleDocumentId: outcome.articleDocumentId ?? null,
      articleTitle: outcome.articleTitle?.slice(0, 300) ?? null,
      importedBy: input.importedBy ?? null,
      source: input.source ?? 'admin',
      corrections: input.corrections ?? null,
    });
  }

  const unavailable = (base: Pick<ImportOutcome, 'fileName' | 'sha256'> & Partial<ImportOutcome>, error: unknown): ImportOutcome => ({
    warnings: [],
    ...base,
    status: 'failed',
    error: { code: 'DATABASE_UNAVAILABLE', message: databaseUnavailableMessage(error) },
  });

  /**
   * Imports one file in one transaction. A lost database connection anywhere (even while
   * recording a rejected file) comes back as a DATABASE_UNAVAILABLE outcome, so callers
   * can stop a batch instead of failing every remaining file the same way.
   */
  async function importFile(input: ImportFileInput): Promise<ImportOutcome> {
    try {
      return await importOneFile(input);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailable({ fileName: input.fileName, sha256: sha256Of(input.bytes) }, error);
      throw error;
    }
  }

  async function importOneFile(input: ImportFileInput): Promise<ImportOutcome> {
    const sha256 = sha256Of(input.bytes);
    const parse = parseOf(input);
    if (!parse.ok || correctionProblem(parse, input.corrections)) {
      const error = parse.ok ? { code: 'BAD_CORRECTIONS', message: correctionProblem(parse, input.corrections)! } : parse.error;
      const outcome: ImportOutcome = { fileName: input.fileName, sha256, status: 'failed', warnings: [], error };
      await record(input, sha256, { ...outcome, status: 'failed' });
      return outcome;
    }
    const base = { fileName: input.fileName, sha256, encoding: parse.encoding, warnings: parse.warnings };
    try {
      const locale = await resolveLocale(parse, input.locale);
      return await strapi.db.transaction(async ({ trx }: any) => {
        await lockFile(trx, sha256);
        const previous = await repo.importRecords.findImported(sha256);
        if (previous) {
          await record(input, sha256, { ...base, locale: previous.locale, status: 'skipped', articleDocumentId: previous.articleDocumentId, error: { code: 'ALREADY_IMPORTED', message: 'Already imported' } });
          return { ...base, status: 'already-imported', locale: previous.locale, articleDocumentId: previous.articleDocumentId, articleTitle: previous.articleTitle } as ImportOutcome;
        }
        // The editor's corrections apply before matching: the import writes what they confirmed.
        const { parse: corrected, pointedSpeakers, quoteSpeakers } = applyCorrections(parse, input.corrections);
        const known = await bulk.known(trx);
        const decided = await decide(corrected, known);
        if (input.translationOf) decided.speakers = alignWithOriginal(decided.speakers, await repo.articleSpeakerIds(input.translationOf));
        decided.speakers = decided.speakers.map((s) => {
          const documentId = pointedSpeakers.get(s.parsed.name);
          return documentId ? { parsed: s.parsed, decision: pointAt(s.parsed, documentId, decided.knownSpeakers) } : s;
        });
        const quotedOnly = [...new Set(quoteSpeakers.values())];
        for (const documentId of quotedOnly) {
          if (!decided.knownSpeakers.some((k) => k.documentId === documentId)) throw new ImportError('UNKNOWN_SPEAKER', `No speaker ${documentId}`);
        }
        const creator = creatorOf(input);
        let articleId: string;
        let speakerIds: Map<string, string>;
        if (!input.translationOf && input.writePath !== 'document-service') {
          ({ articleId, speakerIds } = await writeBulk(trx, corrected, locale, decided, known, creator, quotedOnly, quoteSpeakers));
        } else {
          // Translations (and the reference path of tests/api/import-bulk.test.ts) go through the Document Service.
          const institutionIds = await writeInstitutions(decided.institutions, locale, creator);
          speakerIds = await writeSpeakers(decided.speakers, locale, institutionIds, creator);
          if (!input.translationOf) await localizer.ensureLinksInLocale(quotedOnly, [], locale);
          articleId = await writeArticle(corrected, locale, input.translationOf, speakerIds, institutionIds, creator, quotedOnly);
          await writeQuotes(corrected, locale, articleId, input.translationOf, speakerIds, creator, quoteSpeakers);
        }
        const warnings: ImportWarning[] = [...parse.warnings];
        const images = input.images?.length ? await attachImages(articleId, locale, input.images, parse.title, warnings) : 0;
        if (input.publish) await repo.publishArticle(articleId, locale);
        const outcome: ImportOutcome = {
          ...base,
          status: 'imported',
          warnings,
          images,
          locale,
          articleDocumentId: articleId,
          articleTitle: parse.title,
          quotes: corrected.quotes.length,
          speakers: await writtenSpeakers(parse, corrected, decided, speakerIds, quoteSpeakers, locale),
          institutions: await inLocale('institution', decided.institutions.map((i) => describe(i.parsed.name, i.decision)), locale),
          ...(input.corrections && { corrections: input.corrections }),
        };
        await record(input, sha256, { ...outcome, status: 'imported' });
        return outcome;
      });
    } catch (error: any) {
      // The transaction died with its connection, so nothing of the file is stored;
      // recording the failure would need the database too. A lost connection can also
      // surface as a follow-up error of the aborted transaction ("Transaction query
      // already complete"), so an unknown error is checked against the database itself.
      if (isDatabaseUnavailable(error)) return unavailable(base, error);
      if (!(error instanceof ImportError)) {
        const connectionError = await repo.connectionError();
        if (connectionError && isDatabaseUnavailable(connectionError)) return unavailable(base, connectionError);
      }
      const outcome: ImportOutcome = {
        ...base,
        status: 'failed',
        error: { code: error instanceof ImportError ? error.code : 'IMPORT_FAILED', message: String(error?.message ?? error) },
      };
      await record(input, sha256, { ...outcome, status: 'failed' }).catch((e: unknown) => strapi.log.error(`[press-import] could not record a failure: ${e}`));
      return outcome;
    }
  }

  /**
   * Matched entries named as the CMS has them in the file's language (a Russian file's
   * "Жансеит Тұймебаев" matched the English entry's aliases: it is shown as the Russian
   * version's "Жансеит Туймебаев", not as "Zhanseit Tuimebayev"), when that version exists.
   */
  async function inLocale(kind: 'speaker' | 'institution', decisions: EntityDecision[], locale: string): Promise<EntityDecision[]> {
    const ids = decisions.flatMap((d) => (d.decision === 'matched' && d.documentId ? [d.documentId] : []));
    const names = await repo.namesInLocale(kind, [...new Set(ids)], locale);
    return decisions.map((d) => (d.documentId && names.has(d.documentId) ? { ...d, matchedName: names.get(d.documentId) } : d));
  }

  /**
   * What `importFile` would do, without writing anything. With `translationOf` (or else
   * the suggested original), speakers are aligned with that article's as the import
   * would align them.
   */
  async function preview(
    input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'locale' | 'maxBytes' | 'maxParagraphs' | 'translationOf' | 'parse'>,
    /** The articles the caller may read (admin API): originals are only suggested among them. */
    readable: ReadScope = {}
  ): Promise<PreviewOutcome> {
    const sha256 = sha256Of(input.bytes);
    const parse = parseOf(input);
    const empty = { fileName: input.fileName, sha256, parse, speakers: [], institutions: [], alreadyImported: null, suggestedOriginal: null, existingVersion: null };
    if (!parse.ok) return empty;
    const locale = input.locale ?? parse.locale;
    const [decided, previous] = await Promise.all([decide(parse), repo.importRecords.findImported(sha256)]);
    const matchedSpeakerIds = decided.speakers.flatMap((s) => (s.decision.kind === 'match' ? [s.decision.documentId] : []));
    const candidates = readable === false ? [] : await repo.articlesMentioning(matchedSpeakerIds, readable);
    const versions = await repo.localesOfArticles([...new Set(candidates.map((c: any) => c.documentId as string))]);
    let suggestedOriginal = suggestOriginal(parse, locale, matchedSpeakerIds, candidates, versions);
    const existingVersion = input.translationOf || previous ? null : findExistingVersion(parse, locale, matchedSpeakerIds, candidates, versions);
    const original = input.translationOf ?? suggestedOriginal?.documentId;
    if (original && !previous) {
      const originalSpeakerIds = await repo.articleSpeakerIds(original);
      decided.speakers = alignWithOriginal(decided.speakers, originalSpeakerIds);
      if (suggestedOriginal?.evidence.speakers) {
        // Say how many speakers the preview shows as the original's, after aligning them.
        const aligned = new Set(decided.speakers.flatMap((s) => (s.decision.kind === 'match' ? [s.decision.documentId] : [])));
        const evidence = { ...suggestedOriginal.evidence, speakers: originalSpeakerIds.filter((id) => aligned.has(id)).length };
        suggestedOriginal = { ...suggestedOriginal, evidence, reasons: reasonsOf(evidence) };
      }
    }
    return {
      ...empty,
      speakers: await inLocale('speaker', decided.speakers.map((s) => describe(s.parsed.name, s.decision)), locale),
      institutions: await inLocale('institution', decided.institutions.map((i) => describe(i.parsed.name, i.decision)), locale),
      alreadyImported: previous ? { articleDocumentId: previous.articleDocumentId, locale: previous.locale } : null,
      suggestedOriginal,
      existingVersion,
    };
  }

  /**
   * What importing each file would write, from its parse alone (nothing is read or
   * written): for the permission check that runs before an admin import. Files that do
   * not parse, or are rejected, write no content and have no plan.
   */
  function plan(input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'locale' | 'translationOf' | 'publish' | 'maxBytes' | 'maxParagraphs' | 'parse' | 'corrections'>): ImportPlan | null {
    const parse = parseOf(input);
    if (!parse.ok) return null;
    const creates: string[] = [UIDS.article];
    if (parse.quotes.length > 0) creates.push(UIDS.quote);
    if (parse.speakers.length > 0) creates.push(UIDS.speaker);
    if (parse.institutions.length > 0) creates.push(UIDS.institution);
    return {
      fileName: input.fileName,
      locale: input.locale ?? parse.locale,
      creates,
      publish: Boolean(input.publish),
      translationOf: input.translationOf,
      readsSpeakers: correctedSpeakerIds(input.corrections),
    };
  }

  /** Import records, newest first; `scope` (a `where`) limits them to those the caller may see. */
  async function history(
    filters: { status?: string; from?: string; to?: string; user?: string; page?: number; pageSize?: number },
    scope: Record<string, unknown> | null = null
  ) {
    const where: Record<string, unknown> = {};
    if (filters.status) where.status = filters.status;
    if (filters.user) where.importedBy = filters.user;
    if (filters.from || filters.to) {
      where.createdAt = { ...(filters.from && { $gte: filters.from }), ...(filters.to && upTo(filters.to)) };
    }
    return repo.importRecords.page(scope ? { $and: [where, scope] } : where, filters.page ?? 1, filters.pageSize ?? 25);
  }

  /**
   * Why `corrections` do not fit the file, or null: an unknown quote index, speaker or
   * institution, or an existing speaker (documentId) that is not in the CMS. Checked for
   * every file of an admin import before anything is written (400).
   */
  async function checkCorrections(
    input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'maxBytes' | 'maxParagraphs' | 'parse' | 'corrections'>
  ): Promise<string | null> {
    if (!input.corrections) return null;
    const parse = parseOf(input);
    if (!parse.ok) return `"${input.fileName}" cannot be corrected: it was not read (${parse.error.code})`;
    const problem = correctionProblem(parse, input.corrections);
    if (problem) return `"${input.fileName}": ${problem}`;
    const ids = correctedSpeakerIds(input.corrections);
    const known = new Set((await repo.knownSpeakers()).map((k) => k.documentId));
    const unknown = ids.find((id) => !known.has(id));
    return unknown ? `"${input.fileName}": no speaker ${unknown}` : null;
  }

  return { importFile, preview, plan, history, checkCorrections };
};

export type Importer = ReturnType<typeof createImporter>;
