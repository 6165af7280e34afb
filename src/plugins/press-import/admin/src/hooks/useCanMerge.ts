import { useMemo } from 'react';
import { useRBAC } from '@strapi/strapi/admin';
import { MERGE_TYPES, type MergeType } from '../types';

/** Whether the signed-in user may merge entries of `type`: the Content Manager's update and delete on it. */
export const useCanMerge = (type: MergeType) => {
  const permissions = useMemo(
    () => [
      { action: 'plugin::content-manager.explorer.update', subject: MERGE_TYPES[type] },
      { action: 'plugin::content-manager.explorer.delete', subject: MERGE_TYPES[type] },
    ],
    [type],
  );
  const { allowedActions, isLoading } = useRBAC(permissions);
  return { canMerge: Boolean(allowedActions.canUpdate && allowedActions.canDelete), isLoading };
};
