import { useCallback, useEffect, useState } from 'react';
import { apiErrorMessage, isAbortError } from '../api';
import type { HistoryFilters, HistoryPage } from '../types';
import { endOfDayIso, startOfDayIso } from '../utils/dates';
import { usePressApi } from './usePressApi';

/** One page of the import history for the given filters; refetches when they change. */
export const useHistory = (filters: HistoryFilters, page: number, pageSize: number) => {
  const api = usePressApi();
  const [data, setData] = useState<HistoryPage | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [reloads, setReloads] = useState(0);
  const { status, from, to, user } = filters;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api
      // Days are the user's calendar days: sent as the instants where they start and end.
      .history(
        { status, from: startOfDayIso(from), to: endOfDayIso(to), user: user?.trim() || undefined },
        page,
        pageSize,
        controller.signal,
      )
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
  }, [api, status, from, to, user, page, pageSize, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data, error, loading, reload };
};
