/**
 * Translation coverage of articles: pure functions from the rows the database gives
 * (one draft row per locale version, plus which versions are published) to the state of
 * every article in every locale, filters, totals and pages.
 */

export const STATES = ['missing', 'draft', 'published', 'outdated'] as const;
export type TranslationState = (typeof STATES)[number];

/** Which version of which locale a translation was made from (`translatedFrom`). */
export type TranslatedFrom = { locale: string; hash: string };

/** The draft row of one locale version, as read for coverage. */
export type VersionRow = {
  documentId: string;
  locale: string;
  contentHash?: string | null;
  translatedFrom?: unknown;
  eventDate?: string | Date | null;
  createdAt?: string | Date | number | null;
  updatedAt?: string | Date | number | null;
};

export type LocaleCoverage = {
  state: TranslationState;
  /** A published version exists (it may be older than the draft). */
  published: boolean;
  /** A translation whose source text changed since it was translated. */
  outdated: boolean;
  /** The version the others are translated from. */
  source: boolean;
  /** The locale this version was translated from, when it is a translation. */
  translatedFrom: string | null;
  updatedAt: string | null;
};

export type ArticleCoverage = {
  documentId: string;
  sourceLocale: string | null;
  /** The article's day (YYYY-MM-DD): its eventDate, else the day it was created. */
  date: string | null;
  eventDate: string | null;
  locales: Record<string, LocaleCoverage>;
};

export type Totals = Record<string, Record<TranslationState, number>>;

export type CoverageFilters = {
  locale?: string;
  state?: TranslationState;
  /** Inclusive YYYY-MM-DD bounds on the article's day. */
  from?: string;
  to?: string;
};

/** `translatedFrom` as stored (JSON), or null when it is absent or malformed. */
export function parseTranslatedFrom(value: unknown): TranslatedFrom | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { locale, hash } = parsed as Record<string, unknown>;
  return typeof locale === 'string' && locale && typeof hash === 'string' && hash ? { locale, hash } : null;
}

const time = (value: VersionRow['createdAt']) => (value == null ? Number.POSITIVE_INFINITY : new Date(value).getTime());

const isoTime = (value: VersionRow['updatedAt']) => (value == null ? null : new Date(value).toISOString());

/** YYYY-MM-DD of a `date` column (a string, or a Date on some drivers) or of a timestamp (UTC day). */
export function dayOf(value: string | Date | number | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * The locale the document was written in, which the other versions translate.
 * Translations carry `translatedFrom`; the source does not. When several versions
 * carry none (content from before translations were tracked, or a clone), the one the
 * translations point at wins, then the default locale, then the oldest. Null when every
 * version is a translation of a locale that was since deleted.
 */
export function pickSourceLocale(versions: VersionRow[], defaultLocale: string): string | null {
  const candidates = versions.filter((v) => !parseTranslatedFrom(v.translatedFrom));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0].locale;
  const referenced = new Set(versions.map((v) => parseTranslatedFrom(v.translatedFrom)?.locale).filter(Boolean));
  const rank = (v: VersionRow) => [referenced.has(v.locale) ? 0 : 1, v.locale === defaultLocale ? 0 : 1, time(v.createdAt)];
  return [...candidates].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.locale.localeCompare(b.locale);
  })[0].locale;
}

/**
 * Outdated: the version it was translated from has a different text now. A translation
 * whose source version is gone, or not yet fingerprinted, cannot be judged and is not
 * reported as outdated.
 */
export function isOutdated(version: VersionRow, byLocale: Map<string, VersionRow>): boolean {
  const from = parseTranslatedFrom(version.translatedFrom);
  if (!from || from.locale === version.locale) return false;
  const current = byLocale.get(from.locale)?.contentHash;
  return Boolean(current) && current !== from.hash;
}

/** Outdated wins over published and draft: it is the one that asks for work. */
export function stateOf(exists: boolean, published: boolean, outdated: boolean): TranslationState {
  if (!exists) return 'missing';
  if (outdated) return 'outdated';
  return published ? 'published' : 'draft';
}

/** Identifies one locale version of a document (in sets of published or readable versions). */
export const versionKey = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
export const publishedKey = versionKey;

/**
 * The articles of which the caller may read at least one locale version (`readable`
 * holds their `versionKey`s): the others are not theirs to see, not even counted.
 */
