import { isFetchError, type FetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import type { ArticleCoverage, CoverageReport, Filters } from './types';

/** Every call of the Translations page to its admin API. */
const url = (path: string) => `/${PLUGIN_ID}${path}`;

export const createTranslationsApi = (client: Pick<FetchClient, 'get' | 'post'>) => ({
  async coverage(filters: Filters, page: number, pageSize: number, signal?: AbortSignal): Promise<CoverageReport> {
    const params: Record<string, string | number> = { page, pageSize };
    for (const [key, value] of Object.entries(filters)) if (value) params[key] = value;
    const { data } = await client.get<CoverageReport>(url('/coverage'), { params, signal });
    return data;
  },

  /** Creates the draft locale version (if missing) and answers where to edit it. */
  async start(documentId: string, locale: string): Promise<{ created: boolean; url: string }> {
    const { data } = await client.post<{ created: boolean; url: string }>(url('/start'), { documentId, locale });
    return data;
  },

  async markUpToDate(documentId: string, locale: string): Promise<{ article: ArticleCoverage }> {
    const { data } = await client.post<{ article: ArticleCoverage }>(url('/mark-up-to-date'), { documentId, locale });
    return data;
  },
});

export type TranslationsApi = ReturnType<typeof createTranslationsApi>;

/** The server answers admin URLs (`/admin/...`); the admin's router already has `/admin` as basename. */
export const routerPath = (adminUrl: string) => adminUrl.replace(/^\/admin(?=\/)/, '');

export const isAbortError = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') || (error as { name?: string })?.name === 'AbortError';

/** The readable message of a failed API call. */
export const apiErrorMessage = (error: unknown): string => {
  if (isFetchError(error)) return error.response?.data?.error?.message ?? error.message;
  if (error instanceof Error) return error.message;
  return String(error);
};
