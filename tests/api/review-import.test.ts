/**
 * Review before import (POST /press-import/import with per-file `corrections`) on a real
 * Strapi: quotes given to another detected speaker, an existing speaker or nobody; false
 * quotes dropped; new speakers' name, position and institution edited; a detected speaker
 * pointed at an existing one; corrections that do not fit the file (400, nothing
 * written); the corrections in the history; the read check on a speaker pointed at.
 */
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { ARTICLE, INSTITUTION, QUOTE, SPEAKER } from '../helpers/newsroom-docs';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const RECORD = 'plugin::press-import.import-record';
const press = (name: string) => path.join(__dirname, '..', 'fixtures', 'press', name);
const expected = (name: string) => require(press(name.replace(/\.txt$/, '.expected.json')));

let editor: string;
let author: string;
let authorId: number;
const ids: Record<string, string> = {};

function importAs(token: string, files: string[], options?: unknown) {
  let req = t.http().post('/press-import/import').set('Authorization', `Bearer ${token}`);
  for (const f of files) req = req.attach('files', press(f));
  if (options !== undefined) req = req.field('options', JSON.stringify(options));
  return req;
}
const withCorrections = (file: string, corrections: unknown) => ({ files: { [file]: { corrections } } });

const counts = async () => {
  const db = t.app().db;
  return Object.fromEntries(await Promise.all([ARTICLE, QUOTE, SPEAKER, INSTITUTION, RECORD].map(async (uid) => [uid, await db.query(uid as any).count({})])));
};

/** The draft en article with its quotes (in order, with their speaker) and linked speakers. */
const articleOf = (documentId: string) =>
  t.docs(ARTICLE).findOne({
    documentId,
    locale: 'en',
    status: 'draft',
    populate: { quotes: { sort: ['order:asc'], populate: { speaker: true } }, speakers: true },
  });
const speakersNamed = (fullName: string) => t.app().db.query(SPEAKER).findMany({ where: { fullName }, populate: { institution: true } });

