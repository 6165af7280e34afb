/**
 * Shapes of the press-import admin API answers (see server/src/controllers and
 * server/src/parser/types.ts). Server types are imported as types only, so the admin
 * bundle carries no server code.
 */

export const LOCALES = ['en', 'kk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// The parser's own contract types: a type-only import, erased from the admin bundle.
export type { PressQuote, PressSpeaker, PressInstitution } from '../../server/src/parser/types';
import type { PressQuote, PressSpeaker, PressInstitution } from '../../server/src/parser/types';
import type { Corrections } from '../../server/src/validation';
import type { ImportedSpeaker } from '../../server/src/services/importer';

export type { ImportedSpeaker };

export interface PressWarning {
  code: string;
  message: string;
  paragraph?: number;
}

export interface PressParseSuccess {
  ok: true;
  file: string;
  sha256: string;
  encoding: string;
  locale: string;
  title: string;
  lead?: string;
  paragraphs: string[];
  signature?: string | null;
  publishedAt?: string | null;
  quotes: PressQuote[];
  speakers: PressSpeaker[];
  institutions: PressInstitution[];
  warnings: PressWarning[];
}

export interface PressParseFailure {
  ok: false;
  file?: string;
  error: { code: string; message: string };
}

export type PressParseResult = PressParseSuccess | PressParseFailure;

export type MatchDecision = 'new' | 'matched' | 'ambiguous';

export interface EntityDecision {
  name: string;
  decision: MatchDecision;
  documentId?: string;
  matchedName?: string;
}

/** Why an article is suggested (the server's `reasons` say the same in English). */
export interface SuggestionEvidence {
  speakers: number;
  sameDate: boolean;
  numbers: string[];
}

export interface SuggestedOriginal {
  documentId: string;
  locale: string;
  title: string;
  score: number;
  reasons: string[];
  evidence: SuggestionEvidence;
}

/** An article that already has a version in the file's language and looks like the same news. */
export interface ExistingVersion {
  documentId: string;
  locale: string;
  title: string;
  evidence: SuggestionEvidence;
}

export interface PreviewResult {
  fileName: string;
  sha256?: string;
  parse: PressParseResult;
  speakers?: EntityDecision[];
  institutions?: EntityDecision[];
  alreadyImported?: { articleDocumentId: string; locale: string | null } | null;
  suggestedOriginal?: SuggestedOriginal | null;
  existingVersion?: ExistingVersion | null;
}

export type ImportStatus = 'imported' | 'already-imported' | 'failed';

export interface ImportResult {
  fileName: string;
  status: ImportStatus;
  locale?: string;
  articleDocumentId?: string;
  articleTitle?: string;
  quotes?: number;
  /** After an import: the speakers as written (corrected names, the existing speakers pointed at). */
  speakers?: ImportedSpeaker[];
  institutions?: EntityDecision[];
  warnings?: PressWarning[];
  error?: { code: string; message: string };
}

export interface ImportChoices {
  locale?: Locale;
  translationOf?: string;
  publish: boolean;
  /** The editor's corrections of the detected quotes and speakers. */
  corrections?: Corrections;
}

export type HistoryStatus = 'imported' | 'skipped' | 'failed';

export interface HistoryRecord {
  id: number;
  fileName: string;
  sha256: string;
  size: number;
  encoding: string | null;
  locale: string | null;
  status: HistoryStatus;
  reason: string | null;
  errorCode: string | null;
  warnings: PressWarning[] | null;
  articleDocumentId: string | null;
  articleTitle: string | null;
  importedBy: string | null;
  source: string | null;
  corrections: Corrections | null;
  createdAt: string;
}

export interface HistoryFilters {
  status?: HistoryStatus;
  /** YYYY-MM-DD in the UI; an ISO date-time (start of that local day) on the wire. */
  from?: string;
  /** YYYY-MM-DD in the UI; an ISO date-time (end of that local day) on the wire. */
  to?: string;
  user?: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface HistoryPage {
  results: HistoryRecord[];
  pagination: Pagination;
}

/** What can be merged, and the content type of each. */
export const MERGE_TYPES = { speaker: 'api::speaker.speaker', institution: 'api::institution.institution' } as const;
export type MergeType = keyof typeof MERGE_TYPES;

/** A speaker or institution as the merge lists show it (server/src/services/merger.ts). */
export interface MergeEntry {
  documentId: string;
  /** Name of the draft in each locale the entry has. */
  names: Record<string, string>;
  /** Aliases (speakers) or abbreviations (institutions). */
  aliases: string[];
  locales: string[];
  published: string[];
  /** Documents linked, per relation: quotes, articles (speakers); articles, speakers, children (institutions). */
  links: Record<string, number>;
}

export interface MergeOutcome {
  type: MergeType;
  kept: MergeEntry;
  deleted: string;
  moved: Record<string, number>;
  droppedLinks: number;
  aliasesAdded: string[];
  localesAdded: string[];
  fieldsFilled: string[];
}
