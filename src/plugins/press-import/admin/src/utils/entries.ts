import type { Review } from './review';
import { isLocale, type ImportResult, type Locale, type PreviewResult, type PressParseSuccess } from '../types';

/** One dropped file in the Import tab: its preview and the user's choices. */
export type FileEntry = {
  name: string;
  file: File;
  /** The language the user picked; undefined = the detected one. */
  locale?: Locale;
  loading: boolean;
  preview?: PreviewResult;
  /** The preview request failed (network, permission…). */
  error?: string;
  selected: boolean;
  /** Import as a translation of `preview.suggestedOriginal`. */
  asTranslation: boolean;
  /** Outcome of importing this file in this session. */
  imported?: ImportResult;
  /** The editor's corrections of the detected quotes and speakers (reset by a new preview). */
  review?: Review;
};

export const parsedOf = (entry: FileEntry): PressParseSuccess | undefined => (entry.preview?.parse.ok ? entry.preview.parse : undefined);

export const effectiveLocale = (entry: FileEntry): Locale | undefined => {
  if (entry.locale) return entry.locale;
  const detected = parsedOf(entry)?.locale;
  return isLocale(detected) ? detected : undefined;
};

/** A file can be imported once it parsed, was not imported yet (or its import failed), and no preview is running. */
export const isImportable = (entry: FileEntry) =>
  !entry.loading && Boolean(parsedOf(entry)) && !entry.preview?.alreadyImported && (!entry.imported || entry.imported.status === 'failed');

export const translationTarget = (entry: FileEntry) => {
  const suggestion = entry.preview?.suggestedOriginal;
  return entry.asTranslation && suggestion ? suggestion : undefined;
};

export const isTextFile = (file: File) => /\.txt$/i.test(file.name);
