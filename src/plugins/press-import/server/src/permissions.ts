import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

const ACTIONS = [
  { section: 'plugins', displayName: 'Preview press files and read import history', uid: 'read', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Import press files', uid: 'import', pluginName: PLUGIN_ID },
  { section: 'plugins', displayName: 'Merge duplicate speakers and institutions', uid: 'merge', pluginName: PLUGIN_ID },
];

/** Registers `plugin::press-import.read`, `.import` and `.merge` with the admin RBAC. */
export async function registerPermissions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
}
