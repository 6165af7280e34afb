import { useMemo } from 'react';
import { useRBAC } from '@strapi/strapi/admin';
import { MERGE_TYPES, type MergeType } from '../types';

/**
 * Whether the signed-in user may merge entries of `type`: the Content Manager's update on
 * it, and its delete or Press import's "Merge duplicates" permission (as the server checks).
 */
export const useCanMerge = (type: MergeType) => {
  const permissions = useMemo(
    () => [
      { action: 'plugin::content-manager.explorer.update', subject: MERGE_TYPES[type] },
      { action: 'plugin::content-manager.explorer.delete', subject: MERGE_TYPES[type] },
      { action: 'plugin::press-import.merge', subject: null },
    ],
    [type],
  );
  const { allowedActions, isLoading } = useRBAC(permissions);
  return { canMerge: Boolean(allowedActions.canUpdate && (allowedActions.canDelete || allowedActions.canMerge)), isLoading };
};
