import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

const POLICY = `plugin::${PLUGIN_ID}.may-create-in-locale`;

/** Content Manager handlers that create a locale version, and when they do. */
const GUARDED: Record<string, 'always' | 'new-locale'> = {
  'collection-types.create': 'always',
  'collection-types.clone': 'always',
  'collection-types.autoClone': 'always',
  'collection-types.update': 'new-locale',
};

/**
 * Adds the locale check of policies/may-create-in-locale to the Content Manager's
 * creating routes. Runs in register(), before Strapi mounts the routes in bootstrap.
 * Returns how many routes were guarded (a Strapi upgrade that renames them shows as 0).
 */
export function guardContentManagerLocaleCreation(strapi: Core.Strapi): number {
  const routes: any[] = (strapi.plugin('content-manager') as any)?.routes?.admin?.routes ?? [];
  let guarded = 0;
  for (const route of routes) {
    const when = GUARDED[route.handler];
    if (!when) continue;
    route.config = { ...route.config, policies: [...(route.config?.policies ?? []), { name: POLICY, config: { when } }] };
    guarded += 1;
  }
  return guarded;
}
