import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { runAttackTable, type AttackAnswer, type AttackRow } from '../helpers/attack-table';
import { ARTICLE, INSTITUTION, QUOTE, SPEAKER, slugOf } from '../helpers/newsroom-docs';

/**
 * Issue 11, item 2: publishing one entry must not publish other articles' unpublished
 * links (src/document-middlewares/link-ownership.ts).
 *
 * World 1 (cascade): article B is published; its draft edit adds a new speaker S (of a new
 * institution I) and a new quote by S. Article C links S and I and is published: the
 * cascade publishes I and S first.
 * World 2 (standalone): the same shape with B2/S2/I2/Q2, but S2 is published by the
 * Content Manager's bulk publish, I2 by its publish action and Q2 by the Document Service;
 * plus a published speaker P whose draft moves from institution I0 to I2, and a published
 * speaker R that article B3 links publicly but whose link the draft of B3 removed, then R
 * is republished with a new bio.
 * None of them may show an unpublished link; once B/B2/B3/P are published, they do.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const en = 'en';
const w: Record<string, string> = {};

const create = async (uid: string, data: Record<string, unknown>) => (await t.docs(uid).create({ locale: en, data })).documentId;
const publish = (uid: string, documentId: string) => t.docs(uid).publish({ documentId, locale: en });
const edit = (uid: string, documentId: string, data: Record<string, unknown>) => t.docs(uid).update({ documentId, locale: en, data });

beforeAll(async () => {
  // World 1.
  w.B = await create(ARTICLE, { title: 'Budget story B' });
  await publish(ARTICLE, w.B);
  w.I = await create(INSTITUTION, { name: 'Inst Eye One' });
  w.S = await create(SPEAKER, { fullName: 'Sayan Speakerov', institution: w.I });
  await edit(ARTICLE, w.B, { speakers: [w.S], institutions: [w.I] });
  w.Q = await create(QUOTE, { text: 'Quote only in B draft', speaker: w.S, article: w.B });
  w.C = await create(ARTICLE, { title: 'Culture story C', speakers: [w.S], institutions: [w.I] });
  await publish(ARTICLE, w.C);
  w.Sslug = await slugOf(t.docs, SPEAKER, w.S, en);
  w.Islug = await slugOf(t.docs, INSTITUTION, w.I, en);

  // World 2.
  w.I0 = await create(INSTITUTION, { name: 'Old Home Zero' });
  w.P = await create(SPEAKER, { fullName: 'Pavel Movingov', institution: w.I0 });
  w.R = await create(SPEAKER, { fullName: 'Rustem Keptov' });
  w.B3 = await create(ARTICLE, { title: 'Third story B3', speakers: [w.R] });
  w.B2 = await create(ARTICLE, { title: 'Bazaar story B2', speakers: [w.P] });
  await publish(ARTICLE, w.B2); // publishes P and I0 too
  await publish(ARTICLE, w.B3); // publishes R
  w.I2 = await create(INSTITUTION, { name: 'Inst Two Fresh' });
  w.S2 = await create(SPEAKER, { fullName: 'Saule Secondova', institution: w.I2 });
  await edit(ARTICLE, w.B2, { speakers: [w.P, w.S2], institutions: [w.I2] });
  w.Q2 = await create(QUOTE, { text: 'Quote only in B2 draft', speaker: w.S2, article: w.B2 });
  w.C2 = await create(ARTICLE, { title: 'Draft story C2', speakers: [w.S2] });
  await edit(SPEAKER, w.P, { institution: w.I2 });
  await edit(ARTICLE, w.B3, { speakers: [] });
  await edit(SPEAKER, w.R, { bio: 'New public bio' });

  const jwt = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'publisher@attacks-publish.test');
  const cm = (path: string, body: object) =>
    t.http().post(`/content-manager/collection-types/${path}?locale=${en}`).set('Authorization', `Bearer ${jwt}`).send(body).expect(200);
  await cm(`${SPEAKER}/actions/bulkPublish`, { documentIds: [w.S2, w.R], locale: en });
  await cm(`${INSTITUTION}/${w.I2}/actions/publish`, {});
  await publish(QUOTE, w.Q2);
  w.S2slug = await slugOf(t.docs, SPEAKER, w.S2, en);
  w.I2slug = await slugOf(t.docs, INSTITUTION, w.I2, en);
  w.I0slug = await slugOf(t.docs, INSTITUTION, w.I0, en);
});

const get = (url: () => string) => (http: any) => http.get(url());
const gql = (query: () => string) => (http: any) => http.post('/graphql').send({ query: query() });
const titles = (list: any[]) => list.map((a) => a.title);
const expectNoErrors = (a: AttackAnswer) => expect(a.body.errors).toBeUndefined();

/** The rows of one world: `hidden` = what B's unpublished edit added. */
function rows(x: { B: string; S: string; I: string; Q: string; Sslug: string; Islug: string; Btitle: string; Cs: string[]; Sname: string; Iname: string; Qtext: string; how: string }): AttackRow[] {
  const hidden = [x.Sname, x.Iname, x.Qtext];
  return [
    {
      attack: `${x.how}: GET the published article with speakers, quotes and institutions populated`,
      send: get(() => `/api/articles/${w[x.B]}?populate[speakers]=true&populate[quotes]=true&populate[institutions]=true`),
      status: 200,
      mustNotContain: hidden,
    },
    {
      attack: `${x.how}: GET the speaker with its articles`,
      send: get(() => `/api/speakers/${w[x.S]}?populate[articles]=true`),
      status: 200,
      mustNotContain: [x.Btitle],
      check: (a) => expect(titles(a.body.data.articles)).toEqual(x.Cs),
    },
    {
      attack: `${x.how}: the speaker page`,
      send: get(() => `/api/speakers/by-slug/${w[x.Sslug]}`),
      status: 200,
      mustNotContain: [x.Btitle, x.Qtext],
      check: (a) => expect(titles(a.body.data.articles)).toEqual(x.Cs),
    },
    {
      attack: `${x.how}: the institution page and the institution with its articles`,
      send: async (http) => {
        const page = await http.get(`/api/institutions/by-slug/${w[x.Islug]}`);
        const one = await http.get(`/api/institutions/${w[x.I]}?populate[articles]=true`);
        return { status: Math.max(page.status, one.status), body: [page.body, one.body], text: page.text + one.text, headers: {} };
      },
      status: 200,
      mustNotContain: [x.Btitle],
    },
    {
      attack: `${x.how}: GraphQL speakers { articles } and articles { speakers quotes institutions }`,
      send: gql(
        () => `{ speakers(filters: { documentId: { eq: "${w[x.S]}" } }) { fullName articles { title } }
                 article(documentId: "${w[x.B]}") { title speakers { fullName } quotes { text } institutions { name } } }`
      ),
      status: 200,
      mustNotContain: [x.Iname, x.Qtext],
      check: (a) => {
        expectNoErrors(a);
        expect(titles(a.body.data.speakers[0].articles)).toEqual(x.Cs);
        expect(a.body.data.article.speakers.map((s: any) => s.fullName)).not.toContain(x.Sname);
      },
    },
    {
      attack: `${x.how}: filter articles by the new speaker's name, institution's name, quote's text`,
      send: async (http) => {
        const urls = [
          `/api/articles?filters[speakers][fullName][$eq]=${encodeURIComponent(x.Sname)}`,
          `/api/articles?filters[institutions][name][$eq]=${encodeURIComponent(x.Iname)}`,
          `/api/articles?filters[quotes][text][$eq]=${encodeURIComponent(x.Qtext)}`,
        ];
        const res = await Promise.all(urls.map((u) => http.get(u)));
        return { status: Math.max(...res.map((r) => r.status)), body: res.map((r) => r.body), text: res.map((r) => r.text).join(''), headers: {} };
      },
      status: 200,
      mustNotContain: [x.Btitle],
    },
  ];
}

