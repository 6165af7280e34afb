import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import iconv from 'iconv-lite';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { testSecrets } from '../helpers/test-env';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ROOT = path.join(__dirname, '..', '..');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const utf8Good = Buffer.from('Ректор встретился со студентами\n\n«Мы построим новый кампус», — сказал ректор.\n\nПресс-служба КазНУ\n');

/** Hostile inputs, each with the outcome the README documents for it. */
const HOSTILE: Array<{ name: string; bytes: () => Buffer; expect: { status: 'failed'; code: string } | { status: 'imported'; check?: (article: any, result: any) => void } }> = [
  { name: 'zero-bytes.txt', bytes: () => Buffer.alloc(0), expect: { status: 'failed', code: 'EMPTY_FILE' } },
  { name: 'blank.txt', bytes: () => Buffer.from(' \n\t\r\n\u00a0\n'), expect: { status: 'failed', code: 'EMPTY_FILE' } },
  { name: 'image.txt', bytes: () => PNG, expect: { status: 'failed', code: 'NOT_TEXT' } },
  { name: 'archive.txt', bytes: () => Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'), Buffer.alloc(2000, 0x9c)]), expect: { status: 'failed', code: 'NOT_TEXT' } },
  { name: 'fifty-megabytes.txt', bytes: () => Buffer.alloc(50 * 1024 * 1024, 'a'), expect: { status: 'failed', code: 'TOO_LARGE' } },
  { name: 'one-10mb-line.txt', bytes: () => Buffer.alloc(10 * 1024 * 1024, 'x'), expect: { status: 'failed', code: 'TOO_LARGE' } },
  { name: 'nul-bytes.txt', bytes: () => Buffer.from('Title\u0000\n\nBody with a NUL\u0000 byte.\n'), expect: { status: 'failed', code: 'NOT_TEXT' } },
  {
    // Invalid bytes inside UTF-8: replaced by U+FFFD and flagged, not decoded as mojibake.
    name: 'broken-utf8.txt',
    bytes: () => Buffer.concat([utf8Good.subarray(0, 20), Buffer.from([0xff, 0xfe, 0xc3]), utf8Good.subarray(20)]),
    expect: {
      status: 'imported',
      check: (a, r) => {
        expect(a.title).toMatch(/^Ректор.*\uFFFD.*студентами$/);
        expect(r.warnings.map((w: any) => w.code)).toContain('MIXED_ENCODING');
      },
    },
  },
  {
    name: 'hundred-thousand-lines.txt',
    bytes: () => Buffer.from(['Title of many lines', ''].concat(Array.from({ length: 100_000 }, (_, i) => `Line ${i}`)).join('\n')),
    expect: { status: 'failed', code: 'TOO_MANY_PARAGRAPHS' },
  },
  {
    name: 'mixed-encodings.txt',
    bytes: () => Buffer.concat([Buffer.from('Смешанные кодировки\n\nПервый абзац в UTF-8.\n\n', 'utf8'), iconv.encode('Второй абзац в cp1251.\n', 'win1251')]),
    expect: {
      status: 'imported',
      check: (a, r) => {
        // The first paragraph is the lead; the body goes on from the second.
        expect(a.lead).toBe('Первый абзац в UTF-8.');
        expect(a.body.map((b: any) => b.children[0].text)).toEqual(['Второй абзац в cp1251.']);
        expect(r.warnings.map((w: any) => w.code)).toContain('MIXED_ENCODING');
      },
    },
  },
  {
    name: 'html-and-script.txt',
    bytes: () => Buffer.from('<script>alert(1)</script> Rector <b>meets</b> students\n\n"<img src=x onerror=alert(1)> We will build," the rector said.\n\nPress Service of KazNU\n'),
    expect: {
      status: 'imported',
      // Stored as text, exactly as written: escaping is the job of whoever renders it.
      check: (a) => expect(a.title).toBe('<script>alert(1)</script> Rector <b>meets</b> students'),
    },
  },
  {
    name: 'control-and-rtl.txt',
    bytes: () => Buffer.from('Title\u0007 with a bell\n\nBody \u001b[31m red \u202e with an RTL override \u200f mark.\n\nPress Service of KazNU\n'),
    expect: {
      status: 'imported',
      check: (a) => {
        expect(a.title).toContain('with a bell');
        expect(a.title).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
      },
    },
  },
];

describe('hostile input through the admin upload', () => {
  let editor: string;
  beforeAll(async () => {
    editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@hostile.test');
  });

  test.each(HOSTILE.map((h) => [h.name, h] as const))('%s', async (_name, h) => {
    const res = await t
      .http()
      .post('/press-import/import')
      .set('Authorization', `Bearer ${editor}`)
      .attach('files', h.bytes(), { filename: h.name, contentType: 'text/plain' })
      .expect(200);
    const [result] = res.body.results;
    if (h.expect.status === 'failed') {
      expect(result).toMatchObject({ status: 'failed', error: { code: h.expect.code } });
    } else {
      expect(result.status).toBe('imported');
      const article = await t.docs('api::article.article').findOne({ documentId: result.articleDocumentId, locale: result.locale, status: 'draft' });
      h.expect.check?.(article, result);
    }
    // The server keeps serving.
    await t.http().get('/api/articles').expect(200);
  });

  test('file names with ../, spaces and Cyrillic are recorded by their base name only', async () => {
    for (const filename of ['../../etc/evil.txt', 'Пресс релиз 1 декабря.txt']) {
      await t
        .http()
        .post('/press-import/import')
        .set('Authorization', `Bearer ${editor}`)
        .attach('files', Buffer.from(`Release ${filename}\n\nBody of the release.\n`), { filename, contentType: 'text/plain' })
        .expect(200);
    }
    const names = (await t.app().db.query('plugin::press-import.import-record').findMany({ select: ['fileName'] })).map((r: any) => r.fileName);
    expect(names).toEqual(expect.arrayContaining(['evil.txt', 'Пресс релиз 1 декабря.txt']));
    expect(names.some((n: string) => n.includes('..') || n.includes('/'))).toBe(false);
  });
});

describe('hostile input through the CLI', () => {
  test('each file gets its documented outcome and the others are imported', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
    try {
      for (const h of HOSTILE) fs.writeFileSync(path.join(dir, h.name), h.bytes());
      const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'src/plugins/press-import/server/src/cli/press-import.ts'), '--dry-run', dir], {
        cwd: ROOT,
        env: { ...process.env, ...testSecrets(), ...t.db().env, SEED_DEMO_CONTENT: 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status).toBe(1);
      const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
      const failed = Object.fromEntries(summary.failed.map((f: any) => [path.basename(f.file), f.error.code]));
      const expectedFailures = Object.fromEntries(HOSTILE.flatMap((h) => (h.expect.status === 'failed' ? [[h.name, h.expect.code]] : [])));
      expect(failed).toEqual(expectedFailures);
      // Imported already through the admin above, or new: either way nothing failed.
      expect(summary.imported + summary.alreadyImported).toBe(HOSTILE.length - Object.keys(expectedFailures).length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
