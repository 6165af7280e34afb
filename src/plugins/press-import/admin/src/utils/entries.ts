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

/** The photos the importer takes beside a text (the server also checks their bytes). */
export const isPhotoFile = (file: File) => /\.(jpe?g|png|webp)$/i.test(file.name);

const stem = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase();

/**
 * The photos that go with the text `textName`, cover first: `release.jpg`, then
 * `release-2.jpg`, `release-3.jpg`… (the importer's rule, server/src/domain/images.ts).
 */
export function photosFor(textName: string, photos: File[]): File[] {
  const base = stem(textName);
  const rank = (photo: File) => {
    const s = stem(photo.name);
    if (s === base) return 0;
    const m = /^(.*)-(\d+)$/.exec(s);
    return m && m[1] === base ? Number(m[2]) : null;
  };
  return photos
    .map((photo) => ({ photo, rank: rank(photo) }))
    .filter((x): x is { photo: File; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.photo.name.localeCompare(b.photo.name))
    .map((x) => x.photo);
}
