export const STATES = ['missing', 'draft', 'published', 'outdated'] as const;
export type TranslationState = (typeof STATES)[number];

export type Locale = { code: string; name: string; isDefault: boolean };

export type LocaleCoverage = {
  state: TranslationState;
  published: boolean;
  outdated: boolean;
  source: boolean;
  translatedFrom: string | null;
  updatedAt: string | null;
  title: string | null;
  /** Content Manager URL of this version (null when missing). */
  url: string | null;
};

export type ArticleCoverage = {
  documentId: string;
  title: string | null;
  sourceLocale: string | null;
  date: string | null;
  eventDate: string | null;
  locales: Record<string, LocaleCoverage>;
};

export type Filters = { locale?: string; state?: TranslationState; from?: string; to?: string };

export type CoverageReport = {
  results: ArticleCoverage[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  totals: Record<string, Record<TranslationState, number>>;
  articles: number;
  locales: Locale[];
};
