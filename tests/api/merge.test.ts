/**
 * Merging duplicate speakers and institutions (POST /press-import/merge) on a real Strapi:
 * links moved in every locale, draft and published; spellings kept for later imports;
 * no duplicate links; one transaction; who may merge; bad bodies.
 */
import { useStrapi } from '../helpers/harness';
import { adminWithPermissions, adminWithRole, CM, ROLE_CODES, translatorWithLocale, ALL_LOCALES } from '../helpers/admin';
import { ARTICLE, INSTITUTION, QUOTE, SPEAKER } from '../helpers/newsroom-docs';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const STATUSES = ['draft', 'published'] as const;

let admin: string;
let editor: string;
let author: string;

beforeAll(async () => {
  admin = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'admin@merge.test');
  editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@merge.test');
  author = await adminWithRole(t.app(), ROLE_CODES.author, 'author@merge.test');
});

/** Content Manager read, update and delete of speakers and institutions, every field and locale. */
const mergerPermissions = () =>
  [SPEAKER, INSTITUTION].flatMap((subject) => {
    const fields = Object.keys(t.app().contentType(subject as any).attributes).filter((f) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(f));
    return [
      { action: CM('read'), subject, properties: { fields, locales: ALL_LOCALES }, conditions: [] },
      { action: CM('update'), subject, properties: { fields, locales: ALL_LOCALES }, conditions: [] },
      { action: CM('delete'), subject, properties: { locales: ALL_LOCALES }, conditions: [] },
    ];
  });

const mergeAs = (token: string | null, body: unknown) => {
  const req = t.http().post('/press-import/merge');
  return (token ? req.set('Authorization', `Bearer ${token}`) : req).send(body as object);
};
const rowsOf = (uid: string, documentId: string) => t.app().db.query(uid as any).findMany({ where: { documentId }, orderBy: { id: 'asc' } });
const contentVersion = async () =>
  (await t.app().db.query('strapi::core-store' as any).findOne({ where: { key: 'newsroom_content_version' } }))?.value;

/** documentIds an attribute of one version links (a to-one is a list of 0 or 1). */
async function linked(uid: string, documentId: string, locale: string, status: 'draft' | 'published', attribute: string): Promise<string[]> {
  const doc = await t.docs(uid).findOne({ documentId, locale, status, fields: ['id'], populate: { [attribute]: { fields: ['id'] } } });
  if (!doc) throw new Error(`${uid} ${documentId} has no ${status} ${locale} version`);
  const value = doc[attribute];
  return value == null ? [] : (Array.isArray(value) ? value : [value]).map((v: any) => v.documentId);
}

async function createVersions(uid: string, versions: Record<string, Record<string, unknown>>) {
  const [first, ...rest] = Object.keys(versions);
  const { documentId } = await t.docs(uid).create({ locale: first, data: versions[first] });
  for (const locale of rest) await t.docs(uid).update({ documentId, locale, data: versions[locale] });
  return documentId as string;
}

