import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const sample = (locale: string) => path.join(FIXTURES, 'press', `${locale}-kaznu-30-years-of-diplomacy.txt`);
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const RECORD = 'plugin::press-import.import-record';

let editor: string;
let author: string;

beforeAll(async () => {
  editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@kaznu.test');
  author = await adminWithRole(t.app(), ROLE_CODES.author, 'author@kaznu.test');
});

const count = (uid: string, where: Record<string, unknown> = {}) => t.app().db.query(uid as any).count({ where });
const contentCounts = async () => ({
  articles: await count(ARTICLE),
  quotes: await count(QUOTE),
  speakers: await count(SPEAKER),
  institutions: await count('api::institution.institution'),
});

/** POST /press-import/import with files and options, as `token`. */
function importFiles(token: string | null, files: Array<string | { name: string; bytes: Buffer }>, options?: unknown) {
  let req = t.http().post('/press-import/import');
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  for (const f of files) {
    req = typeof f === 'string' ? req.attach('files', f) : req.attach('files', f.bytes, { filename: f.name, contentType: 'text/plain' });
  }
  if (options !== undefined) req = req.field('options', JSON.stringify(options));
  return req;
}

describe('press import through the admin API', () => {
  let articleId: string;

  test('an Editor imports the sample: a draft article in en with its quotes and 3 quoted speakers, linked', async () => {
    const res = await importFiles(editor, [sample('en')]).expect(200);
    const [result] = res.body.results;
    expect(result).toMatchObject({ status: 'imported', locale: 'en', articleTitle: '30 years of Kazakh diplomacy' });
    articleId = result.articleDocumentId;

    const article = await t.docs(ARTICLE).findOne({
      documentId: articleId,
      locale: 'en',
      status: 'draft',
      populate: { quotes: { populate: ['speaker'] }, speakers: true, institutions: true },
    });
    expect(article.publishedAt).toBeNull();
    expect(article.slug).toBe('30-years-of-kazakh-diplomacy');
    expect(article.sourceLine).toBe('Press Service of Al-Farabi Kazakh National University');
    expect(article.quotes.length).toBeGreaterThanOrEqual(5);
    const quoted = new Set(article.quotes.map((q: any) => q.speaker?.fullName));
    expect([...quoted].sort()).toEqual(['Michaela Friberg-Stori', 'Ruslan Karabulov', 'Zhanseit Tuimebayev']);
    expect(article.speakers.map((s: any) => s.fullName)).toEqual(expect.arrayContaining([...quoted]));
    expect(article.institutions.map((i: any) => i.name)).toEqual(expect.arrayContaining(['Al-Farabi Kazakh National University']));
    expect(await count(RECORD, { status: 'imported' })).toBe(1);
    const friberg = await t.app().db.query(SPEAKER).findOne({ where: { fullName: 'Michaela Friberg-Stori' } });
    expect(friberg.aliases).toContain('Michaela Friberg-Story');
  });

  test('re-importing the same file creates nothing and reports "already imported"', async () => {
    const before = await contentCounts();
    const res = await importFiles(editor, [sample('en')]).expect(200);
    expect(res.body.results[0]).toMatchObject({ status: 'already-imported', articleDocumentId: articleId });
    expect(await contentCounts()).toEqual(before);
    expect(await count(RECORD, { status: 'skipped' })).toBe(1);
  });

  test('kk and ru files import as translations; after publishing all three are public', async () => {
    // The preview of the Kazakh file suggests the English article as its original and
    // aligns the speakers spelling cannot connect (Jiang Wei / Цзян Вэй).
    const preview = await t.http().post('/press-import/preview').set('Authorization', `Bearer ${editor}`).attach('files', sample('kk')).expect(200);
    const [kk] = preview.body.results;
    expect(kk.suggestedOriginal).toMatchObject({ documentId: articleId, locale: 'en' });
    expect(kk.speakers.every((s: any) => s.decision === 'matched')).toBe(true);
    expect(kk.institutions.every((i: any) => i.decision === 'matched')).toBe(true);

    const speakersBefore = await count(SPEAKER);
    const documents = async (uid: string) => new Set((await t.app().db.query(uid as any).findMany({ select: ['documentId'] })).map((r: any) => r.documentId));
    const institutionsBefore = await documents('api::institution.institution');
    for (const locale of ['kk', 'ru']) {
      const name = path.basename(sample(locale));
      const res = await importFiles(editor, [sample(locale)], { files: { [name]: { translationOf: articleId } } }).expect(200);
      expect(res.body.results[0]).toMatchObject({ status: 'imported', locale, articleDocumentId: articleId });
    }
    // A quote document is one person's words in every language (the English release has a
    // quote more than the others: reported speech the kk and ru texts weave into a sentence).
    const quoteRows = await t.app().db.query(QUOTE as any).findMany({ where: { article: { documentId: articleId } }, populate: { speaker: { select: ['documentId'] } } });
    const speakersOfQuote = new Map<string, Set<string | null>>();
    for (const row of quoteRows) speakersOfQuote.set(row.documentId, (speakersOfQuote.get(row.documentId) ?? new Set()).add(row.speaker?.documentId ?? null));
    expect([...speakersOfQuote.values()].filter((set) => set.size > 1)).toEqual([]);
    expect(quoteRows.filter((r: any) => r.locale !== 'en').length).toBeGreaterThanOrEqual(10);
    // The order is shared by a quote's language versions: the English reading order stays whole.
    const enOrders = quoteRows.filter((r: any) => r.locale === 'en').map((r: any) => r.order).sort((a: number, b: number) => a - b);
    expect(enOrders).toEqual(enOrders.map((_: number, i: number) => i));

    // The same three people, now also in kk and ru: no new speaker documents.
    const speakerDocs = await t.app().db.query(SPEAKER).findMany({ select: ['documentId'] });
    expect(new Set(speakerDocs.map((s: any) => s.documentId)).size).toBe(
      new Set((await t.app().db.query(SPEAKER).findMany({ select: ['documentId'], where: { locale: 'en' } })).map((s: any) => s.documentId)).size
    );
    expect(await count(SPEAKER, { locale: 'en' })).toBe(speakersBefore);
    // Institutions named in Kazakh and Russian (ҚазҰУ, БҰҰ, МИД РК…) are the English ones.
    expect(await documents('api::institution.institution')).toEqual(institutionsBefore);
    const kaznu = await t.app().db.query('api::institution.institution').findMany({ where: { abbreviations: { $contains: 'KazNU' } } });
    expect(kaznu.map((v: any) => v.locale).sort()).toEqual(['en', 'kk', 'ru']);
    expect(kaznu[0]).toMatchObject({ kind: 'university', country: 'KZ' });
    expect(kaznu[0].abbreviations.split('\n')).toEqual(expect.arrayContaining(['KazNU', 'КазНУ', 'ҚазҰУ']));

    for (const locale of ['en', 'kk', 'ru']) await t.docs(ARTICLE).publish({ documentId: articleId, locale });
    for (const locale of ['en', 'kk', 'ru']) {
      const res = await t.http().get(`/api/articles/${articleId}?locale=${locale}&populate[quotes][populate]=speaker`).expect(200);
      expect(res.body.data.locale).toBe(locale);
      expect(res.body.data.quotes.length).toBeGreaterThanOrEqual(5);
      for (const quote of res.body.data.quotes) expect(quote.speaker?.fullName).toBeTruthy();
    }
  });

  test("a Russian file's preview names matched speakers and institutions as their Russian versions", async () => {
    // The speakers and institutions now have ru versions (imported above): the preview says
    // "→ <the Russian name>", not the English name the match went through.
    const [ru] = (await t.http().post('/press-import/preview').set('Authorization', `Bearer ${editor}`).attach('files', sample('ru')).expect(200)).body.results;
    const nameIn = async (uid: string, field: string, documentId: string, locale: string) =>
      (await t.app().db.query(uid as any).findOne({ where: { documentId, locale, publishedAt: null } }))?.[field];
    const speakers = ru.speakers.filter((s: any) => s.decision === 'matched');
    const institutions = ru.institutions.filter((i: any) => i.decision === 'matched');
    expect(speakers.length).toBeGreaterThanOrEqual(3);
    expect(institutions.length).toBeGreaterThanOrEqual(2);
    let differ = 0;
    for (const s of speakers) {
      expect(s.matchedName).toBe(await nameIn(SPEAKER, 'fullName', s.documentId, 'ru'));
      if (s.matchedName !== (await nameIn(SPEAKER, 'fullName', s.documentId, 'en'))) differ += 1;
    }
    for (const i of institutions) {
      expect(i.matchedName).toBe(await nameIn('api::institution.institution', 'name', i.documentId, 'ru'));
      if (i.matchedName !== (await nameIn('api::institution.institution', 'name', i.documentId, 'en'))) differ += 1;
    }
    // Not a coincidence of spellings: the Russian names are not the English ones.
    expect(differ).toBeGreaterThanOrEqual(3);
    expect(ru.speakers.map((s: any) => s.matchedName).join(' ')).toMatch(/[А-Яа-я]/);
  });

  test('an Author may preview but not import (403); an anonymous call gets 401', async () => {
    await t.http().post('/press-import/preview').set('Authorization', `Bearer ${author}`).attach('files', sample('en')).expect(200);
    await importFiles(author, [sample('en')]).expect(403);
    await importFiles(null, [sample('en')]).expect(401);
    await t.http().get('/press-import/history').expect(401);
  });

  test('a broken file in a batch is reported and skipped; the others are imported', async () => {
    const good = { name: 'good.txt', bytes: Buffer.from('Rector meets students\n\n"We will build a new campus," the rector said.\n\nPress Service of KazNU\n') };
    const png = { name: 'broken.txt', bytes: fs.readFileSync(path.join(FIXTURES, 'press-bad', 'png-bytes.txt')) };
    const empty = { name: 'empty.txt', bytes: Buffer.alloc(0) };
    const res = await importFiles(editor, [png, good, empty]).expect(200);
    const byName = Object.fromEntries(res.body.results.map((r: any) => [r.fileName, r]));
    expect(byName['broken.txt']).toMatchObject({ status: 'failed', error: { code: 'NOT_TEXT' } });
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', error: { code: 'EMPTY_FILE' } });
    expect(byName['good.txt']).toMatchObject({ status: 'imported', articleTitle: 'Rector meets students' });
    expect(await count(RECORD, { status: 'failed' })).toBeGreaterThanOrEqual(2);
  });

  test('a failure in the middle of a file leaves no partial article, quote or speaker', async () => {
    const before = await contentCounts();
    // Both write paths validate each quote before writing it (the bulk path after the
    // article, speakers and links are written): the second quote's validation fails.
    const validator = t.app().entityValidator as any;
    const realValidate = validator.validateEntityCreation;
    let calls = 0;
    validator.validateEntityCreation = async (model: any, ...rest: unknown[]) => {
      if (model?.uid === QUOTE) {
        calls += 1;
        if (calls === 2) throw new Error('injected failure after the first quote');
      }
      return realValidate.call(validator, model, ...rest);
    };
    try {
      const file = { name: 'midway.txt', bytes: Buffer.from('Midway failure\n\nProf. Asel Nurlanova, dean of the Faculty of Law, said: "First quote here."\n\n"Second quote here," she added.\n\nPress Service of KazNU\n') };
      const res = await importFiles(editor, [file]).expect(200);
      expect(res.body.results[0]).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('injected failure') } });
    } finally {
      validator.validateEntityCreation = realValidate;
    }
    expect(calls).toBe(2);
    expect(await contentCounts()).toEqual(before);
    expect(await t.app().db.query(ARTICLE).count({ where: { title: 'Midway failure' } })).toBe(0);
  });

  test('two imports of the same file at the same moment create one article', async () => {
    const file = { name: 'twice.txt', bytes: Buffer.from('Simultaneous release\n\n"Only once," the rector said.\n\nPress Service of KazNU\n') };
    const [a, b] = await Promise.all([importFiles(editor, [file]), importFiles(editor, [file])]);
    const statuses = [a.body.results[0].status, b.body.results[0].status].sort();
    expect(statuses).toEqual(['already-imported', 'imported']);
    expect(await t.app().db.query(ARTICLE).count({ where: { title: 'Simultaneous release' } })).toBe(1);
  });

  test('history lists the records with filters', async () => {
    const all = await t.http().get('/press-import/history?pageSize=100').set('Authorization', `Bearer ${editor}`).expect(200);
    expect(all.body.pagination.total).toBe(await count(RECORD));
    const today = new Date().toISOString().slice(0, 10);
    const upToToday = await t.http().get(`/press-import/history?to=${today}&pageSize=100`).set('Authorization', `Bearer ${editor}`).expect(200);
    expect(upToToday.body.pagination.total).toBe(all.body.pagination.total);
    const fromTomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const none = await t.http().get(`/press-import/history?from=${fromTomorrow}`).set('Authorization', `Bearer ${editor}`).expect(200);
    expect(none.body.pagination.total).toBe(0);
    const failed = await t.http().get('/press-import/history?status=failed').set('Authorization', `Bearer ${editor}`).expect(200);
    expect(failed.body.results.every((r: any) => r.status === 'failed')).toBe(true);
    const mine = await t.http().get('/press-import/history?user=editor@kaznu.test&status=imported').set('Authorization', `Bearer ${editor}`).expect(200);
    expect(mine.body.results.map((r: any) => r.fileName)).toEqual(expect.arrayContaining(['en-kaznu-30-years-of-diplomacy.txt']));
    // An Author sees only records of articles they may read in the Content Manager, or
    // their own imports: here none (tests/api/attacks-roles.test.ts has the rest).
    const asAuthor = await t.http().get('/press-import/history?pageSize=100').set('Authorization', `Bearer ${author}`).expect(200);
    expect(asAuthor.body.pagination.total).toBe(0);
  });

  test('bad requests: no files, bad options, too many files, too large, wrong type, bad history query', async () => {
    const auth = (req: any) => req.set('Authorization', `Bearer ${editor}`);
    await auth(t.http().post('/press-import/import')).expect(400);
    const badJson = await auth(t.http().post('/press-import/import')).attach('files', sample('en')).field('options', '{nope');
    expect(badJson.status).toBe(400);
    const badOption = await importFiles(editor, [sample('en')], { publish: 'yes' });
    expect(badOption.status).toBe(400);
    expect(badOption.body.error.message).toMatch(/publish/);
    const unknownKey = await importFiles(editor, [sample('en')], { deleteEverything: true });
    expect(unknownKey.status).toBe(400);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.txt`, bytes: Buffer.from(`T${i}\n\nBody ${i}\n`) }));
    expect((await importFiles(editor, many)).status).toBe(400);
    const big = { name: 'big.txt', bytes: Buffer.alloc(2 * 1024 * 1024 + 1, 'a') };
    const tooLarge = await importFiles(editor, [big]).expect(200);
    expect(tooLarge.body.results[0]).toMatchObject({ status: 'failed', error: { code: 'TOO_LARGE' } });
    const pdf = await auth(t.http().post('/press-import/import')).attach('files', Buffer.from('%PDF-1.4'), { filename: 'x.pdf', contentType: 'application/pdf' });
    expect(pdf.body.results[0]).toMatchObject({ status: 'failed', error: { code: 'NOT_TEXT' } });
    await t.http().get('/press-import/history?status=lost').set('Authorization', `Bearer ${editor}`).expect(400);
    await t.http().get('/press-import/history?pageSize=1000').set('Authorization', `Bearer ${editor}`).expect(400);
  });
});
