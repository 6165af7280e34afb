export const PLUGIN_ID = 'press-import';

export const UIDS = {
  article: 'api::article.article',
  quote: 'api::quote.quote',
  speaker: 'api::speaker.speaker',
  institution: 'api::institution.institution',
  importRecord: 'plugin::press-import.import-record',
} as const;

export const PERMISSIONS = {
  read: 'plugin::press-import.read',
  import: 'plugin::press-import.import',
  /** Merging duplicates; stands for the Content Manager delete of the merged entry. */
  merge: 'plugin::press-import.merge',
} as const;

/** What can be merged (`POST /press-import/merge`): the body's `type` and its content type. */
export const MERGE_TYPES = {
  speaker: UIDS.speaker,
  institution: UIDS.institution,
} as const;
export type MergeType = keyof typeof MERGE_TYPES;

/**
 * Strapi hook run inside a merge's transaction, before its first write, when the merge
 * changes published rows (the app replaces its content version there, see src/index.ts).
 */
export const PUBLIC_CHANGE_HOOK = `plugin::${PLUGIN_ID}.beforePublicChange`;

export const CMS_LOCALES = ['en', 'kk', 'ru'] as const;
export type CmsLocale = (typeof CMS_LOCALES)[number];

/** Default limits of the admin API (configurable in config/plugins.ts). */
export const DEFAULT_CONFIG = {
  maxFileBytes: 2 * 1024 * 1024,
  maxFilesPerRequest: 20,
  /**
   * Texts of one request together (photos not counted): parsing is linear but runs on the
   * server's one thread, so one request may not ask for more than a few files' worth.
   */
  maxTextBytesPerRequest: 8 * 1024 * 1024,
  maxImageBytes: 10 * 1024 * 1024,
  /** A press release has tens of paragraphs; 100,000 "lines" is a log file, not news. */
  maxParagraphs: 2000,
  /** What one file may create (domain/import-limits.ts): more is refused, in preview and import. */
  maxQuotesPerFile: 100,
  maxSpeakersPerFile: 40,
  maxInstitutionsPerFile: 40,
  /**
   * The admin API parses uploads in worker threads (services/parse-pool.ts), never on the
   * event loop that serves the site: this many at once, at most `parseQueue` files
   * waiting (then 503), each stopped after `parseTimeoutMs` (PARSE_TIMEOUT).
   */
  parseThreads: 1,
  parseQueue: 40,
  parseTimeoutMs: 30_000,
  /** Previews and imports one admin user may have running at once (then 429). */
  maxActiveRequestsPerUser: 2,
};
export type PressImportConfig = typeof DEFAULT_CONFIG;
