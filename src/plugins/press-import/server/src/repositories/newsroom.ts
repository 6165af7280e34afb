import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';
import type { KnownInstitution, KnownSpeaker } from '../domain/match';

/** Splits a shared "one per line" list field (aliases, abbreviations). */
export const splitLines = (value: unknown): string[] =>
  typeof value === 'string' ? value.split('\n').map((s) => s.trim()).filter(Boolean) : [];

const joinLines = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))].join('\n');

/**
 * The only code of the importer that talks to the database. Everything it writes goes
 * through the Document Service, so the app's rules (slugs, publishing cascade) apply.
 * Reads for matching use the query engine with narrow selects (all versions, all
 * locales) because they run once per imported file.
 */
export const createNewsroomRepository = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as any) as any;
  const query = (uid: string) => strapi.db.query(uid as any);

  const groupByDocument = <T extends { documentId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.documentId, [...(map.get(row.documentId) ?? []), row]);
    return map;
  };

  return {
    /**
     * Null when the database answers a trivial query, else the error it gave. Outside any
     * transaction: it asks for a connection of its own.
     */
    async connectionError(): Promise<unknown | null> {
      try {
        await strapi.db.connection.raw('select 1');
        return null;
      } catch (error) {
        return error;
      }
    },

    async knownSpeakers(): Promise<KnownSpeaker[]> {
      const rows = await query(UIDS.speaker).findMany({ select: ['documentId', 'fullName', 'aliases'] });
      return [...groupByDocument(rows as any[]).entries()].map(([documentId, versions]) => ({
        documentId,
        names: [...new Set(versions.flatMap((v: any) => [v.fullName, ...splitLines(v.aliases)]).filter(Boolean))],
      }));
    },

    async knownInstitutions(): Promise<KnownInstitution[]> {
      const rows = await query(UIDS.institution).findMany({ select: ['documentId', 'name', 'abbreviations'] });
      return [...groupByDocument(rows as any[]).entries()].map(([documentId, versions]) => ({
        documentId,
        names: [...new Set(versions.map((v: any) => v.name).filter(Boolean))],
        abbreviations: [...new Set(versions.flatMap((v: any) => splitLines(v.abbreviations)))],
      }));
    },

    /** The draft version of a document in a locale, or null. */
    findDraft(uid: string, documentId: string, locale: string, extra: Record<string, unknown> = {}) {
      return docs(uid).findOne({ documentId, locale, status: 'draft', ...extra });
    },

    /** Any version of the document, whatever its locale, to copy shared fields from. */
    findAnyVersion(uid: string, documentId: string) {
      return query(uid).findOne({ where: { documentId } });
    },

    create(uid: string, locale: string, data: Record<string, unknown>) {
      return docs(uid).create({ locale, data });
    },

    /** Updates a locale version, creating it when the document lacks that locale. */
    upsertLocale(uid: string, documentId: string, locale: string, data: Record<string, unknown>) {
      return docs(uid).update({ documentId, locale, data });
    },

    async addToList(uid: string, documentId: string, field: 'aliases' | 'abbreviations', values: string[]) {
      if (values.length === 0) return;
      const any = await this.findAnyVersion(uid, documentId);
      const current = splitLines(any?.[field]);
      const merged = joinLines([...current, ...values]);
      if (merged === joinLines(current)) return;
      // A shared field: writing it in one locale writes it in all of them.
      await docs(uid).update({ documentId, locale: any.locale, data: { [field]: merged } });
    },

    publishArticle(documentId: string, locale: string) {
      return docs(UIDS.article).publish({ documentId, locale });
    },

    /** Quotes of an article in one locale, in order. */
    async articleQuotes(documentId: string, locale: string) {
      const article = await docs(UIDS.article).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['id'],
        populate: { quotes: { fields: ['order'], sort: ['order:asc'], populate: { speaker: { fields: ['documentId'] } } } },
      });
      return ((article?.quotes ?? []) as Array<{ documentId: string; order: number; speaker?: { documentId: string } | null }>).map((q) => ({
        documentId: q.documentId,
        order: q.order,
        speaker: q.speaker?.documentId ?? null,
      }));
    },

    /** The speakers an article links, in link order, from any of its versions. */
    async articleSpeakerIds(documentId: string): Promise<string[]> {
      const [version] = await query(UIDS.article).findMany({
        where: { documentId, publishedAt: null },
        populate: { speakers: { select: ['documentId'] } },
        limit: 1,
      });
      return (version?.speakers ?? []).map((s: any) => s.documentId as string);
    },

    /** The draft of each of these speakers in `locale`: documentId → name, position, institution's name. */
    async speakersInLocale(documentIds: string[], locale: string): Promise<Map<string, { fullName: string; position: string | null; institution: string | null }>> {
      if (documentIds.length === 0) return new Map();
      const rows = await query(UIDS.speaker).findMany({
        select: ['documentId', 'fullName', 'position'],
        where: { documentId: { $in: documentIds }, locale, publishedAt: null },
        populate: { institution: { select: ['name'] } },
      });
      return new Map(rows.map((r: any) => [r.documentId as string, { fullName: r.fullName, position: r.position ?? null, institution: r.institution?.name ?? null }]));
    },

    /** The name of each of these speakers or institutions that has a draft in `locale`: documentId → name. */
    async namesInLocale(kind: 'speaker' | 'institution', documentIds: string[], locale: string): Promise<Map<string, string>> {
      if (documentIds.length === 0) return new Map();
      const field = kind === 'speaker' ? 'fullName' : 'name';
      const rows = await query(UIDS[kind]).findMany({ select: ['documentId', field], where: { documentId: { $in: documentIds }, locale, publishedAt: null } });
      return new Map(rows.filter((r: any) => r[field]).map((r: any) => [r.documentId as string, r[field] as string]));
    },

    /** The languages each of these articles has a version in. */
    async localesOfArticles(documentIds: string[]): Promise<Map<string, Set<string>>> {
      const locales = new Map<string, Set<string>>();
      if (documentIds.length === 0) return locales;
      const rows: any[] = await query(UIDS.article).findMany({ select: ['documentId', 'locale'], where: { documentId: { $in: documentIds } } });
      for (const r of rows) locales.set(r.documentId, new Set([...(locales.get(r.documentId) ?? []), r.locale as string]));
      return locales;
    },

    articleLocales(documentId: string): Promise<string[]> {
      return query(UIDS.article)
        .findMany({ select: ['locale'], where: { documentId } })
        .then((rows: any[]) => [...new Set(rows.map((r) => r.locale as string))]);
    },

    /**
     * Articles that mention any of the speakers, with their locales, for translation
     * hints; `scope` (the caller's Content Manager read conditions) limits them.
     */
    async articlesMentioning(speakerIds: string[], scope: Record<string, unknown> = {}) {
      if (speakerIds.length === 0) return [];
      return docs(UIDS.article).findMany({
        locale: '*',
        status: 'draft',
        filters: { $and: [{ speakers: { documentId: { $in: speakerIds } } }, scope] },
        fields: ['title', 'eventDate', 'lead', 'locale'],
        populate: { speakers: { fields: ['id'] } },
        limit: 50,
      }) as Promise<any[]>;
    },

    importRecords: {
      findImported(sha256: string) {
        return query(UIDS.importRecord).findOne({ where: { sha256, status: 'imported' } });
      },
      /** Written without reading the row back (nobody uses it). */
      async create(data: Record<string, unknown>) {
        await query(UIDS.importRecord).createMany({ data: [data] });
      },
      async page(where: Record<string, unknown>, page: number, pageSize: number) {
        const [results, total] = await Promise.all([
          query(UIDS.importRecord).findMany({ where, orderBy: { createdAt: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
          query(UIDS.importRecord).count({ where }),
        ]);
        return { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
      },
    },
  };
};

export type NewsroomRepository = ReturnType<typeof createNewsroomRepository>;
