import type { Core } from '@strapi/strapi';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';

const PUBLIC_ACTIONS = ['find', 'findOne'];

/** Read-only delivery routes of the front-end sites (src/api/<type>/routes/01-custom-*.ts). */
const DELIVERY_ACTIONS = [
  'api::article.article.bySlug',
  'api::article.article.jsonLd',
  'api::article.article.rss',
  'api::article.article.atom',
  'api::speaker.speaker.bySlug',
  'api::institution.institution.bySlug',
];

/**
 * Content-API actions the Public role must have: read-only access to the four types
 * and the delivery routes.
 */
export const publicReadActions = () => [
  ...NEWSROOM_UIDS.flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`)),
  ...DELIVERY_ACTIONS,
];

/**
 * Grants the Public role `find`/`findOne` on the newsroom types and the delivery routes,
 * and removes any other action on them (create, update, delete) that someone may have
 * granted by mistake.
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
