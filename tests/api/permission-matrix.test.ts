import path from 'path';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES, translatorWithLocale } from '../helpers/admin';

/**
 * Who may call what: every kind of route (content API, custom delivery routes, plugin
 * admin routes, GraphQL) × every kind of caller, in one table. A change of any cell
 * fails this test.
 */
const t = useStrapi();
const SAMPLE = path.join(__dirname, '..', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');

type Actor = 'anonymous' | 'apiToken' | 'reader' | 'author' | 'editor' | 'translatorKk' | 'superAdmin';
const ACTORS: Actor[] = ['anonymous', 'apiToken', 'reader', 'author', 'editor', 'translatorKk', 'superAdmin'];
const tokens: Partial<Record<Actor, string>> = {};
let articleId = '';

type Call = { name: string; send: (actor: Actor) => Promise<number> };

const auth = (req: any, actor: Actor) => (tokens[actor] ? req.set('Authorization', `Bearer ${tokens[actor]}`) : req);
const get = (url: () => string) => (actor: Actor) => auth(t.http().get(url()), actor).then((r: any) => r.status);
const post = (url: () => string, body: unknown = {}) => (actor: Actor) => auth(t.http().post(url()).send(body), actor).then((r: any) => r.status);
const upload = (url: string) => (actor: Actor) => auth(t.http().post(url).attach('files', SAMPLE), actor).then((r: any) => r.status);
/** GraphQL answers 200 with errors; a forbidden operation is reported as 403 here. */
const graphql = (query: string) => async (actor: Actor) => {
  const res = await auth(t.http().post('/graphql').send({ query }), actor);
  if (res.status !== 200) return res.status;
  const code = res.body.errors?.[0]?.extensions?.code;
  return code === 'FORBIDDEN' || /forbidden/i.test(res.body.errors?.[0]?.message ?? '') ? 403 : res.body.errors ? 400 : 200;
};

const CALLS: Call[] = [
  { name: 'GET /api/articles', send: get(() => '/api/articles?locale=kk') },
  { name: 'GET /api/articles/by-slug/:slug', send: get(() => '/api/articles/by-slug/30-years-of-kazakh-diplomacy?locale=en') },
  { name: 'GET /api/feeds/ru.rss', send: get(() => '/api/feeds/ru.rss') },
  { name: 'POST /api/articles', send: post(() => '/api/articles', { data: { title: 'Forged' } }) },
  { name: 'DELETE /api/articles/:id', send: (actor) => auth(t.http().delete(`/api/articles/${articleId}`), actor).then((r: any) => r.status) },
  { name: 'GraphQL query articles', send: graphql('{ articles(locale: "kk") { title } }') },
  { name: 'GraphQL mutation createArticle', send: graphql('mutation { createArticle(data: { title: "Forged" }) { documentId } }') },
  { name: 'POST /press-import/preview', send: upload('/press-import/preview') },
  { name: 'GET /press-import/history', send: get(() => '/press-import/history') },
  { name: 'POST /press-import/import', send: upload('/press-import/import') },
  { name: 'GET /press-import/merge/duplicates', send: get(() => '/press-import/merge/duplicates?type=speaker') },
  { name: 'GET /newsroom-translations/coverage', send: get(() => '/newsroom-translations/coverage') },
  { name: 'GET content-manager article (ru)', send: get(() => `/content-manager/collection-types/api::article.article/${articleId}?locale=ru`) },
];

// prettier-ignore
const EXPECTED: Record<string, Record<Actor, number>> = {
  //                                    anonymous apiToken reader author editor translatorKk superAdmin
  'GET /api/articles':                   row(200, 200, 200, 401, 401, 401, 401),
  'GET /api/articles/by-slug/:slug':     row(200, 200, 200, 401, 401, 401, 401),
  'GET /api/feeds/ru.rss':               row(200, 200, 200, 401, 401, 401, 401),
  'POST /api/articles':                  row(403, 403, 403, 401, 401, 401, 401),
  'DELETE /api/articles/:id':            row(403, 403, 403, 401, 401, 401, 401),
  'GraphQL query articles':              row(200, 200, 200, 401, 401, 401, 401),
  'GraphQL mutation createArticle':      row(403, 403, 403, 401, 401, 401, 401),
  'POST /press-import/preview':          row(401, 401, 401, 200, 200, 403, 200),
  'GET /press-import/history':           row(401, 401, 401, 200, 200, 403, 200),
  'POST /press-import/import':           row(401, 401, 401, 403, 200, 403, 200),
  // Merging needs Content Manager update, and delete or Press import's merge permission (Editors have it).
  'GET /press-import/merge/duplicates':   row(401, 401, 401, 403, 200, 403, 200),
  'GET /newsroom-translations/coverage': row(401, 401, 401, 200, 200, 200, 200),
  'GET content-manager article (ru)':    row(401, 401, 401, 403, 200, 200, 200),
};

function row(...statuses: number[]): Record<Actor, number> {
  return Object.fromEntries(ACTORS.map((a, i) => [a, statuses[i]])) as Record<Actor, number>;
}

beforeAll(async () => {
  const app = t.app();
  [articleId] = (await app.documents('api::article.article' as any).findMany({ locale: 'en', fields: ['id'] } as any)).map((a: any) => a.documentId);
  tokens.apiToken = (await app.service('admin::api-token').create({ name: 'site (read-only)', type: 'read-only', lifespan: null } as any)).accessKey;
  const authenticated = await app.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await app.plugin('users-permissions').service('user').add({
    username: 'reader',
    email: 'reader@site.test',
    password: 'Passw0rd-reader',
    provider: 'local',
    confirmed: true,
    role: authenticated.id,
  });
  tokens.reader = (await t.http().post('/api/auth/local').send({ identifier: 'reader@site.test', password: 'Passw0rd-reader' }).expect(200)).body.jwt;
  tokens.author = await adminWithRole(app, ROLE_CODES.author, 'author@matrix.test');
  tokens.editor = await adminWithRole(app, ROLE_CODES.editor, 'editor@matrix.test');
  tokens.translatorKk = await translatorWithLocale(app, 'kk', 'translator@matrix.test');
  tokens.superAdmin = await adminWithRole(app, ROLE_CODES.superAdmin, 'super@matrix.test');
});

test('the permission matrix holds for every route and every caller', async () => {
  const actual: Record<string, Record<Actor, number>> = {};
  // Writes last, so a wrongly allowed write cannot change what the reads see.
  for (const call of CALLS) {
    actual[call.name] = {} as Record<Actor, number>;
    for (const actor of ACTORS) actual[call.name][actor] = await call.send(actor);
  }
  expect(actual).toEqual(EXPECTED);
});
