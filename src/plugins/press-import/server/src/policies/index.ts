import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MERGE_TYPES, PERMISSIONS } from '../constants';
import { CM } from '../services/access';

/**
 * Route policy of the merge routes: the caller needs the Content Manager's update
 * permission on the type being merged, and its delete permission or the plugin's
 * "Merge duplicates" permission (granted to Editors: merging removes the duplicate, not
 * content) (the body's or the query's `type`); when
 * the type is missing or unknown, on one of the mergeable types (the controller then
 * answers 400). Conditions and locales are checked per entry by the controller
 * (access.mergeRefusal), once the entries are known.
 */
const mayMerge = (ctx: any, _config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  const ability = ctx.state.userAbility;
  // The policy context copies the request's own properties: the query is read from the request.
  const type = (ctx.request?.body as any)?.type ?? ctx.request?.query?.type;
  const uids: string[] = typeof type === 'string' && type in MERGE_TYPES ? [MERGE_TYPES[type as keyof typeof MERGE_TYPES]] : Object.values(MERGE_TYPES);
  const mayMergeAny = Boolean(ability?.can(PERMISSIONS.merge));
  const allowed = uids.some((uid) => ability?.can(CM.update, uid) && (mayMergeAny || ability?.can(CM.delete, uid)));
  if (!allowed) {
    const what = uids.length === 1 ? `${type === 'institution' ? 'institutions' : 'speakers'}` : 'speakers or institutions';
    throw new errors.PolicyError(`Merging needs the Content Manager permission to update ${what}, and to delete them or Press import's "Merge duplicates" permission`, {
      actions: [CM.update, CM.delete, PERMISSIONS.merge],
      subjects: uids,
    });
  }
  return true;
};

export default { 'may-merge': mayMerge };
