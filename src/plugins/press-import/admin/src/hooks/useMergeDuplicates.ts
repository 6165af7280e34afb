import type { MergeType } from '../types';
import { useLoad } from './useLoad';
import { usePressApi } from './usePressApi';

/** Likely duplicates of `type` (none loaded when `enabled` is false); reloads on demand. */
export const useMergeDuplicates = (type: MergeType, enabled: boolean) => {
  const api = usePressApi();
  const { data: groups, ...rest } = useLoad((signal) => api.duplicates(type, signal), [api, type], { enabled, clear: true });
  return { groups, ...rest };
};
