import { useCallback, useState } from 'react';
import { apiErrorMessage, apiErrorStatus } from '../api';
import type { ImportChoices, ImportResult } from '../types';
import { usePressApi } from './usePressApi';

export type ImportJob = { name: string; file: File; photos: File[]; choices: ImportChoices };

type RunState = { running: boolean; done: number; total: number; results: ImportResult[] };

const IDLE: RunState = { running: false, done: 0, total: 0, results: [] };

/** Imports files one request per file, in order, keeping count for a progress bar. */
export const useImportRun = () => {
  const api = usePressApi();
  const [state, setState] = useState<RunState>(IDLE);

  const run = useCallback(
    async (jobs: ImportJob[], onResult?: (name: string, result: ImportResult) => void) => {
      setState({ running: true, done: 0, total: jobs.length, results: [] });
      const results: ImportResult[] = [];
      for (const job of jobs) {
        let result: ImportResult;
        try {
          result = await api.importOne(job.file, job.choices, job.photos);
        } catch (error) {
          const status = apiErrorStatus(error);
          result = {
            fileName: job.name,
            status: 'failed',
            error: { code: status === 403 ? 'FORBIDDEN' : 'REQUEST_FAILED', message: apiErrorMessage(error) },
          };
        }
        results.push(result);
        onResult?.(job.name, result);
        setState((s) => ({ ...s, done: s.done + 1, results: [...results] }));
      }
      setState((s) => ({ ...s, running: false }));
      return results;
    },
    [api],
  );

  const reset = useCallback(() => setState(IDLE), []);

  return { ...state, run, reset };
};
