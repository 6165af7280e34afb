import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { PLUGIN_ID } from '../constants';
import type { Translations } from '../services/translations';
import { coverageQuerySchema, describeZodError, targetSchema } from '../validation';

const parse = <S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> => {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new errors.ValidationError(`Invalid ${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
};

/** Admin API of the translators' workspace: validate, call the service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const translations = (): Translations => strapi.plugin(PLUGIN_ID).service('translations');

  return {
    async coverage(ctx: any) {
      ctx.body = await translations().coverage(parse(coverageQuerySchema, ctx.query, 'query'), ctx.state.userAbility);
    },

    async markUpToDate(ctx: any) {
      ctx.body = await translations().markUpToDate(parse(targetSchema, ctx.request.body, 'body'), ctx.state.userAbility);
    },

    async start(ctx: any) {
      const result = await translations().start(parse(targetSchema, ctx.request.body, 'body'), ctx.state.userAbility);
      ctx.status = result.created ? 201 : 200;
      ctx.body = result;
    },
  };
};
