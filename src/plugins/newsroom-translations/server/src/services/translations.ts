import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentManagerUrl, UIDS } from '../constants';
import {
  buildReport,
  computeCoverage,
  pickSourceLocale,
  publishedKey,
  readableOnly,
  versionKey,
  type ArticleCoverage,
  type CoverageFilters,
  type VersionRow,
} from '../domain/coverage';
import type { Access } from './access';
import type { Tracker } from './tracker';

export type CoverageQuery = CoverageFilters & { page: number; pageSize: number };
export type Target = { documentId: string; locale: string };
export type Locale = { code: string; name: string; isDefault: boolean };

type Localizer = {
  ensureLinksInLocale(speakerIds: string[], institutionIds: string[], locale: string): Promise<void>;
};

const unique = (ids: Array<string | undefined | null>) => [...new Set(ids.filter((id): id is string => Boolean(id)))];

/**
 * The translators' workspace: coverage of articles per locale, signing a translation off
 * as up to date, and starting a translation. Controllers validate input and call one
 * method each.
 */
export const createTranslations = ({
  strapi,
  tracker,
  access,
}: {
  strapi: Core.Strapi;
  tracker: () => Tracker;
  access: () => Access;
}) => {
  const articles = () => strapi.db.query(UIDS.article as any);
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  /** The configured locales, the default one first. */
  async function locales(): Promise<Locale[]> {
    const all = (await strapi.plugin('i18n').service('locales').find()) as Array<Locale & { id: number }>;
    return [...all]
      .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id - b.id)
      .map(({ code, name, isDefault }) => ({ code, name, isDefault: Boolean(isDefault) }));
  }

  /** The configured locales, after checking `locale` (when given) is one of them. */
  async function knownLocales(locale?: string): Promise<Locale[]> {
    const configured = await locales();
    const codes = configured.map((l) => l.code);
    if (locale !== undefined && !codes.includes(locale)) {
      throw new errors.ValidationError(`Unknown locale "${locale}": use one of ${codes.join(', ')}`);
    }
    return configured;
  }

  function localizer(): Localizer {
    const plugin = strapi.plugin('press-import');
    if (!plugin) throw new errors.ApplicationError('Starting a translation needs the press-import plugin (its localizer service)');
    return plugin.service('localizer') as Localizer;
  }

  /** Coverage, in the `configured` locales, of the given documents (all of them when `documentIds` is omitted). */
  async function coverageOf(configured: Locale[], documentIds?: string[]): Promise<ArticleCoverage[]> {
    const scope = documentIds ? { documentId: { $in: documentIds } } : {};
    // Two narrow queries for the whole table, whatever the number of articles: the draft
    // row of every locale version (fingerprints and dates) and which versions are published.
    const [drafts, published, defaultLocale] = await Promise.all([
      articles().findMany({
        select: ['documentId', 'locale', 'contentHash', 'translatedFrom', 'eventDate', 'createdAt', 'updatedAt'],
        where: { ...scope, publishedAt: null },
      }) as Promise<VersionRow[]>,
      articles().findMany({ select: ['documentId', 'locale'], where: { ...scope, publishedAt: { $notNull: true } } }) as Promise<VersionRow[]>,
      tracker().defaultLocale(),
    ]);
    return computeCoverage(
      drafts,
      new Set(published.map((p) => publishedKey(p.documentId, p.locale))),
      configured.map((l) => l.code),
      defaultLocale,
    );
  }

  /** Titles of the draft versions of these documents, per locale. */
  async function titlesOf(documentIds: string[]) {
    if (documentIds.length === 0) return new Map<string, Record<string, string>>();
    const rows = (await articles().findMany({
      select: ['documentId', 'locale', 'title'],
      where: { documentId: { $in: documentIds }, publishedAt: null },
    })) as Array<{ documentId: string; locale: string; title: string }>;
    const titles = new Map<string, Record<string, string>>();
    for (const r of rows) titles.set(r.documentId, { ...titles.get(r.documentId), [r.locale]: r.title });
    return titles;
  }

  /**
   * Adds the title (of the source version) and per-locale titles and editing URLs: only
   * of the versions in `readable` (the caller may read them in the Content Manager).
   */
  async function present(items: ArticleCoverage[], readable: Set<string>) {
    const titles = await titlesOf(items.map((a) => a.documentId));
    return items.map((article) => {
      const byLocale = Object.fromEntries(
        Object.entries(titles.get(article.documentId) ?? {}).filter(([code]) => readable.has(versionKey(article.documentId, code))),
      );
      const locales = Object.fromEntries(
        Object.entries(article.locales).map(([code, l]) => [
          code,
          { ...l, title: byLocale[code] ?? null, url: l.state === 'missing' ? null : contentManagerUrl(article.documentId, code) },
        ]),
      );
      const title = (article.sourceLocale && byLocale[article.sourceLocale]) ?? Object.values(byLocale)[0] ?? null;
      return { ...article, title, locales };
    });
  }

  return {
    /**
     * The articles the caller may read in the Content Manager (at least one version),
     * with the titles of the versions they may read. A version they may not read still
     * shows its state (the article has a "ru" draft), never its words.
     */
    async coverage(query: CoverageQuery, userAbility: unknown) {
      const configured = await knownLocales(query.locale);
      const readable = await access().readableVersions(userAbility);
      const visible = readableOnly(await coverageOf(configured), readable);
      const report = buildReport(visible, configured.map((l) => l.code), query, query.page, query.pageSize);
      return { ...report, results: await present(report.results, readable), locales: configured };
    },

    /** Records that the `locale` version now translates the source as it reads today. */
    async markUpToDate({ documentId, locale }: Target, userAbility: unknown) {
      const configured = await knownLocales(locale);
      const version = await articles().findOne({
        select: ['id', 'locale'],
        where: { documentId, locale, publishedAt: null },
        populate: { createdBy: { select: ['id'] } },
      });
      if (!version) throw new errors.NotFoundError(`Article ${documentId} has no "${locale}" version`);
      access().assertMayUpdate(userAbility, { locale, createdBy: version.createdBy ?? null });

      await strapi.db.transaction(async () => {
        const rows = await tracker().refreshHashes(documentId);
        const drafts = rows.filter((r) => r.publishedAt === null);
        const sourceLocale = pickSourceLocale(drafts, await tracker().defaultLocale());
        if (sourceLocale === locale) {
          throw new errors.ValidationError(`"${locale}" is the source version of this article: it is not a translation`);
        }
        const source = drafts.find((r) => r.locale === sourceLocale);
        if (!sourceLocale || !source?.contentHash) {
          throw new errors.ValidationError('This article has no source version to be up to date with');
        }
        await tracker().setTranslatedFrom(documentId, locale, { locale: sourceLocale, hash: source.contentHash });
      });
      const [article] = await present(await coverageOf(configured, [documentId]), await access().readableVersions(userAbility));
      return { documentId, locale, state: article.locales[locale].state, article };
    },

    /**
     * Creates the draft `locale` version of an article for a translator: shared fields
     * copied by Strapi, the source title as a placeholder (the title is required), the
     * same speakers, institutions and quotes linked in that locale (their missing locale
     * versions created, quotes with the source text to translate). Answers where to edit
     * it; a version that exists already is left as it is.
     */
    async start({ documentId, locale }: Target, userAbility: unknown) {
      await knownLocales(locale);
      access().assertMayCreate(userAbility, locale);
      const drafts = await tracker().draftVersions(documentId);
      if (drafts.length === 0) throw new errors.NotFoundError(`No article ${documentId}`);
      const url = contentManagerUrl(documentId, locale);
      if (drafts.some((v) => v.locale === locale)) return { created: false, documentId, locale, url };

      const sourceLocale = pickSourceLocale(drafts, await tracker().defaultLocale()) ?? drafts[0].locale;
      await strapi.db.transaction(async () => {
        const source = await docs(UIDS.article).findOne({
          documentId,
          locale: sourceLocale,
          status: 'draft',
          fields: ['title'],
          populate: {
            speakers: { fields: ['id'] },
            institutions: { fields: ['id'] },
            quotes: { fields: ['text', 'context', 'order'], populate: { speaker: { fields: ['id'] } } },
          },
        });
        const quotes: any[] = [...(source?.quotes ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
        const articleSpeakers = unique((source?.speakers ?? []).map((s: any) => s.documentId));
        const institutions = unique((source?.institutions ?? []).map((i: any) => i.documentId));
        // Strapi 5 links versions of the same locale only: the targets must exist in `locale` first.
        await localizer().ensureLinksInLocale(unique([...articleSpeakers, ...quotes.map((q) => q.speaker?.documentId)]), institutions, locale);

        await docs(UIDS.article).update({
          documentId,
          locale,
          data: { title: source.title, speakers: articleSpeakers, institutions },
        });
        for (const quote of quotes) {
          const exists = (await strapi.db.query(UIDS.quote as any).count({ where: { documentId: quote.documentId, locale } })) > 0;
          // `order` is shared: Strapi copies it into the new locale version.
          const data = exists
            ? { article: documentId }
            : { text: quote.text, context: quote.context, speaker: quote.speaker?.documentId ?? null, article: documentId };
          await docs(UIDS.quote).update({ documentId: quote.documentId, locale, data });
        }
      });
      return { created: true, documentId, locale, url };
    },
  };
};

export type Translations = ReturnType<typeof createTranslations>;
