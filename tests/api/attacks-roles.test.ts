/**
 * Issue 11, item 5: roles must not leak or overreach through the plugins. What an admin
 * sees in the translations coverage, the import history and the preview's suggested
 * original is limited to what the Content Manager lets them read (an Author: their own
 * entries; a translator: their locales), and the importer writes only what the caller's
 * Content Manager rights allow (create in the file's locale, publish when it publishes).
 *
 * World: an Editor, two Authors (the Author role is given the importer's `import`
 * permission here), a Translator (kk) who reads en and kk only, and three importer
 * roles each lacking one Content Manager right.
 */
import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { adminWithPermissions, adminWithRole, CM, ROLE_CODES, translatorPermissions, type RolePermission } from '../helpers/admin';
import { ARTICLE, INSTITUTION, QUOTE, SPEAKER } from '../helpers/newsroom-docs';
import { runAttackTable, type AttackRow } from '../helpers/attack-table';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const RECORD = 'plugin::press-import.import-record';
const press = (name: string) => path.join(__dirname, '..', 'fixtures', 'press', name);
const NEWSROOM = [ARTICLE, QUOTE, SPEAKER, INSTITUTION];

const EDITOR_DRAFT = 'Editor embargoed draft: 30 years of Kazakh diplomacy';
const EDITOR_FILE_TITLE = '30 years of Kazakh diplomacy';
const EDITOR_FAILED_FILE = 'editor-confidential-merger.txt';
const B_DRAFT = 'Author B secret draft: rector resigns';
const B_RU_TITLE = 'Автор Б: тайный черновик';
const RU_ONLY = 'Черновик только на русском: секретный приказ';

const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const userIds: Record<string, number> = {};
let bImportTitle = '';
let aImportTitle = '';

const as = (token: () => string) => (req: any) => req.set('Authorization', `Bearer ${token()}`);

function importAs(http: any, token: string, files: Array<string | { name: string; bytes: Buffer }>, options?: unknown) {
  let req = http.post('/press-import/import').set('Authorization', `Bearer ${token}`);
  for (const f of files) {
    req = typeof f === 'string' ? req.attach('files', press(f)) : req.attach('files', f.bytes, { filename: f.name, contentType: 'text/plain' });
  }
  if (options !== undefined) req = req.field('options', JSON.stringify(options));
  return req;
}

const counts = async () => {
  const db = t.app().db;
  return Object.fromEntries(await Promise.all([...NEWSROOM, RECORD].map(async (uid) => [uid, await db.query(uid as any).count({})])));
};

/** Sends an import and checks that it wrote nothing: content and import records unchanged. */
const refusedImport = (token: () => string, files: string[], options?: () => unknown) => async (http: any) => {
  const before = await counts();
  const res = await importAs(http, token(), files, options?.());
  expect(await counts()).toEqual(before);
  return res;
};

