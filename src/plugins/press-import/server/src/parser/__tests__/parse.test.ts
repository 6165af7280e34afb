import { promises as fs } from 'fs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { listPressFiles, MissingPathError, parsePressFile } from '../files';
import { parsePressText } from '../parse';

const ARTICLE = 'Headline\n\nThe rector met the students.\n\nPress Service of Al-Farabi Kazakh National University\n';

describe('parsePressText: rejected inputs', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'EMPTY_FILE'],
    ['only whitespace and NBSPs', Buffer.from(' \t\r\n\u00a0\n', 'utf8'), 'EMPTY_FILE'],
    [
      'binary bytes',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8]),
      'NOT_TEXT',
    ],
    ['a headline only', Buffer.from('Just a headline\n', 'utf8'), 'NO_BODY'],
    ['a headline and a signature only', Buffer.from('Headline\n\nPress Service of KazNU', 'utf8'), 'NO_BODY'],
    ['digits and punctuation only', Buffer.from('12345 --- 678\n\n***', 'utf8'), 'NO_TITLE'],
  ])('Given %s, when parsed, then it is rejected with the right code', (_case, bytes, code) => {
    const result = parsePressText(bytes, { file: 'input.txt' });

    expect(result).toMatchObject({ file: 'input.txt', ok: false, error: { code } });
  });

  it('Given bytes over the size limit, when parsed, then it is TOO_LARGE', () => {
    expect(parsePressText(Buffer.from(ARTICLE), { file: 'x.txt', maxBytes: 10 })).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE' },
    });
  });
});

describe('parsePressText: a parsed file', () => {
  it('Given a valid article, when parsed, then the digest is the SHA-256 of the raw bytes', () => {
    const bytes = Buffer.from(ARTICLE);

    const result = parsePressText(bytes, { file: 'a.txt' });

    expect(result).toMatchObject({
      ok: true,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      lead: 'The rector met the students.',
    });
  });
});

describe('parsePressFile', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'press-parse-'));

  afterEach(() => jest.restoreAllMocks());

  it('Given a file over the limit, when parsed, then it is TOO_LARGE and never read', async () => {
    const file = path.join(directory, 'big.txt');
    writeFileSync(file, ARTICLE.repeat(100));
    const readFile = jest.spyOn(fs, 'readFile');

    const result = await parsePressFile(file, { maxBytes: 100 });

    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('Given a path that vanished, when parsed, then it is UNREADABLE', async () => {
    expect(await parsePressFile(path.join(directory, 'missing.txt'))).toMatchObject({ ok: false, error: { code: 'UNREADABLE' } });
  });

  it('Given a file, when parsed, then `file` is the path as given unless overridden', async () => {
    const file = path.join(directory, 'ok.txt');
    writeFileSync(file, ARTICLE);

    expect(await parsePressFile(file)).toMatchObject({ file, ok: true });
    expect(await parsePressFile(file, { file: 'shown.txt' })).toMatchObject({ file: 'shown.txt' });
  });
});

describe('listPressFiles', () => {
  it('Given directories and files, when listed, then directories expand to every *.txt below them in sorted order', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'press-list-'));
    mkdirSync(path.join(root, 'b'));
    for (const name of ['b/2.txt', 'a.txt', 'b/1.txt', 'notes.md']) writeFileSync(path.join(root, name), ARTICLE);

    const files = await listPressFiles([root, path.join(root, 'notes.md')]);

    expect(files).toEqual([path.join(root, 'a.txt'), path.join(root, 'b/1.txt'), path.join(root, 'b/2.txt'), path.join(root, 'notes.md')]);
  });

  it('Given a path that does not exist, when listed, then it is a usage error', async () => {
    await expect(listPressFiles(['/no/such/press/dir'])).rejects.toBeInstanceOf(MissingPathError);
  });
});
