// What the admin API answers: the server's coverage report (domain/coverage.ts, pure
// and free of Strapi imports) plus what the translations service adds to it.
import type * as Domain from '../../server/src/domain/coverage';

export { STATES } from '../../server/src/domain/coverage';
export type TranslationState = Domain.TranslationState;
export type Filters = Domain.CoverageFilters;

export type Locale = { code: string; name: string; isDefault: boolean };

export type LocaleCoverage = Domain.LocaleCoverage & {
  title: string | null;
  /** Content Manager URL of this version (null when missing). */
  url: string | null;
};

export type ArticleCoverage = Omit<Domain.ArticleCoverage, 'locales'> & {
  title: string | null;
  locales: Record<string, LocaleCoverage>;
};

export type CoverageReport = Omit<Domain.CoverageReport, 'results'> & {
  results: ArticleCoverage[];
  locales: Locale[];
};