const forbidden = (message: RegExp, action: string) => (answer: { body: any }) => {
  expect(answer.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError', details: { action } } });
  expect(answer.body.error.message).toMatch(message);
};

/** CM rights on the four newsroom types in `locales`, without conditions. */
const contentRights = (actions: string[], locales: string[]): RolePermission[] =>
  NEWSROOM.flatMap((subject) => actions.map((action) => ({ action: CM(action), subject, properties: { locales }, conditions: [] })));
const IMPORTER: RolePermission[] = ['read', 'import'].map((a) => ({ action: `plugin::press-import.${a}`, subject: null, properties: {}, conditions: [] }));

beforeAll(async () => {
  const app = t.app();
  const docs = (uid: string) => app.documents(uid as any) as any;
  // The newsroom's Authors may import their own files here.
  const authorRole = await app.db.query('admin::role').findOne({ where: { code: ROLE_CODES.author } });
  await app.service('admin::role').addPermissions(authorRole.id, [{ action: 'plugin::press-import.import', subject: null, properties: {}, conditions: [] }]);

  tokens.editor = await adminWithRole(app, ROLE_CODES.editor, 'editor@roles.test');
  tokens.authorA = await adminWithRole(app, ROLE_CODES.author, 'author.a@roles.test');
  tokens.authorB = await adminWithRole(app, ROLE_CODES.author, 'author.b@roles.test');
  // Translator (kk) who may read only en and kk in the Content Manager.
  const kkReader = translatorPermissions(app, 'kk').map((p) => (p.action === CM('read') ? { ...p, properties: { ...p.properties, locales: ['en', 'kk'] } } : p));
  tokens.translator = await adminWithPermissions(app, 'Translator (kk), reads en+kk', kkReader, 'translator.kk@roles.test');
  tokens.noPublish = await adminWithPermissions(app, 'Importer without publish', [...IMPORTER, ...contentRights(['read', 'create', 'update'], ['en', 'kk', 'ru'])], 'nopublish@roles.test');
  tokens.noRu = await adminWithPermissions(app, 'Importer without ru', [...IMPORTER, ...contentRights(['read', 'create', 'update', 'publish'], ['en', 'kk'])], 'noru@roles.test');
  tokens.noCreate = await adminWithPermissions(app, 'Importer without create', [...IMPORTER, ...contentRights(['read', 'update', 'publish'], ['en', 'kk', 'ru'])], 'nocreate@roles.test');
  for (const who of ['editor', 'author.a', 'author.b']) {
    userIds[who] = (await app.db.query('admin::user').findOne({ where: { email: `${who}@roles.test` } })).id;
  }

  // The Editor's import, then renamed to a draft title nobody else may see; a failed import.
  const editorImport = await importAs(t.http(), tokens.editor, ['en-kaznu-30-years-of-diplomacy.txt']).expect(200);
  ids.editor = editorImport.body.results[0].articleDocumentId;
  await docs(ARTICLE).update({ documentId: ids.editor, locale: 'en', data: { title: EDITOR_DRAFT } });
  await importAs(t.http(), tokens.editor, [{ name: EDITOR_FAILED_FILE, bytes: Buffer.from('\n\n\n') }]).expect(200);
  // An ru-only draft of the Editor's.
  ids.ruOnly = (await docs(ARTICLE).create({ locale: 'ru', data: { title: RU_ONLY, createdBy: userIds.editor, updatedBy: userIds.editor } })).documentId;

  // Author B: an imported draft, and a draft with an ru version.
  const bImport = await importAs(t.http(), tokens.authorB, ['en-kaznu-qs-ranking.txt']).expect(200);
  expect(bImport.body.results[0].status).toBe('imported');
  [ids.bImport, bImportTitle] = [bImport.body.results[0].articleDocumentId, bImport.body.results[0].articleTitle];
  const bDraft = await docs(ARTICLE).create({ locale: 'en', data: { title: B_DRAFT, createdBy: userIds['author.b'], updatedBy: userIds['author.b'] } });
  ids.bDraft = bDraft.documentId;
  await docs(ARTICLE).update({ documentId: ids.bDraft, locale: 'ru', data: { title: B_RU_TITLE, createdBy: userIds['author.b'], updatedBy: userIds['author.b'] } });

  // Author A: one imported draft of their own.
  const aImport = await importAs(t.http(), tokens.authorA, ['en-kaznu-math-competition.txt']).expect(200);
  expect(aImport.body.results[0].status).toBe('imported');
  [ids.aImport, aImportTitle] = [aImport.body.results[0].articleDocumentId, aImport.body.results[0].articleTitle];
});

const othersTitles = () => [EDITOR_DRAFT, EDITOR_FILE_TITLE, EDITOR_FAILED_FILE, B_DRAFT, B_RU_TITLE, RU_ONLY, bImportTitle, ids.editor, ids.bDraft, ids.bImport, ids.ruOnly];
const coverage = (token: () => string, query = 'pageSize=100') => (http: any) => as(token)(http.get(`/newsroom-translations/coverage?${query}`));
const history = (token: () => string, query = 'pageSize=100') => (http: any) => as(token)(http.get(`/press-import/history?${query}`));
const preview = (token: () => string, file: string) => (http: any) => as(token)(http.post('/press-import/preview').attach('files', press(file)));

const rows: AttackRow[] = [
  // ── what an Author sees ───────────────────────────────────────────────────────
  {
    attack: "Author A reads the translations coverage, looking for others' draft titles",
    send: coverage(() => tokens.authorA),
    status: 200,
    mustNotContain: othersTitles,
    check: ({ body }) => {
      expect(body.results.map((r: any) => r.documentId)).toEqual([ids.aImport]);
      expect(body.results[0].title).toBe(aImportTitle);
      // Totals count what the table may show, nothing more.
      expect(body.articles).toBe(1);
      expect(body.pagination.total).toBe(1);
      for (const locale of ['en', 'kk', 'ru']) expect(Object.values(body.totals[locale]).reduce((a: any, b: any) => a + b, 0)).toBe(1);
    },
  },
  {
    attack: "Author A filters the coverage on ru drafts to find the ru-only one",
    send: coverage(() => tokens.authorA, 'locale=ru&state=draft&pageSize=100'),
    status: 200,
    mustNotContain: othersTitles,
    check: ({ body }) => expect(body.pagination.total).toBe(0),
  },
  {
    attack: "Author A reads the import history, looking for others' imported titles and file names",
    send: history(() => tokens.authorA),
    status: 200,
    mustNotContain: othersTitles,
    check: ({ body }) => {
      expect(body.results.map((r: any) => r.articleDocumentId)).toEqual([ids.aImport]);
      expect(body.pagination.total).toBe(1);
    },
  },
  {
    attack: "Author A filters the history on the Editor's email",
    send: history(() => tokens.authorA, 'user=editor@roles.test'),
    status: 200,
    mustNotContain: othersTitles,
    check: ({ body }) => expect(body.pagination.total).toBe(0),
  },
  {
    attack: "Author A previews a translation of the Editor's draft to get it suggested as the original",
    send: preview(() => tokens.authorA, 'kk-kaznu-30-years-of-diplomacy.txt'),
    status: 200,
    mustNotContain: othersTitles,
    check: ({ body }) => expect(body.results[0].suggestedOriginal).toBeNull(),
  },
  {
    attack: "Author A previews the Editor's release to learn the documentIds and spellings of the Editor's draft speakers and institutions",
    send: preview(() => tokens.authorA, 'en-kaznu-30-years-of-diplomacy.txt'),
    status: 200,
    check: async ({ body, text }) => {
      const { speakers, institutions } = body.results[0];
      const matched = [...speakers, ...institutions].filter((d: any) => d.decision === 'matched');
      expect(matched.length).toBeGreaterThan(2); // they do match: the import would link them
      for (const d of matched) expect(d).not.toHaveProperty('documentId');
      const hidden = await t.app().db.query(SPEAKER as any).findMany({ select: ['documentId'], where: { createdBy: userIds.editor } });
      expect(hidden.length).toBeGreaterThan(0);
      for (const { documentId } of hidden) expect(text).not.toContain(documentId);
    },
  },
  {
    attack: "(allowed) the Editor's preview names the matched speakers' documentIds",
    send: preview(() => tokens.editor, 'en-kaznu-30-years-of-diplomacy.txt'),
    status: 200,
    check: ({ body }) => expect(body.results[0].speakers.filter((d: any) => d.decision === 'matched' && d.documentId).length).toBeGreaterThan(2),
  },
  // ── what a translator sees ────────────────────────────────────────────────────
  {
    attack: 'Translator (kk), who may read en and kk, reads the coverage for ru drafts',
    send: coverage(() => tokens.translator),
    status: 200,
    mustNotContain: () => [RU_ONLY, B_RU_TITLE, ids.ruOnly],
    check: async ({ body }) => {
      const bDraft = body.results.find((r: any) => r.documentId === ids.bDraft);
      // The versions they may read are there, with their words; the ru one only as a state.
      expect(bDraft).toMatchObject({ title: B_DRAFT, locales: { en: { title: B_DRAFT }, ru: { state: 'draft', title: null } } });
      expect(body.articles).toBe(4);
      // The Content Manager agrees: no ru version for them.
      const cm = await as(() => tokens.translator)(t.http().get(`/content-manager/collection-types/${ARTICLE}/${ids.ruOnly}?locale=ru`));
      expect(cm.status).toBe(403);
    },
  },
  // ── what the importer writes ──────────────────────────────────────────────────
  {
    attack: 'a role with the import permission but no Content Manager publish imports and publishes',
    send: refusedImport(() => tokens.noPublish, ['en-kaznu-granada-memorandum.txt'], () => ({ publish: true })),
    status: 403,
    check: forbidden(/may not publish articles in the locale "en"/, CM('publish')),
  },
  {
    attack: 'an Author (no publish right) imports with publish',
    send: refusedImport(() => tokens.authorA, ['en-kaznu-granada-memorandum.txt'], () => ({ publish: true })),
    status: 403,
    check: forbidden(/may not publish/, CM('publish')),
  },
  {
    attack: 'a role without the ru locale imports an ru file',
    send: refusedImport(() => tokens.noRu, ['ru-kaznu-granada-memorandum.txt']),
    status: 403,
    check: forbidden(/may not create articles in the locale "ru"/, CM('create')),
  },
  {
    attack: 'a role without the ru locale imports an en file declared ru',
    send: refusedImport(() => tokens.noRu, ['en-kaznu-granada-memorandum.txt'], () => ({ files: { 'en-kaznu-granada-memorandum.txt': { locale: 'ru' } } })),
    status: 403,
    check: forbidden(/locale "ru"/, CM('create')),
  },
  {
    attack: 'a role without ru slips an ru file in a batch after an allowed en one',
    send: refusedImport(() => tokens.noRu, ['en-kaznu-granada-memorandum.txt', 'ru-kaznu-granada-memorandum.txt']),
    status: 403,
    check: forbidden(/ru-kaznu-granada-memorandum/, CM('create')),
  },
  {
    attack: 'a role with the import permission but no Content Manager create imports',
    send: refusedImport(() => tokens.noCreate, ['en-kaznu-granada-memorandum.txt']),
    status: 403,
    check: forbidden(/create articles/, CM('create')),
  },
  {
    attack: "Author A imports a translation into the Editor's article",
    send: refusedImport(() => tokens.authorA, ['kk-kaznu-30-years-of-diplomacy.txt'], () => ({ files: { 'kk-kaznu-30-years-of-diplomacy.txt': { translationOf: ids.editor } } })),
    status: 403,
    check: forbidden(/may not read the article/, CM('read')),
  },
  // ── what still works ──────────────────────────────────────────────────────────
  {
    attack: '(allowed) the Editor still sees every article and title in the coverage',
    send: coverage(() => tokens.editor),
    status: 200,
    check: ({ body, text }) => {
      for (const title of [EDITOR_DRAFT, B_DRAFT, B_RU_TITLE, RU_ONLY, aImportTitle, bImportTitle]) expect(text).toContain(JSON.stringify(title));
      expect(body.articles).toBe(5);
    },
  },
  {
    attack: '(allowed) the Editor still sees every import record, failed ones included',
    send: history(() => tokens.editor),
    status: 200,
    check: ({ body }) => expect(body.results.map((r: any) => r.fileName)).toEqual(expect.arrayContaining([EDITOR_FAILED_FILE, 'en-kaznu-qs-ranking.txt', 'en-kaznu-math-competition.txt'])),
  },
  {
    attack: "(allowed) the Editor's preview still suggests the Editor's article as the original",
    send: preview(() => tokens.editor, 'kk-kaznu-30-years-of-diplomacy.txt'),
    status: 200,
    check: ({ body }) => expect(body.results[0].suggestedOriginal).toMatchObject({ documentId: ids.editor, title: EDITOR_DRAFT }),
  },
  {
    attack: '(allowed) Author A imports their own file as a draft, and then sees it as theirs',
    send: (http: any) => importAs(http, tokens.authorA, ['en-kaznu-granada-memorandum.txt']),
    status: 200,
    check: async ({ body }) => {
      const [result] = body.results;
      expect(result.status).toBe('imported');
      const article = await t.app().db.query(ARTICLE as any).findOne({ where: { documentId: result.articleDocumentId, locale: 'en', publishedAt: null }, populate: ['createdBy'] });
      expect(article.createdBy.id).toBe(userIds['author.a']);
      const mine = await as(() => tokens.authorA)(t.http().get('/newsroom-translations/coverage?pageSize=100')).expect(200);
      expect(mine.body.results.map((r: any) => r.documentId).sort()).toEqual([ids.aImport, result.articleDocumentId].sort());
    },
  },
  {
    attack: '(allowed) Author A creates an article in the Content Manager, as theirs',
    send: (http: any) => as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${ARTICLE}?locale=kk`)).send({ title: 'Author A kk draft' }),
    status: [200, 201],
    check: ({ body }) => expect(body.data).toMatchObject({ title: 'Author A kk draft', locale: 'kk' }),
  },
  // N3: the Content Manager list takes the same filters as the content API, and any
  // admin (an Author too) can send them: 8 `$or` branches through speakers held a server 9.5 s.
  {
    attack: "an Author's Content Manager list with 8 `$or` branches through to-many relations",
    send: (http: any) =>
      as(() => tokens.authorA)(
        http.get(`/content-manager/collection-types/${ARTICLE}?${Array.from({ length: 8 }, (_, i) => `filters[$or][${i}][speakers][articles][quotes][text][$contains]=x${i}`).join('&')}`),
      ),
    status: 400,
    check: ({ body }) => expect(body.error.message).toMatch(/at most \d+ (to-many )?relations/),
  },
  {
    attack: 'a Content Manager list filter with 150 compared values',
    send: (http: any) =>
      as(() => tokens.editor)(http.get(`/content-manager/collection-types/${ARTICLE}?${Array.from({ length: 150 }, (_, i) => `filters[title][$in][${i}]=t${i}`).join('&')}`)),
    status: 400,
    check: ({ body }) => expect(body.error.message).toMatch(/at most 100 conditions/),
  },
  {
    attack: "a relation search of the Content Manager with 8 `$or` branches through to-many relations",
    send: (http: any) =>
      as(() => tokens.editor)(
        http.get(`/content-manager/relations/${ARTICLE}/speakers?${Array.from({ length: 8 }, (_, i) => `filters[$or][${i}][quotes][article][title][$contains]=x${i}`).join('&')}`),
      ),
    status: 400,
  },
  {
    attack: "(allowed) the Editor's Content Manager list filtered through one relation, as the admin's filter menu sends it",
    send: (http: any) =>
      as(() => tokens.editor)(http.get(`/content-manager/collection-types/${ARTICLE}?filters[$and][0][speakers][fullName][$contains]=a&filters[$and][1][createdBy][id][$eq]=1&locale=en`)),
    status: 200,
    check: ({ body }) => expect(Array.isArray(body.results)).toBe(true),
  },
  // Attacker run 3: stock Strapi checked a clone and a new language version against the
  // entry written, not the one read.
  {
    attack: "Author A clones the Editor's draft (to read it as their own copy)",
    send: async (http: any) => {
      const before = await counts();
      const res = await as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${ARTICLE}/clone/${ids.editor}?locale=en`)).send({});
      expect(await counts()).toEqual(before);
      return res;
    },
    status: 403,
    mustNotContain: () => [EDITOR_DRAFT],
    check: ({ body }) => expect(body.error.message).toBe('You may not copy an entry you cannot read'),
  },
  {
    attack: "Author A adds a kk version to Author B's draft (the answer used to carry B's en and ru drafts)",
    send: (http: any) => as(() => tokens.authorA)(http.put(`/content-manager/collection-types/${ARTICLE}/${ids.bDraft}?locale=kk`)).send({ title: 'x' }),
    status: 403,
    mustNotContain: () => [B_DRAFT, B_RU_TITLE],
    check: async ({ body }) => {
      expect(body.error.message).toBe('You may not add a language version to an entry you cannot read');
      expect(await t.app().db.query(ARTICLE as any).count({ where: { documentId: ids.bDraft, locale: 'kk' } })).toBe(0);
    },
  },
  {
    attack: '(allowed) Author A clones their own imported article',
    send: (http: any) => as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${ARTICLE}/clone/${ids.aImport}?locale=en`)).send({}),
    status: [200, 201],
    check: ({ body }) => expect(body.data.documentId).not.toBe(ids.aImport),
  },
  {
    attack: '(allowed) Author A adds a ru version to their own article',
    send: (http: any) => as(() => tokens.authorA)(http.put(`/content-manager/collection-types/${ARTICLE}/${ids.aImport}?locale=ru`)).send({ title: 'Версия автора А' }),
    status: 200,
    check: ({ body }) => expect(body.data).toMatchObject({ title: 'Версия автора А', locale: 'ru' }),
  },
  {
    attack: "Author A plants a quote into the Editor's draft article (it would go live with it)",
    send: (http: any) =>
      as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${QUOTE}?locale=en`)).send({ text: 'Planted by Author A', article: { connect: [{ documentId: ids.editor, locale: 'en' }] } }),
    status: 403,
    check: async ({ body }) => {
      expect(body.error.message).toBe('You may not link "article" to an entry you cannot read');
      expect(await t.app().db.query(QUOTE as any).count({ where: { text: 'Planted by Author A' } })).toBe(0);
    },
  },
  {
    attack: "Author A links the Editor's draft speaker to their own article (by row id)",
    send: async (http: any) => {
      const speaker = await t.app().db.query(SPEAKER as any).findOne({ where: { createdBy: userIds.editor } });
      return as(() => tokens.authorA)(http.put(`/content-manager/collection-types/${ARTICLE}/${ids.aImport}?locale=en`)).send({ speakers: { connect: [{ id: speaker.id }] } });
    },
    status: 403,
    check: ({ body }) => expect(body.error.message).toBe('You may not link "speakers" to an entry you cannot read'),
  },
  {
    attack: '(allowed) Author A creates a quote in their own article',
    send: (http: any) =>
      as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${QUOTE}?locale=en`)).send({ text: 'Author A quote', article: { connect: [{ documentId: ids.aImport, locale: 'en' }] } }),
    status: [200, 201],
    check: ({ body }) => expect(body.data.text).toBe('Author A quote'),
  },
  // Attacker run 4: `documentId` in a Content Manager create body added a language version
  // to anyone's document, past the guard on the "add a language version" update.
  {
    attack: "Author A creates a kk version inside Author B's draft by sending its documentId to create",
    send: async (http: any) => {
      const before = await counts();
      const res = await as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${ARTICLE}?locale=kk`)).send({ title: 'via create', documentId: ids.bDraft, eventDate: '1999-09-09' });
      expect(await counts()).toEqual(before);
      return res;
    },
    status: 400,
    mustNotContain: () => [B_DRAFT, B_RU_TITLE],
    check: async ({ body }) => {
      expect(body.error.message).toMatch(/documentId/);
      const rows = await t.app().db.query(ARTICLE as any).findMany({ where: { documentId: ids.bDraft } });
      expect(rows.map((r: any) => r.locale).sort()).toEqual(['en', 'ru']);
      expect(rows.every((r: any) => r.eventDate !== '1999-09-09')).toBe(true);
    },
  },
  {
    attack: "Author A overwrites the aliases of the Editor's speaker through a create with its documentId",
    send: async (http: any) => {
      const speaker = await t.app().db.query(SPEAKER as any).findOne({ where: { createdBy: userIds.editor, locale: 'en' } });
      ids.editorSpeaker = speaker.documentId;
      ids.editorSpeakerAliases = speaker.aliases;
      return as(() => tokens.authorA)(http.post(`/content-manager/collection-types/${SPEAKER}?locale=ru`)).send({ fullName: 'x', documentId: speaker.documentId, aliases: 'EVILALIAS' });
    },
    status: 400,
    check: async () => {
      const rows = await t.app().db.query(SPEAKER as any).findMany({ where: { documentId: ids.editorSpeaker } });
      expect(rows.some((r: any) => r.locale === 'ru')).toBe(false);
      expect(rows.every((r: any) => r.aliases === ids.editorSpeakerAliases)).toBe(true);
    },
  },
  {
    attack: "(allowed, shared fields kept) the translator adds the kk version of the Editor's article: its date stays in every language",
    send: async (http: any) => {
      await t.app().db.query(ARTICLE as any).updateMany({ where: { documentId: ids.editor }, data: { eventDate: '2026-10-10' } });
      return as(() => tokens.translator)(http.put(`/content-manager/collection-types/${ARTICLE}/${ids.editor}?locale=kk`)).send({ title: 'Қазақ дипломатиясына 30 жыл', eventDate: null });
    },
    status: 200,
    check: async ({ body }) => {
      expect(body.data).toMatchObject({ locale: 'kk', title: 'Қазақ дипломатиясына 30 жыл' });
      const rows = await t.app().db.query(ARTICLE as any).findMany({ where: { documentId: ids.editor }, select: ['locale', 'eventDate'] });
      expect(rows.map((r: any) => [r.locale, r.eventDate]).sort()).toEqual([['en', '2026-10-10'], ['kk', '2026-10-10']]);
    },
  },
  {
    attack: '(allowed) the role without publish imports the same file as a draft',
    send: (http: any) => importAs(http, tokens.noPublish, ['kk-kaznu-granada-memorandum.txt']),
    status: 200,
    check: ({ body }) => expect(body.results[0].status).toBe('imported'),
  },
];

runAttackTable('roles: what each admin sees and writes through the plugins', rows, () => t.http());
