import type { Core } from '@strapi/strapi';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';

const PUBLIC_ACTIONS = ['find', 'findOne'];

/** Content-API actions the Public role must have: read-only access to the four types. */
export const publicReadActions = () =>
  NEWSROOM_UIDS.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`));

/**
 * Grants the Public role `find`/`findOne` on the newsroom types and removes any other
 * action on them (create, update, delete) that someone may have granted by mistake.
 * Idempotent: a second run changes nothing.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi) {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions has no Public role');

  const wanted = new Set(publicReadActions());
  const current: Array<{ id: number; action: string }> = await permissions.findMany({
    where: { role: publicRole.id },
  });
  const newsroomPrefixes = NEWSROOM_UIDS.map((uid) => `${uid}.`);

  const toRemove = current.filter(
    (p) => newsroomPrefixes.some((prefix) => p.action.startsWith(prefix)) && !wanted.has(p.action)
  );
  for (const p of toRemove) await permissions.delete({ where: { id: p.id } });

  const have = new Set(current.map((p) => p.action));
  const toAdd = [...wanted].filter((action) => !have.has(action));
  for (const action of toAdd) await permissions.create({ data: { action, role: publicRole.id } });
  return { added: toAdd, removed: toRemove.map((p) => p.action) };
}