runAttackTable(
  'a cascade publishes only what the published article links (world 1: C publishes S and I)',
  rows({ B: 'B', S: 'S', I: 'I', Q: 'Q', Sslug: 'Sslug', Islug: 'Islug', Btitle: 'Budget story B', Cs: ['Culture story C'], Sname: 'Sayan Speakerov', Iname: 'Inst Eye One', Qtext: 'Quote only in B draft', how: 'cascade' }),
  t.http
);

runAttackTable(
  'publishing a speaker, institution or quote on its own links nothing new (world 2)',
  [
    ...rows({ B: 'B2', S: 'S2', I: 'I2', Q: 'Q2', Sslug: 'S2slug', Islug: 'I2slug', Btitle: 'Bazaar story B2', Cs: [], Sname: 'Saule Secondova', Iname: 'Inst Two Fresh', Qtext: 'Quote only in B2 draft', how: 'standalone' }),
    {
      attack: 'publishing the institution a published speaker moves to (in draft) does not move it',
      send: async (http) => {
        const p = await http.get(`/api/speakers/${w.P}?populate[institution]=true`);
        const old = await http.get(`/api/institutions/by-slug/${w.I0slug}`);
        return { status: Math.max(p.status, old.status), body: [p.body, old.body], text: p.text + old.text, headers: {} };
      },
      status: 200,
      check: (a) => {
        expect(a.body[0].data.institution?.name).toBe('Old Home Zero');
        expect(a.body[1].data.speakers.map((s: any) => s.fullName)).toEqual(['Pavel Movingov']);
      },
    },
    {
      attack: 'republishing a speaker does not drop the link a published article has (removed in its draft)',
      send: get(() => `/api/articles/${w.B3}?populate[speakers]=true`),
      status: 200,
      check: (a) => {
        expect(a.body.data.speakers.map((s: any) => [s.fullName, s.bio])).toEqual([['Rustem Keptov', 'New public bio']]);
      },
    },
  ],
  t.http
);

