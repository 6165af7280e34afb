/**
 * Shapes of the press-import admin API answers (see server/src/controllers and
 * server/src/parser/types.ts). Server types are imported as types only, so the admin
 * bundle carries no server code.
 */

export const LOCALES = ['en', 'kk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

// The server's own types: type-only imports, erased from the admin bundle, so the admin
// cannot drift from what the API answers.
export type {
  PressQuote,
  PressSpeaker,
  PressInstitution,
  PressWarning,
  PressParseSuccess,
  PressParseFailure,
  PressParseResult,
} from '../../server/src/parser/types';
import type { PressParseResult, PressWarning } from '../../server/src/parser/types';
import type { Corrections } from '../../server/src/validation';
import type { EntityDecision, ImportedSpeaker } from '../../server/src/services/importer';
import type { ExistingVersion, OriginalSuggestion, SuggestionEvidence } from '../../server/src/domain/translation-hint';
import type { EntrySummary, MergeOutcome as ServerMergeOutcome } from '../../server/src/services/merger';

export type { EntityDecision, ExistingVersion, ImportedSpeaker, SuggestionEvidence };
export type SuggestedOriginal = OriginalSuggestion;
export type MatchDecision = EntityDecision['decision'];

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
export type MergeEntry = EntrySummary;
export type MergeOutcome = ServerMergeOutcome;
