import { fullAccessToken, useStrapi } from '../helpers/harness';
import { ARTICLE, QUOTE, SPEAKER, localized } from '../helpers/newsroom-docs';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

let publishedId: string;
let draftOnlyId: string;

/**
 * Published article in en and kk with a published quote; then a draft quote, a pending
 * title edit in both locales, and a draft-only article in both locales.
 */
beforeAll(async () => {
  const speaker = await localized(t.docs, SPEAKER, { en: { fullName: 'Public Speaker' }, kk: { fullName: 'Ашық спикер' } });
  publishedId = await localized(t.docs, ARTICLE, { en: { title: 'Published news', speakers: [speaker] }, kk: { title: 'Жарияланған жаңалық', speakers: [speaker] } }, []);
  let second: { documentId: string } | undefined;
  for (const locale of ['en', 'kk']) {
    await t.docs(QUOTE).create({ locale, data: { text: `Published words ${locale}`, article: publishedId, speaker } });
    // A second quote in en, published with the article (a quote published on its own
    // does not join a published article: the article decides its quotes).
    if (locale === 'en') second = await t.docs(QUOTE).create({ locale, data: { text: 'Second words en', order: 1, article: publishedId, speaker } });
    await t.docs(ARTICLE).publish({ documentId: publishedId, locale });
    await t.docs(QUOTE).create({ locale, data: { text: `Unreleased words ${locale}`, article: publishedId, speaker } });
    await t.docs(ARTICLE).update({ documentId: publishedId, locale, data: { title: `EMBARGOED ${locale}` } });
  }
  // Then a pending edit of the second quote.
  await t.docs(QUOTE).update({ documentId: second!.documentId, locale: 'en', data: { text: 'EMBARGOED quote edit' } });
  draftOnlyId = await localized(t.docs, ARTICLE, { en: { title: 'Secret draft' }, kk: { title: 'Құпия жоба' } }, []);
});

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const req = t.http().post('/graphql').send({ query, variables });
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const noDraft = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/EMBARGOED|Secret draft|Құпия жоба|Unreleased/);

describe('GraphQL for anonymous clients: published content only', () => {
  test('articles(status: DRAFT) returns the published versions only', async () => {
    const res = await gql('{ articles(status: DRAFT) { documentId title quotes { text } } }').expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.articles).toEqual([{ documentId: publishedId, title: 'Published news', quotes: [{ text: 'Published words en' }, { text: 'Second words en' }] }]);
    noDraft(res.body);
  });

  test('locale: "kk" works, with and without status: DRAFT', async () => {
    for (const args of ['locale: "kk"', 'locale: "kk", status: DRAFT']) {
      const res = await gql(`{ articles(${args}) { title locale speakers { fullName } quotes { text } } }`).expect(200);
      expect(res.body.data.articles).toEqual([
        { title: 'Жарияланған жаңалық', locale: 'kk', speakers: [{ fullName: 'Ашық спикер' }], quotes: [{ text: 'Published words kk' }] },
      ]);
      noDraft(res.body);
    }
  });

  test('single reads, counts and relation filters do not see drafts', async () => {
    const res = await gql(
      `query ($draft: ID!, $pub: ID!) {
        draft: article(documentId: $draft, status: DRAFT) { title }
        pub: article(documentId: $pub, status: DRAFT, locale: "kk") { title }
        all: articles_connection(status: DRAFT) { pageInfo { total } }
        byQuote: articles(filters: { quotes: { text: { eq: "Unreleased words en" } } }, status: DRAFT) { title }
        quotes(status: DRAFT, locale: "kk") { text article { title } }
      }`,
      { draft: draftOnlyId, pub: publishedId }
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      draft: null,
      pub: { title: 'Жарияланған жаңалық' },
      all: { pageInfo: { total: 1 } },
      byQuote: [],
      quotes: [{ text: 'Published words kk', article: { title: 'Жарияланған жаңалық' } }],
    });
  });

  test('relations follow the published root: status and publication filters are not passed down', async () => {
    // The plugin gives nested relations the root query's `status`/`publicationFilter`;
    // for the public those would empty the relations (DRAFT) or reveal which related
    // entries have pending edits (MODIFIED...).
    for (const args of ['publicationFilter: MODIFIED', 'status: DRAFT', 'publicationFilter: PUBLISHED_WITH_DRAFT', 'publicationFilter: UNMODIFIED', 'hasPublishedVersion: false']) {
      const res = await gql(`{ articles(${args}) { title quotes { text } speakers { fullName } } }`).expect(200);
      expect({ args, data: res.body.data }).toEqual({
        args,
        data: { articles: [{ title: 'Published news', quotes: [{ text: 'Published words en' }, { text: 'Second words en' }], speakers: [{ fullName: 'Public Speaker' }] }] },
      });
    }
  });

  test('mutations are forbidden to the public', async () => {
    const create = await gql('mutation { createArticle(data: { title: "Hacked" }) { documentId } }');
    expect(create.body.errors?.[0]?.extensions?.error?.name ?? create.body.errors?.[0]?.message).toMatch(/Forbidden/i);
    const update = await gql('mutation ($id: ID!) { updateArticle(documentId: $id, data: { title: "Hacked" }) { documentId } }', { id: publishedId });
    expect(update.body.errors?.[0]?.message).toMatch(/Forbidden/i);
    const del = await gql('mutation ($id: ID!) { deleteArticle(documentId: $id) { documentId } }', { id: publishedId });
    expect(del.body.errors?.[0]?.message).toMatch(/Forbidden/i);
    expect(await t.app().db.query(ARTICLE).count({ where: { title: 'Hacked' } })).toBe(0);
  });

  test('query depth is limited', async () => {
    const deep = '{ articles { speakers { quotes { article { speakers { quotes { article { speakers { fullName } } } } } } } } }';
    const res = await gql(deep);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  test('a full-access API token (server-side preview) may read drafts, as in REST', async () => {
    const token = await fullAccessToken(t.app());
    const res = await gql('{ articles(status: DRAFT) { title } }', {}, token).expect(200);
    expect(res.body.data.articles.map((a: any) => a.title).sort()).toEqual(['EMBARGOED en', 'Secret draft']);
  });
});