describe("once the articles' edits are published, the links are public", () => {
  beforeAll(async () => {
    await publish(ARTICLE, w.B);
    await publish(ARTICLE, w.B2);
    await publish(ARTICLE, w.B3);
    await publish(SPEAKER, w.P);
  });

  test.each([
    ['B', 'S', 'I', 'Budget story B', 'Sayan Speakerov', 'Inst Eye One', 'Quote only in B draft', 'Sslug', ['Budget story B', 'Culture story C']],
    ['B2', 'S2', 'I2', 'Bazaar story B2', 'Saule Secondova', 'Inst Two Fresh', 'Quote only in B2 draft', 'S2slug', ['Bazaar story B2']],
  ])('%s shows %s, %s and the quote; the speaker, its page, GraphQL and filters show the article', async (B, S, I, Btitle, Sname, Iname, Qtext, Sslug, articles) => {
    const article = await t.http().get(`/api/articles/${w[B]}?populate[speakers]=true&populate[quotes]=true&populate[institutions]=true`).expect(200);
    expect(article.body.data.speakers.map((s: any) => s.fullName)).toContain(Sname);
    expect(article.body.data.institutions.map((i: any) => i.name)).toEqual([Iname]);
    expect(article.body.data.quotes.map((q: any) => q.text)).toEqual([Qtext]);

    const speaker = await t.http().get(`/api/speakers/${w[S]}?populate[articles]=true`).expect(200);
    expect(titles(speaker.body.data.articles).sort()).toEqual([...articles].sort());
    const page = await t.http().get(`/api/speakers/by-slug/${w[Sslug]}`).expect(200);
    expect(titles(page.body.data.articles).sort()).toEqual([...articles].sort());
    expect(page.body.data.quotes.map((q: any) => q.text)).toEqual([Qtext]);
    const institution = await t.http().get(`/api/institutions/${w[I]}?populate[articles]=true`).expect(200);
    expect(titles(institution.body.data.articles)).toContain(Btitle);

    const graph = await t.http().post('/graphql').send({ query: `{ speakers(filters: { documentId: { eq: "${w[S]}" } }) { articles { title } } }` }).expect(200);
    expect(titles(graph.body.data.speakers[0].articles)).toContain(Btitle);
    const filtered = await t.http().get(`/api/articles?filters[speakers][fullName][$eq]=${encodeURIComponent(Sname)}`).expect(200);
    expect(titles(filtered.body.data)).toContain(Btitle);
  });

  test('the speaker moved to its new institution; the article dropped the speaker it removed', async () => {
    const p = await t.http().get(`/api/speakers/${w.P}?populate[institution]=true`).expect(200);
    expect(p.body.data.institution.name).toBe('Inst Two Fresh');
    const b3 = await t.http().get(`/api/articles/${w.B3}?populate[speakers]=true`).expect(200);
    expect(b3.body.data.speakers).toEqual([]);
  });
});
