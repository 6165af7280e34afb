import fs from 'fs';
import os from 'os';
import path from 'path';
import S3rver from 's3rver';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { freePort } from '../helpers/test-env';

/*
 * Media in an S3-compatible store (UPLOAD_PROVIDER=aws-s3): a real S3 server of the
 * test's own (s3rver, files in a temp directory), a real Strapi with the real
 * @strapi/provider-upload-aws-s3 pointed at it, and a press file imported with its photo.
 */
const ARTICLE = 'api::article.article';
const BUCKET = 'newsroom-media';
const SAMPLE = path.join(__dirname, '..', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');
// A valid 1×1 PNG (too small for responsive formats: one object per upload).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let s3: S3rver;
let dir: string;
let endpoint: string;
// Filled in before Strapi boots (useStrapi reads it at boot time, after this beforeAll).
const env: Record<string, string> = {
  SEED_DEMO_CONTENT: 'false',
  UPLOAD_PROVIDER: 'aws-s3',
  S3_BUCKET: BUCKET,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  const port = await freePort();
  s3 = new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
  await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
  env.S3_ENDPOINT = endpoint;
});

const t = useStrapi(env);

afterAll(async () => {
  await s3?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The object's bytes read back from the S3 server over HTTP, or its status when it is not there. */
async function fetchObject(url: string) {
  const res = await fetch(url);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('uploads in an S3-compatible store', () => {
  let editor: string;
  let cover: any;

  beforeAll(async () => {
    editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@kaznu.test');
    // Strapi re-encodes images it may optimise; without that the bucket must hold the very bytes sent.
    await t.app().plugin('upload').service('upload').setSettings({ sizeOptimization: false, responsiveDimensions: false, autoOrientation: false });
  });

  test('an imported photo is stored in the bucket, and its upload record points at the S3 endpoint', async () => {
    const res = await t
      .http()
      .post('/press-import/import')
      .set('Authorization', `Bearer ${editor}`)
      .attach('files', SAMPLE, { filename: 'diplomacy.txt', contentType: 'text/plain' })
      .attach('files', PNG, { filename: 'diplomacy.png', contentType: 'image/png' })
      .expect(200);
    const [result] = res.body.results;
    expect(result).toMatchObject({ status: 'imported', images: 1 });

    const article = await t.docs(ARTICLE).findOne({ documentId: result.articleDocumentId, locale: 'en', status: 'draft', populate: ['cover'] });
    cover = article.cover;
    expect(cover).toMatchObject({ provider: 'aws-s3', mime: 'image/png', name: 'diplomacy.png' });
    // Path style on a custom endpoint: http://127.0.0.1:port/bucket/key.
    expect(cover.url).toBe(`${endpoint}/${BUCKET}/${cover.hash}${cover.ext}`);
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'public', 'uploads', `${cover.hash}${cover.ext}`))).toBe(false);

    const stored = await fetchObject(cover.url);
    expect(stored.status).toBe(200);
    expect(stored.bytes.equals(PNG)).toBe(true);
  });

  test('the public API gives the S3 url of the published article cover', async () => {
    const article = await t.app().db.query(ARTICLE).findOne({ where: { cover: { id: cover.id } }, populate: ['cover'] });
    await t.docs(ARTICLE).publish({ documentId: article.documentId, locale: 'en' });
    const res = await t.http().get(`/api/articles/${article.documentId}?locale=en&populate=cover`).expect(200);
    expect(res.body.data.cover.url).toBe(cover.url);
  });

  test("the admin's Content-Security-Policy allows images and media from the S3 endpoint", async () => {
    const csp = (await t.http().get('/admin/init')).headers['content-security-policy'];
    const directive = (name: string) => csp.split(';').map((d: string) => d.trim().split(/\s+/)).find(([n]: string[]) => n === name) ?? [];
    expect(directive('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:', endpoint]));
    expect(directive('media-src')).toEqual(expect.arrayContaining(["'self'", endpoint]));
  });

  test('deleting the media removes the object from the bucket', async () => {
    await t.http().delete(`/upload/files/${cover.id}`).set('Authorization', `Bearer ${editor}`).expect(200);
    expect(await t.app().db.query('plugin::upload.file').findOne({ where: { id: cover.id } })).toBeNull();
    expect((await fetchObject(cover.url)).status).toBe(404);
  });
});
