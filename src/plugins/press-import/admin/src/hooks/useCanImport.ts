import { useRBAC } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

const IMPORT_PERMISSIONS = [{ action: `plugin::${PLUGIN_ID}.import`, subject: null }];

/** Whether the signed-in user may import (preview only needs `read`). */
export const useCanImport = () => {
  const { allowedActions, isLoading } = useRBAC(IMPORT_PERMISSIONS);
  return { canImport: Boolean(allowedActions.canImport), isLoading };
};
