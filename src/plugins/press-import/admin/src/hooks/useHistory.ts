import type { HistoryFilters } from '../types';
import { endOfDayIso, startOfDayIso } from '../utils/dates';
import { useLoad } from './useLoad';
import { usePressApi } from './usePressApi';

/** One page of the import history for the given filters; refetches when they change. */
export const useHistory = (filters: HistoryFilters, page: number, pageSize: number) => {
  const api = usePressApi();
  const { status, from, to, user } = filters;
  return useLoad(
    // Days are the user's calendar days: sent as the instants where they start and end.
    (signal) => api.history({ status, from: startOfDayIso(from), to: endOfDayIso(to), user: user?.trim() || undefined }, page, pageSize, signal),
    [api, status, from, to, user, page, pageSize],
  );
};