beforeAll(async () => {
  const app = t.app();
  editor = await adminWithRole(app, ROLE_CODES.editor, 'editor@review.test');
  // Authors of this newsroom may import; their Content Manager rights cover only their own entries.
  const authorRole = await app.db.query('admin::role').findOne({ where: { code: ROLE_CODES.author } });
  await app.service('admin::role').addPermissions(authorRole.id, [{ action: 'plugin::press-import.import', subject: null, properties: {}, conditions: [] }]);
  author = await adminWithRole(app, ROLE_CODES.author, 'author@review.test');
  authorId = (await app.db.query('admin::user').findOne({ where: { email: 'author@review.test' } })).id;

  // Speakers already in the CMS: those of an earlier import (the Editor's), and one typed in.
  await importAs(editor, ['en-rector-new-campus.txt']).expect(200);
  ids.abenov = (await speakersNamed('Timur Abenov'))[0].documentId;
  ids.ken = (await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Ken Takahashi', position: 'Ambassador of Japan', aliases: 'Ken Takahashi' } })).documentId;
});

describe('corrections are what the import writes', () => {
  const FILE = 'en-kaznu-math-competition.txt';
  const corrections = {
    quotes: [
      { index: 0, speaker: 'Gulnara Akhmetova' },
      { index: 1, speakerDocumentId: '' as string },
      { index: 2, speaker: null },
      { index: 3, drop: true },
    ],
  };
  let result: any;

  beforeAll(async () => {
    corrections.quotes[1].speakerDocumentId = ids.abenov;
    const speakersBefore = await t.app().db.query(SPEAKER).count({});
    result = (await importAs(editor, [FILE], withCorrections(FILE, corrections)).expect(200)).body.results[0];
    expect(result).toMatchObject({ status: 'imported', quotes: 3, corrections });
    // The four people the file names are new; the existing speaker given a quote is not created again.
    expect(await t.app().db.query(SPEAKER).count({})).toBe(speakersBefore + 4);
  });

  test('a quote goes to another detected speaker, one to an existing speaker, one to nobody; the false quote is not written', async () => {
    const texts = expected(FILE).quotes.map((q: any) => q.text);
    const article = await articleOf(result.articleDocumentId);
    expect(article.quotes.map((q: any) => [q.order, q.text, q.speaker?.fullName ?? null])).toEqual([
      [0, texts[0], 'Gulnara Akhmetova'],
      [1, texts[1], 'Timur Abenov'],
      [2, texts[2], null],
    ]);
    expect(article.quotes[1].speaker.documentId).toBe(ids.abenov);
    expect(await t.app().db.query(QUOTE).count({ where: { text: texts[3] } })).toBe(0);
    // The existing speaker is linked to the article too (so publishing the article publishes it).
    expect(article.speakers.map((s: any) => s.documentId)).toContain(ids.abenov);
    expect(await speakersNamed('Timur Abenov')).toHaveLength(1);
  });

  test('the result names the speakers as written: each with its quotes, the existing speaker given a quote too', async () => {
    const [gulnara] = await speakersNamed('Gulnara Akhmetova');
    const [dias] = await speakersNamed('Dias Serikbayev');
    expect(result.speakers.map((s: any) => [s.name, s.decision, s.quotes])).toEqual([
      ['Dias Serikbayev', 'new', 0],
      ['Marat Ivanov', 'new', 0],
      ['Olga Ivanova', 'new', 0],
      ['Gulnara Akhmetova', 'new', 1],
      ['Timur Abenov', 'matched', 1],
    ]);
    expect(result.speakers[3]).toMatchObject({ detected: 'Gulnara Akhmetova', documentId: gulnara.documentId, position: 'Dean of the Faculty of Mechanics and Mathematics' });
    expect(result.speakers[0].documentId).toBe(dias.documentId);
    expect(result.speakers[4]).toEqual({
      name: 'Timur Abenov', decision: 'matched', matchedName: 'Timur Abenov', documentId: ids.abenov,
      position: 'Chairman of the Student Council', institution: 'Al-Farabi Kazakh National University', quotes: 1,
    });
  });

  test('the same bytes sent again with other corrections are still already imported: nothing changes', async () => {
    const before = await counts();
    const again = await importAs(editor, [FILE], withCorrections(FILE, { quotes: [{ index: 0, drop: true }] })).expect(200);
    expect(again.body.results[0]).toMatchObject({ status: 'already-imported', articleDocumentId: result.articleDocumentId });
    expect({ ...(await counts()), [RECORD]: before[RECORD] }).toEqual(before);
    expect((await articleOf(result.articleDocumentId)).quotes).toHaveLength(3);
  });

  test('the history shows the corrections of each import', async () => {
    const res = await t.http().get('/press-import/history?status=imported&pageSize=100').set('Authorization', `Bearer ${editor}`).expect(200);
    const record = res.body.results.find((r: any) => r.fileName === FILE);
    expect(record.corrections).toEqual(corrections);
    expect(res.body.results.find((r: any) => r.fileName === 'en-rector-new-campus.txt').corrections).toBeNull();
  });
});

describe('new speakers as the editor confirmed them', () => {
  test("a new speaker's name, position and institution are edited; the quote follows the new name", async () => {
    const FILE = 'en-kaznu-qs-ranking.txt';
    const corrections = {
      speakers: [
        { name: 'Aizhan Mukanova', fullName: 'Aizhan Mukanova-Serikova', position: 'Vice-Rector for Research', institution: 'Quacquarelli Symonds' },
        { name: 'Yerlan Bolatuly', institution: null, position: '' },
      ],
    };
    const res = await importAs(editor, [FILE], withCorrections(FILE, corrections)).expect(200);
    expect(res.body.results[0]).toMatchObject({ status: 'imported', quotes: 3 });

    expect(await speakersNamed('Aizhan Mukanova')).toHaveLength(0);
    const [aizhan] = await speakersNamed('Aizhan Mukanova-Serikova');
    expect(aizhan).toMatchObject({ position: 'Vice-Rector for Research', institution: { name: 'Quacquarelli Symonds' } });
    // The detected spelling the editor corrected is not kept as an alias.
    expect(aizhan.aliases.split('\n')).not.toContain('Aizhan Mukanova');
    const [yerlan] = await speakersNamed('Yerlan Bolatuly');
    expect(yerlan).toMatchObject({ position: null, institution: null });

    const article = await articleOf(res.body.results[0].articleDocumentId);
    expect(article.quotes.map((q: any) => q.speaker?.fullName)).toEqual(['Aizhan Mukanova-Serikova', 'Yerlan Bolatuly', 'Yerlan Bolatuly']);
    // The result names the speakers as written, beside the names the file gave them.
    expect(res.body.results[0].speakers).toEqual([
      { name: 'Aizhan Mukanova-Serikova', detected: 'Aizhan Mukanova', decision: 'new', documentId: aizhan.documentId, position: 'Vice-Rector for Research', institution: 'Quacquarelli Symonds', quotes: 1 },
      { name: 'Yerlan Bolatuly', detected: 'Yerlan Bolatuly', decision: 'new', documentId: yerlan.documentId, position: null, institution: null, quotes: 2 },
    ]);
  });

  test('a detected speaker pointed at an existing one: no duplicate, the new spelling kept as an alias, quotes and article linked', async () => {
    const FILE = 'en-japan-ambassador-visit.txt';
    // Without the correction the import would create a second person.
    const preview = await t.http().post('/press-import/preview').set('Authorization', `Bearer ${editor}`).attach('files', press(FILE)).expect(200);
    expect(preview.body.results[0].speakers.find((s: any) => s.name === 'Kenji Takahashi')).toMatchObject({ decision: 'new' });

    const res = await importAs(editor, [FILE], withCorrections(FILE, { speakers: [{ name: 'Kenji Takahashi', documentId: ids.ken }] })).expect(200);
    const [result] = res.body.results;
    // The result names the existing speaker as the CMS has it, with the existing speaker's details, not the file's.
    expect(result.speakers.find((s: any) => s.name === 'Kenji Takahashi')).toEqual({
      name: 'Kenji Takahashi', detected: 'Kenji Takahashi', decision: 'matched', documentId: ids.ken, matchedName: 'Ken Takahashi',
      position: 'Ambassador of Japan', institution: null, quotes: 1,
    });
    expect(await speakersNamed('Kenji Takahashi')).toHaveLength(0);
    const ken = await t.app().db.query(SPEAKER).findMany({ where: { documentId: ids.ken } });
    expect(ken).toHaveLength(1);
    expect(ken[0]).toMatchObject({ fullName: 'Ken Takahashi', position: 'Ambassador of Japan' });
    expect(ken[0].aliases.split('\n')).toEqual(['Ken Takahashi', 'Kenji Takahashi']);

    const article = await articleOf(result.articleDocumentId);
    expect(article.quotes[1].speaker.documentId).toBe(ids.ken);
    expect(article.speakers.map((s: any) => s.documentId)).toContain(ids.ken);
  });
});

describe('corrections that do not fit the file', () => {
  const FILE = 'en-unesco-water-chair.txt';
  const OTHER = 'en-osce-media-literacy-seminar.txt';
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an unknown quote index', () => withCorrections(FILE, { quotes: [{ index: 3, speaker: null }] }), /no quote 3/],
    ['a quote given to a speaker the file does not have', () => withCorrections(FILE, { quotes: [{ index: 0, speaker: 'Timur Abenov' }] }), /no detected speaker "Timur Abenov"/],
    ['a speaker the file does not have', () => withCorrections(FILE, { speakers: [{ name: 'Nobody Here', position: 'x' }] }), /no detected speaker "Nobody Here"/],
    ['an institution the file does not mention', () => withCorrections(FILE, { speakers: [{ name: 'Sofia Lindqvist', institution: 'Harvard' }] }), /no institution "Harvard"/],
    ['a quote corrected twice', () => withCorrections(FILE, { quotes: [{ index: 0, drop: true }, { index: 0, speaker: null }] }), /corrected twice/],
    ['two speakers given one name', () => withCorrections(FILE, { speakers: [{ name: 'Sofia Lindqvist', fullName: 'Zhanar Ibraimova' }] }), /same name/],
    ['a speaker documentId that does not exist', () => withCorrections(FILE, { quotes: [{ index: 0, speakerDocumentId: 'abcdefghij0123456789abcd' }] }), /no speaker abcdefghij0123456789abcd/],
    ['a drop and a speaker at once', () => withCorrections(FILE, { quotes: [{ index: 0, drop: true, speaker: null }] }), /one of speaker, speakerDocumentId or drop/],
    ['an unknown field', () => withCorrections(FILE, { quotes: [{ index: 0, text: 'other words' }] }), /corrections\.quotes\.0: Unrecognized key: "text"/],
    ['a negative index', () => withCorrections(FILE, { quotes: [{ index: -1, drop: true }] }), /corrections\.quotes\.0\.index: Too small/],
    ['corrections for a file not sent', () => withCorrections('elsewhere.txt', { quotes: [{ index: 0, drop: true }] }), /a file not sent/],
  ];

  test.each(cases)('%s: 400, and neither file of the request is written', async (_name, options, message) => {
    const before = await counts();
    const res = await importAs(editor, [OTHER, FILE], options()).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });
});

