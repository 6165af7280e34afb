import { useCallback, useEffect, useState } from 'react';
import { apiErrorMessage, isAbortError } from '../api';
import type { MergeEntry, MergeType } from '../types';
import { usePressApi } from './usePressApi';

/** Likely duplicates of `type` (none loaded when `enabled` is false); reloads on demand. */
export const useMergeDuplicates = (type: MergeType, enabled: boolean) => {
  const api = usePressApi();
  const [groups, setGroups] = useState<MergeEntry[][] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    setLoading(true);
    setGroups(undefined);
    api
      .duplicates(type, controller.signal)
      .then((answer) => {
        setGroups(answer);
        setError(undefined);
      })
      .catch((e) => {
        if (!isAbortError(e) && !controller.signal.aborted) setError(apiErrorMessage(e));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [api, type, enabled, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { groups, error, loading, reload };
};
