import { isFetchError, type FetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { MERGE_TYPES, type HistoryFilters, type HistoryPage, type ImportChoices, type ImportResult, type Locale, type MergeEntry, type MergeOutcome, type MergeType, type PreviewResult } from './types';

/** Every call of the admin UI to the press-import admin API. */

const url = (path: string) => `/${PLUGIN_ID}${path}`;

const formWith = (file: File, options?: unknown, photos: File[] = []) => {
  const form = new FormData();
  form.append('files', file, file.name);
  for (const photo of photos) form.append('files', photo, photo.name);
  if (options !== undefined) form.append('options', JSON.stringify(options));
  return form;
};

export const createPressApi = (client: Pick<FetchClient, 'get' | 'post'>) => ({
  /** Parses one file and matches its people and institutions, without writing anything. */
  async preview(file: File, locale?: Locale, signal?: AbortSignal): Promise<PreviewResult> {
    const options = locale ? { files: { [file.name]: { locale } } } : undefined;
    const { data } = await client.post<{ results: PreviewResult[] }>(url('/preview'), formWith(file, options), { signal });
    const result = data.results?.[0];
    if (!result) throw new Error(`No preview returned for ${file.name}`);
    return result;
  },

  /** Imports one file with its photos (one request per file, so the caller can show progress). */
  async importOne(file: File, choices: ImportChoices, photos: File[] = []): Promise<ImportResult> {
    const fileChoices = {
      ...(choices.locale && { locale: choices.locale }),
      ...(choices.translationOf && { translationOf: choices.translationOf }),
      ...(choices.corrections && { corrections: choices.corrections }),
    };
    const options = { publish: choices.publish, files: { [file.name]: fileChoices } };
    const { data } = await client.post<{ results: ImportResult[] }>(url('/import'), formWith(file, options, photos));
    const result = data.results?.[0];
    if (!result) throw new Error(`No import result returned for ${file.name}`);
    return result;
  },

  /** One page of the import history, newest first. */
  async history(filters: HistoryFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<HistoryPage> {
    const params: Record<string, string | number> = { page, pageSize };
    for (const [key, value] of Object.entries(filters)) if (value) params[key] = value;
    const { data } = await client.get<HistoryPage>(url('/history'), { params, signal });
    return data;
  },

  /** Groups of entries of `type` that look like one person or body. */
  async duplicates(type: MergeType, signal?: AbortSignal): Promise<MergeEntry[][]> {
    const { data } = await client.get<{ groups: MergeEntry[][] }>(url('/merge/duplicates'), { params: { type }, signal });
    return data.groups;
  },

  /** Entries of `type` whose name or alias contains `q`. */
  async searchEntries(type: MergeType, q: string, signal?: AbortSignal): Promise<MergeEntry[]> {
    const { data } = await client.get<{ results: MergeEntry[] }>(url('/merge/entries'), { params: { type, q }, signal });
    return data.results;
  },

  /** Merges `merge` into `keep` (the server deletes `merge`). */
  async merge(type: MergeType, keep: string, merge: string): Promise<MergeOutcome> {
    const { data } = await client.post<MergeOutcome>(url('/merge'), { type, keep, merge });
    return data;
  },
});

export type PressApi = ReturnType<typeof createPressApi>;

/** The admin-relative path (router basename `/admin` is added by react-router) of an entry (an article by default) in the Content Manager. */
export const contentManagerPath = (documentId: string, locale?: string | null, uid: string = 'api::article.article') =>
  `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}` +
  (locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : '');

export const isAbortError = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') || (error as { name?: string })?.name === 'AbortError';

/** The readable message of a failed API call. */
export const apiErrorMessage = (error: unknown): string => {
  if (isFetchError(error)) {
    return error.response?.data?.error?.message ?? error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
};

/** The server's code of a failed API call (`error.details.code`), when it gave one. */
export const apiErrorCode = (error: unknown): string | undefined =>
  isFetchError(error) ? (error.response?.data?.error?.details as { code?: string } | undefined)?.code : undefined;

/** HTTP status of a failed API call, when known. */
export const apiErrorStatus = (error: unknown): number | undefined =>
  isFetchError(error) ? (error.status ?? error.response?.data?.error?.status) : undefined;
