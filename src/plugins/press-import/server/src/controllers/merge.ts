import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MERGE_TYPES, PLUGIN_ID } from '../constants';
import { describeZodError, mergeBodySchema, mergeDuplicatesQuerySchema, mergeEntriesQuerySchema } from '../validation';
import type { Access, Caller } from '../services/access';
import { MergeError, type Merger } from '../services/merger';

/**
 * Admin API of merging duplicates (routes guarded by the may-merge policy). Controllers
 * validate input, check the caller's Content Manager rights on both entries, and call
 * the merger service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const merger = (): Merger => strapi.plugin(PLUGIN_ID).service('merger');
  const access = (): Access => strapi.plugin(PLUGIN_ID).service('access');
  const callerOf = (ctx: any): Caller => ({ userAbility: ctx.state.userAbility, user: ctx.state.user });

  const parse = <T>(schema: { safeParse: (v: unknown) => any }, value: unknown, what: string): T => {
    const parsed = schema.safeParse(value ?? {});
    if (!parsed.success) throw new errors.ValidationError(`Invalid ${what}: ${describeZodError(parsed.error)}`);
    return parsed.data as T;
  };

  return {
    /** POST /merge {type, keep, merge}: merges `merge` into `keep`; answers the kept entry and what moved. */
    async merge(ctx: any) {
      const body = parse<{ type: keyof typeof MERGE_TYPES; keep: string; merge: string }>(mergeBodySchema, ctx.request.body, 'body');
      const uid = MERGE_TYPES[body.type];
      let loaded;
      try {
        loaded = await merger().load(uid, body.keep, body.merge);
      } catch (error) {
        if (error instanceof MergeError) throw new errors.ValidationError(error.message, { code: error.code });
        throw error;
      }
      const refusal = access().mergeRefusal(
        callerOf(ctx),
        uid,
        { documentId: body.keep, versions: loaded.a.filter((v) => !v.publishedAt) },
        { documentId: body.merge, versions: loaded.b.filter((v) => !v.publishedAt) },
      );
      // Answered here, not thrown: Strapi turns a ForbiddenError thrown by a controller
      // into a bare "Forbidden", losing which permission is missing.
      if (refusal) return ctx.forbidden(refusal.message, refusal.details);
      try {
        ctx.body = await merger().merge(uid, body.keep, body.merge, { userId: ctx.state.user?.id });
      } catch (error) {
        // An entry deleted or merged by someone else in between.
        if (error instanceof MergeError) throw new errors.ValidationError(error.message, { code: error.code });
        throw error;
      }
    },

    /** GET /merge/duplicates?type=: groups of entries that look like one person or body. */
    async duplicates(ctx: any) {
      const { type } = parse<{ type: keyof typeof MERGE_TYPES }>(mergeDuplicatesQuerySchema, ctx.query, 'query');
      const uid = MERGE_TYPES[type];
      ctx.body = { groups: await merger().duplicates(uid, await access().readScope(ctx.state.userAbility, uid)) };
    },

    /** GET /merge/entries?type=&q=: entries whose name or alias contains q. */
    async entries(ctx: any) {
      const { type, q } = parse<{ type: keyof typeof MERGE_TYPES; q: string }>(mergeEntriesQuerySchema, ctx.query, 'query');
      const uid = MERGE_TYPES[type];
      ctx.body = { results: await merger().search(uid, q, await access().readScope(ctx.state.userAbility, uid)) };
    },
  };
};
