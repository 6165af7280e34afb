import type { Core } from '@strapi/strapi';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';

const PUBLIC_ACTIONS = ['find', 'findOne'];

/**
 * Content-API actions the Public role must have: read-only access to the four types.
 * The delivery routes (by slug, feeds, JSON-LD) declare `find`/`findOne` as their auth
 * scope, so these grants cover them too.
 */
export const publicReadActions = () => NEWSROOM_UIDS.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`));

/**
 * Grants the Public role `find`/`findOne` on the newsroom types (and so the delivery routes),
 * and removes any other action on them (create, update, delete) that someone may have
 * granted by mistake. The Authenticated role (readers logged in through
 * users-permissions) gets the same reads, without removals: a site may grant its users
 * more. Idempotent: a second run changes nothing.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi) {
  const publicResult = await ensureReadPermissions(strapi, 'public', { removeOthers: true });
  await ensureReadPermissions(strapi, 'authenticated', { removeOthers: false });
  return publicResult;
}

async function ensureReadPermissions(strapi: Core.Strapi, roleType: string, { removeOthers }: { removeOthers: boolean }) {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const role = await roles.findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions has no ${roleType} role`);

  const wanted = new Set(publicReadActions());
  const current: Array<{ id: number; action: string }> = await permissions.findMany({ where: { role: role.id } });
  const newsroomPrefixes = NEWSROOM_UIDS.map((uid) => `${uid}.`);

  const toRemove = removeOthers
    ? current.filter((p) => newsroomPrefixes.some((prefix) => p.action.startsWith(prefix)) && !wanted.has(p.action))
    : [];
  for (const p of toRemove) await permissions.delete({ where: { id: p.id } });

  const have = new Set(current.map((p) => p.action));
  const toAdd = [...wanted].filter((action) => !have.has(action));
  for (const action of toAdd) await permissions.create({ data: { action, role: role.id } });
  return { added: toAdd, removed: toRemove.map((p) => p.action) };
}