describe('merging two speakers', () => {
  const ids: Record<string, string> = {};
  let photoId: number;
  let versionBefore: string;
  let answer: any;

  beforeAll(async () => {
    const app = t.app();
    const photo = await app.db.query('plugin::upload.file').create({
      data: { name: 'mutanov.jpg', hash: 'mutanov_abc', ext: '.jpg', mime: 'image/jpeg', size: 10, url: '/uploads/mutanov_abc.jpg', provider: 'local' },
    });
    photoId = photo.id;
    ids.kaznu = await createVersions(INSTITUTION, { en: { name: 'Al-Farabi Kazakh National University' }, ru: { name: 'КазНУ имени аль-Фараби' } });
    // A: the entry to keep, in en (published below) and ru (a draft, never published).
    ids.a = await createVersions(SPEAKER, {
      en: { fullName: 'Galymkair Mutanov', position: 'Rector', aliases: 'Galymkair Mutanov' },
      ru: { fullName: 'Галымкаир Мутанов' },
    });
    // B: the duplicate, in en, ru and kk, all published below, with a photo and an institution.
    ids.b = await createVersions(SPEAKER, {
      en: { fullName: 'Galym Mutanov', position: 'Rector of KazNU', aliases: 'Galym Mutanov\nG. Mutanov\nGhalym Mutanov', institution: ids.kaznu, photo: photoId },
      ru: { fullName: 'Галым Мутанов', position: 'Ректор', institution: ids.kaznu },
      kk: { fullName: 'Ғалым Мұтанов', position: 'Ректор' },
    });

    // p1 (en) names both and quotes B; p2 (en, ru, kk) names and quotes B; all published
    // (the cascade publishes the quotes and the speakers).
    ids.p1 = await createVersions(ARTICLE, { en: { title: 'Rector meets students', speakers: [ids.a, ids.b] } });
    ids.q1 = (await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Welcome.', order: 0, speaker: ids.b, article: ids.p1 } })).documentId;
    ids.p2 = await createVersions(ARTICLE, {
      en: { title: 'New campus', speakers: [ids.b] },
      ru: { title: 'Новый кампус', speakers: [ids.b] },
      kk: { title: 'Жаңа кампус', speakers: [ids.b] },
    });
    const q2 = await t.docs(QUOTE).create({ locale: 'en', data: { text: 'We build.', order: 0, speaker: ids.b, article: ids.p2 } });
    ids.q2 = q2.documentId;
    await t.docs(QUOTE).update({ documentId: ids.q2, locale: 'ru', data: { text: 'Строим.', speaker: ids.b, article: ids.p2 } });
    await t.docs(QUOTE).update({ documentId: ids.q2, locale: 'kk', data: { text: 'Саламыз.', speaker: ids.b, article: ids.p2 } });
    await t.docs(ARTICLE).publish({ documentId: ids.p1, locale: 'en' });
    for (const locale of ALL_LOCALES) await t.docs(ARTICLE).publish({ documentId: ids.p2, locale });
    // p3 is published without speakers; its unpublished draft then names B.
    ids.p3 = await createVersions(ARTICLE, { en: { title: 'Library hours' } });
    await t.docs(ARTICLE).publish({ documentId: ids.p3, locale: 'en' });
    await t.docs(ARTICLE).update({ documentId: ids.p3, locale: 'en', data: { speakers: [ids.b] } });

    // The state the merge starts from.
    expect(await linked(ARTICLE, ids.p1, 'en', 'published', 'speakers')).toEqual([ids.a, ids.b]);
    expect(await linked(QUOTE, ids.q2, 'ru', 'published', 'speaker')).toEqual([ids.b]);
    expect((await rowsOf(SPEAKER, ids.a)).map((r: any) => `${r.locale}:${r.publishedAt ? 'p' : 'd'}`).sort()).toEqual(['en:d', 'en:p', 'ru:d']);
    expect((await rowsOf(SPEAKER, ids.b)).length).toBe(6);

    versionBefore = await contentVersion();
    const res = await mergeAs(admin, { type: 'speaker', keep: ids.a, merge: ids.b });
    expect(res.status).toBe(200);
    answer = res.body;
  });

  test('answers the kept speaker and what moved', () => {
    expect(answer).toMatchObject({
      type: 'speaker',
      deleted: ids.b,
      kept: { documentId: ids.a, locales: ['en', 'kk', 'ru'], published: ['en', 'kk', 'ru'] },
      moved: { quotes: 2, articles: 2 }, // q1, q2; p2, p3 (p1 already named A)
      droppedLinks: 2, // p1's link to B, draft and published
      localesAdded: ['kk'],
    });
    expect([...answer.aliasesAdded].sort()).toEqual(['G. Mutanov', 'Galym Mutanov', 'Ghalym Mutanov', 'Ғалым Мұтанов', 'Галым Мутанов'].sort());
    expect(answer.kept.aliases).toEqual(['Galymkair Mutanov', ...answer.aliasesAdded]);
    expect([...answer.fieldsFilled].sort()).toEqual(['institution@en', 'institution@ru', 'photo', 'position@ru'].sort());
  });

  test('B is gone in every locale and state', async () => {
    expect(await rowsOf(SPEAKER, ids.b)).toEqual([]);
    expect(await t.app().db.query(SPEAKER as any).count()).toBe(3 + 3); // A: en, ru, kk × draft, published
  });

  test('quotes link A in every locale, draft and published', async () => {
    for (const status of STATUSES) {
      expect(await linked(QUOTE, ids.q1, 'en', status, 'speaker')).toEqual([ids.a]);
      for (const locale of ALL_LOCALES) expect({ locale, status, speaker: await linked(QUOTE, ids.q2, locale, status, 'speaker') }).toEqual({ locale, status, speaker: [ids.a] });
    }
  });

  test('articles name A once: no duplicate link where they named both', async () => {
    for (const status of STATUSES) {
      expect(await linked(ARTICLE, ids.p1, 'en', status, 'speakers')).toEqual([ids.a]);
      for (const locale of ALL_LOCALES) expect({ locale, status, speakers: await linked(ARTICLE, ids.p2, locale, status, 'speakers') }).toEqual({ locale, status, speakers: [ids.a] });
    }
    const [{ n }] = await t.app().db.connection('articles_speakers_lnk').count('* as n');
    expect(Number(n)).toBe(2 + 6 + 1); // p1 en ×2, p2 3 locales ×2, p3 draft
  });

  test('an unpublished draft link stays unpublished', async () => {
    expect(await linked(ARTICLE, ids.p3, 'en', 'draft', 'speakers')).toEqual([ids.a]);
    expect(await linked(ARTICLE, ids.p3, 'en', 'published', 'speakers')).toEqual([]);
  });

  test("A's published versions: what the public saw stays public, A's drafts are not published", async () => {
    const published = async (locale: string) => t.docs(SPEAKER).findOne({ documentId: ids.a, locale, status: 'published' });
    const draft = async (locale: string) => t.docs(SPEAKER).findOne({ documentId: ids.a, locale, status: 'draft', populate: ['institution', 'photo'] });
    // en: A's own, published before; its draft took B's institution and photo, unpublished.
    expect(await published('en')).toMatchObject({ fullName: 'Galymkair Mutanov', position: 'Rector' });
    expect(await linked(SPEAKER, ids.a, 'en', 'published', 'institution')).toEqual([]);
    expect(await draft('en')).toMatchObject({ fullName: 'Galymkair Mutanov', position: 'Rector', institution: { documentId: ids.kaznu }, photo: { id: photoId } });
    // ru: A was a draft only; B's published ru version is A's now, A's draft is unchanged but for empty fields.
    expect(await published('ru')).toMatchObject({ fullName: 'Галым Мутанов', position: 'Ректор' });
    expect(await draft('ru')).toMatchObject({ fullName: 'Галымкаир Мутанов', position: 'Ректор', institution: { documentId: ids.kaznu }, photo: { id: photoId } });
    // kk: A had none; B's kk versions are A's.
    expect(await published('kk')).toMatchObject({ fullName: 'Ғалым Мұтанов' });
    expect(await draft('kk')).toMatchObject({ fullName: 'Ғалым Мұтанов', photo: { id: photoId } });
    // Shared aliases are the same in every draft, B's spellings included.
    for (const locale of ALL_LOCALES) {
      expect((await draft(locale)).aliases).toBe(answer.kept.aliases.join('\n'));
      expect((await draft(locale)).aliases.split('\n')).toEqual(expect.arrayContaining(['Galym Mutanov', 'Ghalym Mutanov', 'Галым Мутанов']));
    }
  });

  test('the public API shows the moved links and the content version changed', async () => {
    expect(await contentVersion()).not.toBe(versionBefore);
    const res = await t.http().get(`/api/quotes/${ids.q2}?locale=kk&populate=speaker`).expect(200);
    expect(res.body.data.speaker).toMatchObject({ documentId: ids.a, fullName: 'Ғалым Мұтанов' });
    await t.http().get(`/api/speakers/${ids.b}?locale=en`).expect(404);
  });

  test("a later import of B's spelling matches A", async () => {
    // "Ghalym Mutanov" was only one of B's aliases: no name of A's spells it that way (A's
    // drafts have it as an alias now; the published versions taken over from B had it already).
    const text = [
      'Open lecture at the Faculty of Law',
      '',
      'The Faculty of Law of Al-Farabi Kazakh National University hosted an open lecture for students on Monday.',
      '',
      'Ghalym Mutanov, Rector of Al-Farabi Kazakh National University, opened the lecture. "Law is the foundation of a fair society and every student should know it," he said.',
      '',
      'Press Service of Al-Farabi Kazakh National University',
    ].join('\n');
    const res = await t.http().post('/press-import/import').set('Authorization', `Bearer ${admin}`)
      .attach('files', Buffer.from(text), { filename: 'lecture.txt', contentType: 'text/plain' }).expect(200);
    const [result] = res.body.results;
    expect(result.status).toBe('imported');
    expect(result.speakers).toEqual([expect.objectContaining({ name: 'Ghalym Mutanov', decision: 'matched', documentId: ids.a })]);
    expect(await t.app().db.query(SPEAKER as any).count()).toBe(6); // no new speaker
  });
});

test('a published version taken over (a locale the kept entry lacks) changes the content version', async () => {
  const keep = await createVersions(SPEAKER, { en: { fullName: 'Nurlan Sadykov' } });
  const merge = await createVersions(SPEAKER, { kk: { fullName: 'Нұрлан Садықов' } });
  await t.docs(SPEAKER).publish({ documentId: merge, locale: 'kk' });
  const before = await contentVersion();
  const res = await mergeAs(admin, { type: 'speaker', keep, merge }).expect(200);
  expect(res.body).toMatchObject({ localesAdded: ['kk'], kept: { published: ['kk'] } });
  expect(await contentVersion()).not.toBe(before);
});

describe('merging two institutions', () => {
  const ids: Record<string, string> = {};
  let answer: any;
  let versionBefore: string;

  beforeAll(async () => {
    ids.parent = await createVersions(INSTITUTION, { en: { name: 'Ministry of Science and Higher Education' } });
    ids.a = await createVersions(INSTITUTION, { en: { name: 'Kazakh National Technical University', abbreviations: 'KazNTU', kind: 'other' } });
    await t.docs(INSTITUTION).publish({ documentId: ids.a, locale: 'en' });
    ids.b = await createVersions(INSTITUTION, {
      en: { name: 'Satbayev Polytechnic Institute', abbreviations: 'SPI\nkaz ntu', kind: 'university', website: 'https://www.kaznu.kz', parent: ids.parent },
    });
    ids.child = await createVersions(INSTITUTION, { en: { name: 'Faculty of Law', parent: ids.b } });
    ids.speaker = await createVersions(SPEAKER, { en: { fullName: 'Aigerim Sadykova', institution: ids.b } });
    ids.article = await createVersions(ARTICLE, { en: { title: 'Open day', institutions: [ids.b, ids.a] } });
    versionBefore = await contentVersion();
    const res = await mergeAs(admin, { type: 'institution', keep: ids.a, merge: ids.b });
    expect(res.status).toBe(200);
    answer = res.body;
  });

  test('speakers, articles and children move; the parent and empty fields are filled; names become abbreviations', async () => {
    expect(answer).toMatchObject({ type: 'institution', deleted: ids.b, moved: { articles: 0, speakers: 1, children: 1 }, droppedLinks: 1, localesAdded: [] });
    expect(answer.aliasesAdded).toEqual(['Satbayev Polytechnic Institute', 'SPI']); // "kaz ntu" is KazNTU
    expect(answer.fieldsFilled.sort()).toEqual(['kind', 'parent@en', 'website']);
    expect(await rowsOf(INSTITUTION, ids.b)).toEqual([]);
    expect(await linked(SPEAKER, ids.speaker, 'en', 'draft', 'institution')).toEqual([ids.a]);
    expect(await linked(ARTICLE, ids.article, 'en', 'draft', 'institutions')).toEqual([ids.a]);
    expect(await linked(INSTITUTION, ids.child, 'en', 'draft', 'parent')).toEqual([ids.a]);
    expect(await linked(INSTITUTION, ids.a, 'en', 'draft', 'parent')).toEqual([ids.parent]);
    expect(await linked(INSTITUTION, ids.a, 'en', 'published', 'parent')).toEqual([]);
    const draft = await t.docs(INSTITUTION).findOne({ documentId: ids.a, locale: 'en', status: 'draft' });
    expect(draft).toMatchObject({ name: 'Kazakh National Technical University', abbreviations: 'KazNTU\nSatbayev Polytechnic Institute\nSPI', kind: 'university', website: 'https://www.kaznu.kz' });
  });

  test('nothing published changed: the content version stays', async () => {
    expect(await contentVersion()).toBe(versionBefore);
  });

  test("a later import of B's name matches A", async () => {
    const known = await (t.app().plugin('press-import').service('importer') as any).preview({
      fileName: 'x.txt',
      bytes: Buffer.from('Seminar on water\n\nThe Satbayev Polytechnic Institute hosted a seminar on water for students and guests on Monday.\n\nPress Service\n'),
    });
    expect(known.institutions).toEqual([expect.objectContaining({ decision: 'matched', documentId: ids.a })]);
  });

  test('an institution never becomes its own parent', async () => {
    // c's child is d; merging c into d would make d its own parent: the link is dropped.
    const c = await createVersions(INSTITUTION, { en: { name: 'Institute of Physics' } });
    const d = await createVersions(INSTITUTION, { en: { name: 'Physics Institute', parent: c } });
    const res = await mergeAs(admin, { type: 'institution', keep: d, merge: c }).expect(200);
    expect(res.body).toMatchObject({ moved: { children: 0 }, droppedLinks: 1 });
    expect(await linked(INSTITUTION, d, 'en', 'draft', 'parent')).toEqual([]);
  });
});

describe('a failure leaves both entries as they were', () => {
  test('B cannot be deleted: nothing moved, nothing lost', async () => {
    const app = t.app();
    const a = await createVersions(SPEAKER, { en: { fullName: 'Arman Bekov' }, kk: { fullName: 'Арман Беков' } });
    const b = await createVersions(SPEAKER, { en: { fullName: 'Bekov Arman', position: 'Dean', aliases: 'A. Bekov' }, ru: { fullName: 'Беков Арман' } });
    const article = await createVersions(ARTICLE, { en: { title: 'Law school', speakers: [a, b] } });
    await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Justice.', order: 0, speaker: b, article } });
    await t.docs(ARTICLE).publish({ documentId: article, locale: 'en' });

    const snapshot = async () => ({
      speakers: await app.db.connection('speakers').select('*').whereIn('document_id', [a, b]).orderBy('id'),
      quotes: await app.db.connection('quotes_speaker_lnk').select('*').orderBy('id'),
      articles: await app.db.connection('articles_speakers_lnk').select('*').orderBy('id'),
      files: await app.db.connection('files_related_mph').select('*').orderBy('id'),
      version: await contentVersion(),
    });
    const before = await snapshot();
    let armed = true;
    const refuse = () => {
      if (armed) throw new Error('disk full');
    };
    app.db.lifecycles.subscribe({ models: [SPEAKER], beforeDelete: refuse, beforeDeleteMany: refuse } as any);
    try {
      const res = await mergeAs(admin, { type: 'speaker', keep: a, merge: b });
      expect(res.status).toBe(500);
    } finally {
      armed = false;
    }
    expect(await snapshot()).toEqual(before);
    // And the same merge goes through once the delete works.
    await mergeAs(admin, { type: 'speaker', keep: a, merge: b }).expect(200);
    expect(await rowsOf(SPEAKER, b)).toEqual([]);
  });
});

const MERGE_REFUSED = 'Merging needs the Content Manager permission to update speakers, and to delete them or Press import\'s "Merge duplicates" permission';

describe('who may merge', () => {
  let pair: { keep: string; merge: string };
  beforeAll(async () => {
    pair = {
      keep: await createVersions(SPEAKER, { en: { fullName: 'Dana Akhmetova' } }),
      merge: await createVersions(SPEAKER, { en: { fullName: 'Akhmetova Dana' } }),
    };
  });

  test('nobody logged in: 401', async () => {
    await mergeAs(null, { type: 'speaker', ...pair }).expect(401);
    await t.http().get('/press-import/merge/duplicates?type=speaker').expect(401);
  });

  test("an Author (Strapi's default role: no delete, no merge permission): 403, nothing changes", async () => {
    const res = await mergeAs(author, { type: 'speaker', ...pair }).expect(403);
    expect(res.body.error.message).toBe(MERGE_REFUSED);
    expect((await rowsOf(SPEAKER, pair.merge)).length).toBe(1);
  });

  test('a role limited to the entries its users created: 403 on others\' entries, 200 on its own', async () => {
    const own = mergerPermissions().map((p) => ({ ...p, conditions: ['admin::is-creator'] }));
    const token = await adminWithPermissions(t.app(), 'Own merger', own, 'own@merge.test');
    const res = await mergeAs(token, { type: 'speaker', ...pair }).expect(403);
    expect(res.body.error.message).toBe(`You may not update the speaker ${pair.keep} (locale "en") that would be kept`);
    expect(res.body.error.details).toMatchObject({ action: CM('update'), subject: SPEAKER, locale: 'en', documentId: pair.keep });
    const user = await t.app().db.query('admin::user').findOne({ where: { email: 'own@merge.test' } });
    const mine = { createdBy: user.id, updatedBy: user.id };
    const keep = await createVersions(SPEAKER, { en: { fullName: 'Serik Abenov', ...mine } });
    const merge = await createVersions(SPEAKER, { en: { fullName: 'Abenov Serik', ...mine } });
    // Not theirs to delete: refused before anything is written.
    const others = await mergeAs(token, { type: 'speaker', keep, merge: pair.merge }).expect(403);
    expect(others.body.error.message).toBe(`You may not delete the speaker ${pair.merge} (locale "en") that would be merged`);
    await mergeAs(token, { type: 'speaker', keep, merge }).expect(200);
    expect(await rowsOf(SPEAKER, merge)).toEqual([]);
  });

  test('a role that may update speakers but not delete them: 403 naming the missing permission', async () => {
    const token = await adminWithPermissions(t.app(), 'Speaker updater', [
      { action: CM('read'), subject: SPEAKER, properties: { fields: ['fullName', 'aliases'], locales: ALL_LOCALES }, conditions: [] },
      { action: CM('update'), subject: SPEAKER, properties: { fields: ['fullName', 'aliases'], locales: ALL_LOCALES }, conditions: [] },
      { action: CM('delete'), subject: INSTITUTION, properties: { locales: ALL_LOCALES }, conditions: [] },
      { action: CM('update'), subject: INSTITUTION, properties: { fields: ['name'], locales: ALL_LOCALES }, conditions: [] },
    ], 'updater@merge.test');
    const res = await mergeAs(token, { type: 'speaker', ...pair }).expect(403);
    expect(res.body.error.message).toBe(MERGE_REFUSED);
    await t.http().get('/press-import/merge/duplicates?type=speaker').set('Authorization', `Bearer ${token}`).expect(403);
    expect((await rowsOf(SPEAKER, pair.merge)).length).toBe(1);
  });

  test('a translator (kk): 403', async () => {
    const token = await translatorWithLocale(t.app(), 'kk', 'translator@merge.test');
    await mergeAs(token, { type: 'speaker', ...pair }).expect(403);
  });

  test("an Editor (no Content Manager delete, but Press import's merge permission, granted at first start) merges", async () => {
    const keep = await createVersions(SPEAKER, { en: { fullName: 'Aigerim Sadykova' } });
    const merge = await createVersions(SPEAKER, { en: { fullName: 'Sadykova Aigerim' } });
    await mergeAs(editor, { type: 'speaker', keep, merge }).expect(200);
    expect(await rowsOf(SPEAKER, merge)).toEqual([]);
  });

  test('the merge permission alone, without Content Manager update: 403', async () => {
    const token = await adminWithPermissions(t.app(), 'Merge only', [
      { action: 'plugin::press-import.merge', subject: null, properties: {}, conditions: [] },
      { action: CM('read'), subject: SPEAKER, properties: { fields: ['fullName'], locales: ALL_LOCALES }, conditions: [] },
    ], 'mergeonly@merge.test');
    const res = await mergeAs(token, { type: 'speaker', ...pair }).expect(403);
    expect(res.body.error.message).toBe(MERGE_REFUSED);
  });

  test('a role with update and delete lists the pair as likely duplicates, finds it by name, and merges it', async () => {
    const merger = await adminWithPermissions(t.app(), 'Merger', mergerPermissions(), 'merger@merge.test');
    const dup = await t.http().get('/press-import/merge/duplicates?type=speaker').set('Authorization', `Bearer ${merger}`).expect(200);
    const group = dup.body.groups.find((g: any[]) => g.some((e) => e.documentId === pair.keep));
    expect(group.map((e: any) => e.documentId).sort()).toEqual([pair.keep, pair.merge].sort());
    expect(group[0]).toMatchObject({ names: { en: 'Dana Akhmetova' }, locales: ['en'], published: [], links: { quotes: 0, articles: 0 } });
    const found = await t.http().get('/press-import/merge/entries?type=speaker&q=akhmetova').set('Authorization', `Bearer ${merger}`).expect(200);
    expect(found.body.results.map((e: any) => e.documentId).sort()).toEqual([pair.keep, pair.merge].sort());
    await mergeAs(merger, { type: 'speaker', ...pair }).expect(200);
    expect(await rowsOf(SPEAKER, pair.merge)).toEqual([]);
  });
});

describe('bad requests: 400 with a clear message', () => {
  let speaker: string;
  let institution: string;
  beforeAll(async () => {
    speaker = await createVersions(SPEAKER, { en: { fullName: 'Yerlan Sydykov' } });
    institution = await createVersions(INSTITUTION, { en: { name: 'Eurasian National University' } });
  });

  test.each([
    ['no body', {}, /type: /],
    ['an unknown type', { type: 'article', keep: 'a'.repeat(24), merge: 'b'.repeat(24) }, /type: /],
    ['a malformed documentId', { type: 'speaker', keep: 'x', merge: 'b'.repeat(24) }, /keep: must be a documentId/],
    ['an unknown field', { type: 'speaker', keep: 'a'.repeat(24), merge: 'b'.repeat(24), force: true }, /force/],
  ])('%s', async (_name, body, message) => {
    const res = await mergeAs(admin, body).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  test('a document into itself', async () => {
    const res = await mergeAs(admin, { type: 'speaker', keep: speaker, merge: speaker }).expect(400);
    expect(res.body.error.message).toMatch(/cannot merge a document into itself/);
  });

  test('an unknown documentId', async () => {
    const res = await mergeAs(admin, { type: 'speaker', keep: speaker, merge: 'z'.repeat(24) }).expect(400);
    expect(res.body.error.message).toBe(`No speaker with documentId ${'z'.repeat(24)}`);
  });

  test('across types', async () => {
    const res = await mergeAs(admin, { type: 'speaker', keep: speaker, merge: institution }).expect(400);
    expect(res.body.error.message).toBe(`${institution} is an institution, not a speaker: only entries of one type can be merged`);
    expect((await rowsOf(INSTITUTION, institution)).length).toBe(1);
  });

  test('queries of the lists', async () => {
    await t.http().get('/press-import/merge/duplicates?type=quote').set('Authorization', `Bearer ${admin}`).expect(400);
    await t.http().get('/press-import/merge/entries?type=speaker').set('Authorization', `Bearer ${admin}`).expect(400);
  });
});
