import { useStrapi } from '../helpers/harness';
import { ARTICLE, INSTITUTION, QUOTE, SPEAKER, localized } from '../helpers/newsroom-docs';
import { runAttackTable, type AttackRow } from '../helpers/attack-table';

/**
 * Attacks on draft text through the content API, REST and GraphQL, anonymous.
 *
 * World: every type has a published document linked to the others through every
 * relation (article ↔ quote ↔ speaker ↔ institution ↔ parent institution), and each
 * of them has an unpublished edit whose text carries a marker (`SECRET-<type>`); the
 * article also has a draft-only kk version and there is a draft-only article. Nothing
 * marked SECRET may reach an anonymous caller, not even as a yes/no answer.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

const TYPES = {
  article: { uid: ARTICLE, plural: 'articles', text: 'title' },
  quote: { uid: QUOTE, plural: 'quotes', text: 'text' },
  speaker: { uid: SPEAKER, plural: 'speakers', text: 'fullName' },
  institution: { uid: INSTITUTION, plural: 'institutions', text: 'name' },
} as const;
type TypeName = keyof typeof TYPES;
const byUid = (uid: string) => Object.entries(TYPES).find(([, v]) => v.uid === uid)![0] as TypeName;
const SECRET = (type: TypeName) => `SECRET-${type}`;
const ALL_SECRETS = [...Object.keys(TYPES).map((k) => SECRET(k as TypeName)), 'SECRET-kk', 'SECRET-draftonly'];

const world: Record<string, string> = {};

beforeAll(async () => {
  const docs = t.docs;
  world.parent = await localized(docs, INSTITUTION, { en: { name: 'Ministry of Education' } });
  world.institution = await localized(docs, INSTITUTION, { en: { name: 'Kazakh National University', parent: world.parent } }, []);
  world.speaker = await localized(docs, SPEAKER, { en: { fullName: 'Arman Bekov', institution: world.institution } }, []);
  world.article = await localized(
    docs,
    ARTICLE,
    { en: { title: 'A public conference', speakers: [world.speaker], institutions: [world.institution] }, ru: { title: 'Открытая конференция' } },
    [],
  );
  const quote = await docs(QUOTE).create({ locale: 'en', data: { text: 'Public words', speaker: world.speaker, article: world.article } });
  world.quote = quote.documentId;
  // Publishing the article publishes its quote, speaker and institution (cascade).
  await docs(ARTICLE).publish({ documentId: world.article, locale: 'en' });
  await docs(ARTICLE).publish({ documentId: world.article, locale: 'ru' });
  await docs(ARTICLE).update({ documentId: world.article, locale: 'kk', data: { title: 'SECRET-kk draft translation' } });

  // Unpublished edits, one per type, each with its marker.
  await docs(ARTICLE).update({ documentId: world.article, locale: 'en', data: { title: `${SECRET('article')} embargoed title` } });
  await docs(QUOTE).update({ documentId: world.quote, locale: 'en', data: { text: `${SECRET('quote')} embargoed words` } });
  await docs(SPEAKER).update({ documentId: world.speaker, locale: 'en', data: { fullName: `${SECRET('speaker')} Renamed` } });
  await docs(INSTITUTION).update({ documentId: world.institution, locale: 'en', data: { name: `${SECRET('institution')} Renamed` } });
  await docs(INSTITUTION).update({ documentId: world.parent, locale: 'en', data: { name: `${SECRET('institution')} Parent renamed` } });
  await localized(docs, ARTICLE, { en: { title: 'SECRET-draftonly news' } }, []);
});

const get = (path: string) => (http: any) => http.get(path);
const gql = (query: string) => (http: any) => http.post('/graphql').send({ query });
const emptyData = (answer: { body: any }) => expect(answer.body.data).toEqual([]);
const gqlEmpty = (field: string) => (answer: { body: any }) => {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data[field]).toEqual([]);
};

/** Every relation of every type (and `localizations`), as a yes/no oracle on a draft marker. */
function relationRows(): AttackRow[] {
  const rows: AttackRow[] = [];
  const schemas: Record<TypeName, Record<string, any>> = {
    article: require('../../src/api/article/content-types/article/schema.json').attributes,
    quote: require('../../src/api/quote/content-types/quote/schema.json').attributes,
    speaker: require('../../src/api/speaker/content-types/speaker/schema.json').attributes,
    institution: require('../../src/api/institution/content-types/institution/schema.json').attributes,
  };
  for (const [name, type] of Object.entries(TYPES) as [TypeName, (typeof TYPES)[TypeName]][]) {
    const relations = Object.entries(schemas[name])
      .filter(([, a]) => a.type === 'relation')
      .map(([key, a]) => [key, byUid(a.target)] as const);
    for (const [relation, target] of [...relations, ['localizations', name] as const]) {
      const field = TYPES[target].text;
      const condition = relation === 'localizations' ? `[localizations][${field}]` : `[${relation}][localizations][${field}]`;
      rows.push({
        attack: `REST ${type.plural}: filters${condition}[$contains]=${SECRET(target)}`,
        send: get(`/api/${type.plural}?filters${condition}[$contains]=${SECRET(target)}`),
        status: 200,
        check: emptyData,
      });
      const gqlCondition =
        relation === 'localizations' ? `{ localizations: { ${field}: { contains: "${SECRET(target)}" } } }` : `{ ${relation}: { localizations: { ${field}: { contains: "${SECRET(target)}" } } } }`;
      rows.push({
        attack: `GraphQL ${type.plural}(filters: ${gqlCondition})`,
        send: gql(`{ ${type.plural}(filters: ${gqlCondition}) { documentId } }`),
        status: 200,
        check: gqlEmpty(type.plural),
      });
    }
  }
  return rows;
}

