import middleware, { bodyParseError } from '../body-errors';

// The real parsers' errors (formidable, co-body) against a real Strapi are in
// tests/api/attacks-misc.test.ts; here, which errors are the client's.
const formidable = (message: string, code: number, httpCode: number) => Object.assign(new Error(message), { code, httpCode });
const jsonError = () => Object.assign(new SyntaxError("Expected property name or '}' in JSON at position 1"), { status: 400 });

test.each([
  [formidable('MultipartParser.end(): stream ended unexpectedly: state = PART_DATA', 1012, 400), { status: 400, message: 'Malformed multipart body: MultipartParser.end(): stream ended unexpectedly: state = PART_DATA' }],
  [formidable('bad content-type header, no multipart boundary', 1013, 400), { status: 400, message: 'Malformed multipart body: bad content-type header, no multipart boundary' }],
  [formidable('options.maxFields (1000) exceeded', 1007, 413), { status: 413, message: 'Multipart body too large: options.maxFields (1000) exceeded' }],
  [jsonError(), { status: 400, message: "Malformed JSON body: Expected property name or '}' in JSON at position 1" }],
  [formidable('plugin failed', 1001, 500), null],
  [new SyntaxError('a bug in a route'), null],
  [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), null],
  [undefined, null],
])('%p', (error, expected) => {
  expect(bodyParseError(error)).toEqual(expected);
});

test('only an error thrown before the body was parsed is mapped', async () => {
  const run = async (body: unknown) => {
    const ctx: any = { request: { body }, status: 404 };
    await middleware()(ctx, async () => {
      throw jsonError();
    }).catch((error: unknown) => (ctx.thrown = error));
    return ctx;
  };
  const unparsed = await run(undefined);
  expect(unparsed.status).toBe(400);
  expect(unparsed.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: {} });
  // Parsed already: the error came from the route and is not ours to rename.
  expect((await run({})).thrown).toBeInstanceOf(SyntaxError);
});