export const readableOnly = (coverage: ArticleCoverage[], readable: Set<string>) =>
  coverage.filter((article) =>
    Object.entries(article.locales).some(([locale, l]) => l.state !== 'missing' && readable.has(versionKey(article.documentId, locale))),
  );

/**
 * The coverage of every document in `drafts` (draft rows of every locale), in every
 * locale of `locales`. `published` holds `publishedKey(documentId, locale)` of the
 * versions that have a published row.
 */
export function computeCoverage(
  drafts: VersionRow[],
  published: Set<string>,
  locales: string[],
  defaultLocale: string,
): ArticleCoverage[] {
  const byDocument = new Map<string, VersionRow[]>();
  for (const row of drafts) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);

  return [...byDocument.entries()].map(([documentId, versions]) => {
    const byLocale = new Map(versions.map((v) => [v.locale, v]));
    const sourceLocale = pickSourceLocale(versions, defaultLocale);
    const source = sourceLocale ? byLocale.get(sourceLocale) : undefined;
    // eventDate is shared, but Strapi only syncs it between draft rows when it detects a
    // change, and may miss one: the source's value is the reference.
    const eventDate = dayOf(source?.eventDate ?? versions.find((v) => v.eventDate)?.eventDate ?? null);
    const created = source ?? [...versions].sort((a, b) => time(a.createdAt) - time(b.createdAt))[0];

    // Every configured locale, plus any locale a version exists in (a locale deleted
    // from the settings still has content worth seeing).
    const allLocales = [...new Set([...locales, ...byLocale.keys()])];
    const perLocale: Record<string, LocaleCoverage> = {};
    for (const locale of allLocales) {
      const version = byLocale.get(locale);
      const isPublished = Boolean(version) && published.has(publishedKey(documentId, locale));
      const outdated = version ? isOutdated(version, byLocale) : false;
      perLocale[locale] = {
        state: stateOf(Boolean(version), isPublished, outdated),
        published: isPublished,
        outdated,
        source: locale === sourceLocale,
        translatedFrom: version ? (parseTranslatedFrom(version.translatedFrom)?.locale ?? null) : null,
        updatedAt: version ? isoTime(version.updatedAt) : null,
      };
    }
    return { documentId, sourceLocale, date: eventDate ?? dayOf(created?.createdAt ?? null), eventDate, locales: perLocale };
  });
}

export const inDateRange = (article: ArticleCoverage, from?: string, to?: string) =>
  (!from || (article.date !== null && article.date >= from)) && (!to || (article.date !== null && article.date <= to));

/** With a locale, the article's state there; without one, the state in any locale. */
export function matchesState(article: ArticleCoverage, state?: TranslationState, locale?: string) {
  if (!state) return true;
  if (locale) return article.locales[locale]?.state === state;
  return Object.values(article.locales).some((l) => l.state === state);
}

/** How many articles are in each state, per locale. */
export function totalsOf(articles: ArticleCoverage[], locales: string[]): Totals {
  const totals: Totals = {};
  for (const locale of locales) totals[locale] = { missing: 0, draft: 0, published: 0, outdated: 0 };
  for (const article of articles) {
    for (const locale of locales) {
      const state = article.locales[locale]?.state ?? 'missing';
      totals[locale][state] += 1;
    }
  }
  return totals;
}

/** Newest first (by the article's day), then by documentId so pages are stable. */
export const byNewest = (a: ArticleCoverage, b: ArticleCoverage) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.documentId.localeCompare(b.documentId);

export type CoverageReport = {
  results: ArticleCoverage[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  /** Per locale and state, over the articles of the date range (whatever the state filter). */
  totals: Totals;
  /** Articles in the date range. */
  articles: number;
};

/**
 * Filters, totals and one page. Totals count the articles of the date range in every
 * state, so "37 articles lack a Kazakh version" stays true while the table shows only
 * the outdated ones.
 */
export function buildReport(
  coverage: ArticleCoverage[],
  locales: string[],
  filters: CoverageFilters,
  page: number,
  pageSize: number,
): CoverageReport {
  const inRange = coverage.filter((a) => inDateRange(a, filters.from, filters.to));
  const matching = inRange.filter((a) => matchesState(a, filters.state, filters.locale)).sort(byNewest);
  const pageCount = Math.ceil(matching.length / pageSize);
  return {
    results: matching.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount, total: matching.length },
    totals: totalsOf(inRange, locales),
    articles: inRange.length,
  };
}