const rows: AttackRow[] = [
  ...relationRows(),
  {
    attack: 'REST: a draft translation through localizations',
    send: get('/api/articles?filters[localizations][title][$contains]=SECRET-kk'),
    status: 200,
    check: emptyData,
  },
  {
    attack: 'REST: the oracle hidden in an $or branch',
    send: get('/api/articles?filters[$or][0][localizations][title][$contains]=SECRET-article&filters[$or][1][title][$eq]=none'),
    status: 200,
    check: emptyData,
  },
  {
    attack: 'REST: the oracle two relations deep (speakers → articles → localizations)',
    send: get('/api/speakers?filters[articles][localizations][title][$contains]=SECRET-article'),
    status: 200,
    check: emptyData,
  },
  {
    attack: 'REST: the oracle on the fallback list',
    send: get('/api/articles?locale=kk&fallback=en&filters[localizations][title][$contains]=SECRET-article'),
    status: 200,
    check: emptyData,
  },
  {
    attack: 'REST: the oracle inside populate filters',
    send: get('/api/speakers?populate[articles][filters][localizations][title][$contains]=SECRET-article'),
    status: 200,
    check: (a) => {
      expect(a.body.data).toHaveLength(1);
      expect(a.body.data[0].articles).toEqual([]);
    },
  },
  {
    attack: 'REST: an operator straight on a relation (localizations $notNull)',
    send: get('/api/articles?filters[localizations][$notNull]=true'),
    status: 400,
  },
  {
    attack: 'REST: a relation compared to an id',
    send: get('/api/articles?filters[speakers][$in][0]=1'),
    status: 400,
  },
  { attack: 'REST: sort through localizations', send: get('/api/articles?sort=localizations.title:asc'), status: 400 },
  { attack: 'REST: sort through a relation (array form)', send: get('/api/articles?sort[0]=speakers.fullName:desc'), status: 400 },
  { attack: 'REST: sort through a relation (object form)', send: get('/api/articles?sort[0][speakers][fullName]=asc'), status: 400 },
  { attack: 'REST: sort through a relation inside populate', send: get('/api/speakers?populate[articles][sort]=localizations.title:asc'), status: 400 },
  { attack: 'REST: sort on the fallback list through a relation', send: get('/api/articles?locale=kk&fallback=en&sort=localizations.title'), status: 400 },
  {
    attack: 'GraphQL: sort through localizations',
    send: gql('{ articles(sort: "localizations.title:asc") { documentId } }'),
    check: (a) => expect(a.body.errors?.[0]?.message).toMatch(/Sorting through the relation "localizations"/),
  },
  {
    attack: 'GraphQL: the oracle on a nested list (speakers { articles(filters) })',
    send: gql('{ speakers { articles(filters: { localizations: { title: { contains: "SECRET-article" } } }) { documentId } } }'),
    status: 200,
    check: (a) => {
      expect(a.body.errors).toBeUndefined();
      expect(a.body.data.speakers).toEqual([{ articles: [] }]);
    },
  },
  // What already held, pinned here too.
  { attack: 'REST: ?status=draft', send: get('/api/articles?status=draft&populate=*'), status: 200, mustNotContain: ALL_SECRETS },
  { attack: 'REST: populate localizations with ?status=draft', send: get('/api/articles?status=draft&populate[localizations][fields][0]=title'), status: 200, mustNotContain: ALL_SECRETS },
  { attack: 'REST: a draft-only article by its title with ?status=draft', send: get('/api/articles?status=draft&filters[title][$contains]=SECRET'), status: 200, check: emptyData },
  {
    attack: 'GraphQL: status DRAFT with localizations',
    send: gql('{ articles(status: DRAFT) { title localizations { title } speakers { fullName } quotes { text article { title } } } }'),
    status: 200,
    mustNotContain: ALL_SECRETS,
  },
];

describe('positive controls: the guard keeps ordinary relation filters working', () => {
  test('a published translation is found through localizations', async () => {
    const res = await t.http().get('/api/articles?filters[localizations][title][$contains]=Открытая').expect(200);
    expect(res.body.data.map((a: any) => a.documentId)).toEqual([world.article]);
  });
  test('a published speaker is found through a relation, and GraphQL agrees', async () => {
    const res = await t.http().get('/api/articles?filters[speakers][fullName][$eq]=Arman Bekov').expect(200);
    expect(res.body.data.map((a: any) => a.documentId)).toEqual([world.article]);
    const gq = await t.http().post('/graphql').send({ query: '{ articles(filters: { speakers: { fullName: { eq: "Arman Bekov" } } }) { documentId } }' });
    expect(gq.body.data.articles).toEqual([{ documentId: world.article }]);
  });
  test('sorting by the entry’s own fields still works', async () => {
    await t.http().get('/api/articles?sort[0]=title:asc&sort[1]=publishedAt:desc').expect(200);
  });
});

runAttackTable('draft text through relation filters and sorts (anonymous)', rows, t.http);
