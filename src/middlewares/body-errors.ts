/**
 * A request body the parser cannot read (a multipart body cut short or without its
 * boundary, malformed JSON) is the client's mistake: 400 with a clear message, in
 * Strapi's error shape, instead of the 500 and logged stack trace Strapi gives it.
 *
 * Strapi's `strapi::body` (koa-body) rethrows the parser's own errors: formidable's
 * `FormidableError` (a numeric `code` from 1000 and an `httpCode`) for multipart and
 * co-body's `SyntaxError` (marked `status: 400`) for JSON; neither is an HttpError, so the errors middleware logs them and answers 500. This middleware sits
 * just outside `strapi::body` (config/middlewares.ts). The body was not parsed when
 * `ctx.request.body` is still unset: errors thrown later, by a route, pass unchanged.
 */
export type BodyParseError = { status: number; message: string };

export function bodyParseError(error: any): BodyParseError | null {
  if (!error || typeof error !== 'object') return null;
  const detail = String(error.message ?? '').split('\n')[0];
  // formidable (multipart): its 4xx codes are the client's; 413 for a too-large part.
  if (typeof error.code === 'number' && error.code >= 1000 && typeof error.httpCode === 'number') {
    if (error.httpCode === 413) return { status: 413, message: `Multipart body too large: ${detail}` };
    if (error.httpCode >= 400 && error.httpCode < 500) return { status: 400, message: `Malformed multipart body: ${detail}` };
    return null;
  }
  // co-body (JSON): the JSON.parse SyntaxError, marked 400.
  if (error instanceof SyntaxError && (error as any).status === 400) {
    return { status: 400, message: `Malformed JSON body: ${detail}` };
  }
  return null;
}

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error: any) {
    const mapped = ctx.request.body === undefined ? bodyParseError(error) : null;
    if (!mapped) throw error;
    ctx.status = mapped.status;
    ctx.body = {
      data: null,
      error: { status: mapped.status, name: mapped.status === 413 ? 'PayloadTooLargeError' : 'ValidationError', message: mapped.message, details: {} },
    };
  }
};
