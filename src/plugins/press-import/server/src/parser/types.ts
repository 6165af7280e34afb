/**
 * The output contract of the press-text parser (docs: press-parse-contract.md).
 * Other tools read these objects, so field names and meanings are fixed.
 */

export type PressLocale = 'en' | 'ru' | 'kk';

export type PressErrorCode = 'EMPTY_FILE' | 'NOT_TEXT' | 'TOO_LARGE' | 'TOO_MANY_PARAGRAPHS' | 'NO_TITLE' | 'NO_BODY' | 'UNREADABLE';

export type PressWarningCode = 'UNBALANCED_QUOTE' | 'UNATTRIBUTED_QUOTE' | 'UNCERTAIN_ENCODING' | 'REPAIRED_HOMOGLYPHS' | 'MIXED_ENCODING' | 'TITLE_FROM_TEXT';

export interface PressQuote {
  /** The words inside the quotation marks, without the marks. */
  text: string;
  /** Canonical `name` of an entry in `speakers`, or null when not attributable with confidence. */
  speaker: string | null;
  /** Zero-based index into `paragraphs`. */
  paragraph: number;
  /** 0..1, how sure the attribution is. */
  confidence: number;
}

export interface PressSpeaker {
  name: string;
  aliases: string[];
  position: string | null;
  institution: string | null;
}

export interface PressInstitution {
  name: string;
  abbreviations: string[];
}

export interface PressWarning {
  code: PressWarningCode;
  message: string;
  paragraph?: number;
}

export interface PressParseSuccess {
  file: string;
  ok: true;
  sha256: string;
  encoding: string;
  locale: PressLocale;
  title: string;
  lead: string;
  paragraphs: string[];
  signature: string | null;
  publishedAt: string | null;
  quotes: PressQuote[];
  speakers: PressSpeaker[];
  institutions: PressInstitution[];
  warnings: PressWarning[];
}

export interface PressParseFailure {
  file: string;
  ok: false;
  error: { code: PressErrorCode; message: string };
}

export type PressParseResult = PressParseSuccess | PressParseFailure;

export interface ParseTextOptions {
  /** The path or name reported back in `file`. */
  file: string;
  /** Reject inputs larger than this many bytes (default 2 MiB). */
  maxBytes?: number;
  /** Reject texts with more body paragraphs (default 2000), before the content is analysed. */
  maxParagraphs?: number;
}

export interface ParseFileOptions {
  maxBytes?: number;
  maxParagraphs?: number;
  /** Overrides the `file` field (defaults to the path as given). */
  file?: string;
}
