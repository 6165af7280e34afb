import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_CONFIG, PLUGIN_ID, type PressImportConfig } from '../constants';
import { describeZodError, historyQuerySchema, importOptionsSchema, type ImportOptions } from '../validation';
import type { Importer, ImportOutcome, ImageInput } from '../services/importer';
import type { Access, Caller, ImportPlan } from '../services/access';
import { ParsePoolBusyError, type ParsePool, type PoolParseResult } from '../services/parse-pool';
import { imagesFor, isImageName } from '../domain/images';

type UploadedFile = { filepath: string; originalFilename?: string | null; size: number; mimetype?: string | null };

const ACCEPTED_TYPES = new Set(['text/plain', 'application/octet-stream', '']);

/**
 * Admin API of the importer. Controllers only validate input, call the importer
 * service and shape the answer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const importer = (): Importer => strapi.plugin(PLUGIN_ID).service('importer');
  const access = (): Access => strapi.plugin(PLUGIN_ID).service('access');
  const callerOf = (ctx: any): Caller => ({ userAbility: ctx.state.userAbility, user: ctx.state.user });
  const config = (): PressImportConfig => ({ ...DEFAULT_CONFIG, ...(strapi.config.get(`plugin::${PLUGIN_ID}`) as object) });
  const pool = (): ParsePool => strapi.plugin(PLUGIN_ID).service('parsePool');

  /** Previews and imports running per admin user: each holds parse-queue places and a transaction. */
  const active = new Map<number | string, number>();

  /**
   * Runs a preview or an import for one admin user: at most `maxActiveRequestsPerUser`
   * at once per user (429), and 503 + Retry-After while the parse queue is full.
   */
  async function limited(ctx: any, work: () => Promise<void>) {
    const who = ctx.state.user?.id ?? 'anonymous';
    const running = active.get(who) ?? 0;
    const { maxActiveRequestsPerUser } = config();
    if (running >= maxActiveRequestsPerUser) {
      throw new errors.RateLimitError(`You already have ${running} previews or imports running: wait for them to finish`);
    }
    active.set(who, running + 1);
    try {
      await work();
    } catch (error) {
      if (!(error instanceof ParsePoolBusyError)) throw error;
      ctx.set('Retry-After', '5');
      ctx.status = 503;
      ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: error.message, details: {} } };
    } finally {
      const left = (active.get(who) ?? 1) - 1;
      if (left > 0) active.set(who, left);
      else active.delete(who);
    }
  }

  /** Every readable text of the request, parsed in the worker pool (all queued at once). */
  const parseAll = (files: { fileName: string; bytes: Buffer | null }[]): Promise<(PoolParseResult | null)[]> =>
    Promise.all(
      files.map(({ fileName, bytes }) =>
        bytes ? pool().parse(bytes, { file: fileName, maxBytes: config().maxFileBytes, maxParagraphs: config().maxParagraphs }) : null,
      ),
    );

  /** The uploaded files of a multipart request, checked for count and kind. */
  function uploadedFiles(ctx: any): UploadedFile[] {
    const raw = ctx.request.files?.files ?? ctx.request.files?.file;
    const files: UploadedFile[] = raw ? (Array.isArray(raw) ? raw : [raw]) : [];
    const { maxFilesPerRequest } = config();
    if (files.length === 0) throw new errors.ValidationError('Send one or more .txt files in the multipart field "files"');
    if (files.length > maxFilesPerRequest) {
      throw new errors.ValidationError(`Too many files: ${files.length}, at most ${maxFilesPerRequest} per request`);
    }
    // Texts over the per-file limit are refused unread (TOO_LARGE): only the others cost parsing.
    const { maxTextBytesPerRequest, maxFileBytes } = config();
    const textBytes = files.filter((f) => !isImageName(displayName(f)) && f.size <= maxFileBytes).reduce((sum, f) => sum + f.size, 0);
    if (textBytes > maxTextBytesPerRequest) {
      throw new errors.ValidationError(
        `The texts of one request total ${textBytes} bytes, at most ${maxTextBytesPerRequest}: send them in several requests`,
      );
    }
    return files;
  }

  function parseOptions(ctx: any): ImportOptions {
    const raw = ctx.request.body?.options;
    if (raw === undefined || raw === '') return {};
    let json: unknown;
    try {
      json = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      throw new errors.ValidationError('"options" must be JSON');
    }
    const parsed = importOptionsSchema.safeParse(json);
    if (!parsed.success) throw new errors.ValidationError(`Invalid options: ${describeZodError(parsed.error)}`);
    return parsed.data;
  }

  const displayName = (file: UploadedFile) => path.basename(String(file.originalFilename ?? 'upload.txt')).slice(0, 255);

  /** Rejects a file that is too large or not text before reading it. */
  function fileProblem(file: UploadedFile): { code: string; message: string } | null {
    const { maxFileBytes } = config();
    if (file.size > maxFileBytes) {
      return { code: 'TOO_LARGE', message: `File is ${file.size} bytes, over the limit of ${maxFileBytes}` };
    }
    const name = displayName(file);
    if (!/\.txt$/i.test(name)) return { code: 'NOT_TEXT', message: 'Only .txt files can be imported' };
    if (!ACCEPTED_TYPES.has(String(file.mimetype ?? ''))) {
      return { code: 'NOT_TEXT', message: `Unsupported content type ${file.mimetype}` };
    }
    return null;
  }

  /** The uploaded photos that belong to `fileName`, within the image size limit. */
  function imagesOf(fileName: string, images: UploadedFile[]): ImageInput[] {
    const byName = new Map(images.map((f) => [displayName(f), f]));
    return imagesFor(fileName, [...byName.keys()])
      .map((name) => byName.get(name)!)
      .filter((f) => f.size <= config().maxImageBytes)
      .map((f) => ({ filepath: f.filepath, name: displayName(f), size: f.size }));
  }

  return {
    async preview(ctx: any) {
      const files = uploadedFiles(ctx).filter((f) => !isImageName(displayName(f)));
      const options = parseOptions(ctx);
      await limited(ctx, async () => {
        const readable = await access().readScope(ctx.state.userAbility);
        const read = await Promise.all(files.map(async (file) => ({ fileName: displayName(file), bytes: fileProblem(file) ? null : await fs.readFile(file.filepath) })));
        const parses = await parseAll(read);
        const results = [];
        for (const [i, file] of files.entries()) {
          const { fileName, bytes } = read[i];
          const problem = fileProblem(file);
          if (problem || !bytes) {
            results.push({ fileName, parse: { file: fileName, ok: false, error: problem } });
            continue;
          }
          const choices = options.files?.[fileName] ?? {};
          results.push(
            await importer().preview({ fileName, bytes, parse: parses[i]!, locale: choices.locale, translationOf: choices.translationOf }, readable)
          );
        }
        ctx.body = { results: await Promise.all(results.map((r: any) => access().redactResult(ctx.state.userAbility, r))) };
      });
    },

    async import(ctx: any) {
      const uploads = uploadedFiles(ctx);
      const options = parseOptions(ctx);
      // Photos sent with the texts go with the text of the same base name (release.jpg, release-2.jpg).
      const images = uploads.filter((f) => isImageName(displayName(f)));
      const files = uploads.filter((f) => !isImageName(displayName(f)));
      await limited(ctx, async () => {
        const read = await Promise.all(files.map(async (file) => ({ fileName: displayName(file), bytes: fileProblem(file) ? null : await fs.readFile(file.filepath) })));
        // Each file is parsed once (in the pool) for both the permission check and the import.
        const parses = await parseAll(read);
        const choicesOf = (fileName: string) => options.files?.[fileName] ?? {};
        // Corrections must fit their file before anything is written: else the whole request is a 400.
        const names = new Set(read.map((r) => r.fileName));
        for (const [fileName, choices] of Object.entries(options.files ?? {})) {
          if (choices.corrections && !names.has(fileName)) throw new errors.ValidationError(`Corrections for "${fileName}", a file not sent`);
        }
        for (const [i, { fileName, bytes }] of read.entries()) {
          const { corrections } = choicesOf(fileName);
          if (!corrections) continue;
          const problem = bytes
            ? await importer().checkCorrections({ fileName, bytes, parse: parses[i]!, corrections })
            : `"${fileName}" cannot be corrected: it was not read`;
          if (problem) throw new errors.ValidationError(`Invalid corrections: ${problem}`);
        }
        // Every file is checked against the caller's Content Manager rights before any is imported.
        const plans = read.flatMap(({ fileName, bytes }, i) => {
          const plan = bytes && importer().plan({ fileName, bytes, parse: parses[i]!, ...choicesOf(fileName), publish: options.publish });
          return plan ? [plan] : ([] as ImportPlan[]);
        });
        const refusal = await access().importRefusal(callerOf(ctx), plans);
        // Answered here, not thrown: Strapi turns a ForbiddenError thrown by a controller
        // into a bare "Forbidden" (compose-endpoint), losing which permission is missing.
        if (refusal) return ctx.forbidden(refusal.message, refusal.details);

        const results: ImportOutcome[] = [];
        for (const [i, file] of files.entries()) {
          const { fileName, bytes } = read[i];
          const problem = fileProblem(file);
          if (problem || !bytes) {
            results.push({ fileName, sha256: '', status: 'failed', warnings: [], error: problem ?? undefined });
            continue;
          }
          const choices = choicesOf(fileName);
          results.push(
            await importer().importFile({
              fileName,
              bytes,
              parse: parses[i]!,
              locale: choices.locale,
              translationOf: choices.translationOf,
              corrections: choices.corrections,
              publish: options.publish,
              importedBy: ctx.state.user?.email,
              creatorId: ctx.state.user?.id,
              source: 'admin',
              images: imagesOf(fileName, images),
            })
          );
        }
        ctx.body = { results: await Promise.all(results.map((r) => access().redactResult(ctx.state.userAbility, r))) };
      });
    },

    async history(ctx: any) {
      const parsed = historyQuerySchema.safeParse(ctx.query ?? {});
      if (!parsed.success) throw new errors.ValidationError(`Invalid query: ${describeZodError(parsed.error)}`);
      ctx.body = await importer().history(parsed.data, await access().historyScope(callerOf(ctx)));
    },
  };
};
