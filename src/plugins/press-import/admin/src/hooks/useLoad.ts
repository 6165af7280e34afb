import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { apiErrorMessage, isAbortError } from '../api';

/**
 * The answer of `load` (an admin API call), loaded again when `deps` change or on
 * reload(); an answer that comes after the next load started is dropped. Nothing is
 * loaded while `enabled` is false. `clear`: forget the previous answer while loading.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  { enabled = true, clear = false }: { enabled?: boolean; clear?: boolean } = {},
) {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(enabled);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    setLoading(true);
    if (clear) setData(undefined);
    load(controller.signal)
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
    // `load` is a new function each render: what it reads is in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, clear, reloads, ...deps]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data, error, loading, reload };
}
