import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { apiErrorMessage, createTranslationsApi, isAbortError } from '../api';
import type { CoverageReport, Filters } from '../types';

/** The Translations API, authenticated as the signed-in admin user. */
export const useTranslationsApi = () => {
  const { get, post } = useFetchClient();
  return useMemo(() => createTranslationsApi({ get, post }), [get, post]);
};

/** One page of the coverage for the given filters; refetches when they change or on reload(). */
export const useCoverage = (filters: Filters, page: number, pageSize: number) => {
  const api = useTranslationsApi();
  const [data, setData] = useState<CoverageReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [reloads, setReloads] = useState(0);
  const { locale, state, from, to } = filters;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api
      .coverage({ locale, state, from, to }, page, pageSize, controller.signal)
      .then((answer) => {
        setData(answer);
        setError(undefined);
      })
      .catch((e) => {
        if (!isAbortError(e) && !controller.signal.aborted) setError(apiErrorMessage(e));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [api, locale, state, from, to, page, pageSize, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data, error, loading, reload };
};