describe('who may link an existing speaker', () => {
  const FILE = 'en-green-campus-tree-planting-cr.txt';

  test("an Author may not give a quote to a speaker they cannot read (another user's): 403, nothing written", async () => {
    const before = await counts();
    const res = await importAs(author, [FILE], withCorrections(FILE, { quotes: [{ index: 0, speakerDocumentId: ids.abenov }] })).expect(403);
    expect(res.body.error).toMatchObject({ details: { action: 'plugin::content-manager.explorer.read', subject: SPEAKER, documentId: ids.abenov } });
    const pointed = await importAs(author, [FILE], withCorrections(FILE, { speakers: [{ name: 'Bauyrzhan Sadykov', documentId: ids.ken }] })).expect(403);
    expect(pointed.body.error.details).toMatchObject({ subject: SPEAKER, documentId: ids.ken });
    expect(await counts()).toEqual(before);
  });

  test("an Author may link a speaker of their own; the result shows nothing of another user's speaker it matched", async () => {
    const own = await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Bauyrzhan Sadykov Jr', createdBy: authorId, updatedBy: authorId } });
    // Someone else's speaker the file's other speaker matches: the Author may not read it.
    const other = await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Dinara Kassenova', position: 'Unpublished post of another user' } });
    const res = await importAs(author, [FILE], withCorrections(FILE, { quotes: [{ index: 0, speakerDocumentId: own.documentId }] })).expect(200);
    expect(res.body.results[0]).toMatchObject({ status: 'imported' });
    const article = await articleOf(res.body.results[0].articleDocumentId);
    expect(article.quotes[0].speaker.documentId).toBe(own.documentId);
    expect(article.quotes[1].speaker.documentId).toBe(other.documentId);
    const speakers = res.body.results[0].speakers;
    // (The file's "Bauyrzhan Sadykov" is matched to the Author's speaker, which gets the quote.)
    expect(speakers.find((s: any) => s.name === 'Bauyrzhan Sadykov')).toMatchObject({ decision: 'matched', documentId: own.documentId, matchedName: 'Bauyrzhan Sadykov Jr', quotes: 1 });
    expect(speakers.find((s: any) => s.name === 'Dinara Kassenova')).toEqual({ name: 'Dinara Kassenova', detected: 'Dinara Kassenova', decision: 'matched', quotes: 1 });
    expect(res.text).not.toContain(other.documentId);
    expect(res.text).not.toContain('Unpublished post of another user');
  });
});
