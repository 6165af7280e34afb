import { useStrapi } from '../helpers/harness';
import { runAttackTable, type AttackAnswer, type AttackRow } from '../helpers/attack-table';
import { createArticleFixture } from '../helpers/newsroom-docs';

/**
 * Issue 11, item 3: one anonymous request must not hold the server. Each attack gets a
 * 400 that names the limit (config/delivery.ts `limits`, GRAPHQL_DEPTH_LIMIT) before the
 * database is asked; normal reads, the article page's default populate included, still
 * get their 200.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

let world: Awaited<ReturnType<typeof createArticleFixture>>;
beforeAll(async () => {
  world = await createArticleFixture(t.app(), t.docs);
});

type Http = Parameters<AttackRow['send']>[0];
const gql = (query: string, variables: Record<string, unknown> = {}) => (http: Http) => http.post('/graphql').send({ query, variables });

/** REST 400 in Strapi's error shape, naming the limit. */
const restRefused = (pattern: RegExp) => (a: AttackAnswer) => {
  expect(a.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  expect(a.body.error.message).toMatch(pattern);
};
/** GraphQL 400: one error naming the limit, no data. */
const gqlRefused = (pattern: RegExp) => (a: AttackAnswer) => {
  expect(a.body.data).toBeUndefined();
  expect(a.body.errors).toHaveLength(1);
  expect(a.body.errors[0].message).toMatch(pattern);
};
const ok = (a: AttackAnswer) => {
  expect(a.body.errors).toBeUndefined();
  expect(a.body.error).toBeUndefined();
};

/** Runs one request with a lower response cap (as a deployment with API_MAX_RESPONSE_BYTES would). */
const withResponseCap = (bytes: number, send: (http: Http) => any) => async (http: Http) => {
  const key = 'delivery.limits.responseBytes';
  const before = t.app().config.get(key);
  t.app().config.set(key, bytes);
  try {
    return await send(http);
  } finally {
    t.app().config.set(key, before);
  }
};

// quotes → article → quotes → ...: `levels` relations, alternating.
const chain = (levels: number) => Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? 'quotes' : 'article'));
const bracketed = (keys: string[]) => `populate${keys.map((k) => `[${k}]`).join('[populate]')}=true`;
const WIDE = [
  'cover', 'seo', 'quotes.speaker.photo', 'quotes.speaker.institution.logo', 'quotes.speaker.institution.parent',
  'quotes.speaker.institution.children', 'quotes.article.cover', 'speakers.photo', 'speakers.institution.logo',
  'speakers.quotes.article', 'institutions.logo', 'institutions.parent.logo', 'institutions.children.logo',
  'institutions.speakers.photo', 'institutions.articles.cover',
].join(',');
const DEEP_GQL = `{ articles { quotes { article { quotes { article { quotes { article { quotes { article { title } } } } } } } } } }`;
const fragmentDoubling = (levels: number) =>
  `{ ...F${levels} }\nfragment F0 on Query { articles { title } }\n` +
  Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');
const ARTICLE_PAGE_GQL = `query ($slug: String!) {
  articles(filters: { slug: { eq: $slug } }) {
    title lead cover { url alternativeText } seo { metaTitle }
    quotes(sort: "order:asc") { text speaker { fullName photo { url } institution { name } } }
    speakers { fullName } institutions { name logo { url } }
  }
}`;

const rows: AttackRow[] = [
  // REST populate depth
  {
    attack: 'REST: populate ten levels deep through quotes → article → quotes (dotted path)',
    send: (http) => http.get(`/api/quotes?populate=${chain(11).slice(1).join(".")}`),
    status: 400,
    check: restRefused(/populate is 10 levels deep; the maximum is 4/),
  },
  {
    attack: 'REST: populate[quotes][populate][article][populate]... ten levels (brackets)',
    send: (http) => http.get(`/api/articles?${bracketed(chain(10))}`),
    status: 400,
    check: restRefused(/10 levels deep/),
  },
  {
    attack: 'REST: populate=* at the end of four nested populates',
    send: (http) => http.get('/api/articles?populate[quotes][populate][article][populate][quotes][populate][article][populate]=*'),
    status: 400,
    check: restRefused(/5 levels deep/),
  },
  {
    attack: 'REST: populate[0]=… array of five-level paths',
    send: (http) => http.get('/api/articles?populate[0]=cover&populate[1]=quotes.article.quotes.article.quotes'),
    status: 400,
    check: restRefused(/5 levels deep/),
  },
  // REST populate breadth
  {
    attack: 'REST: fifteen populate paths, 42 relations, each within the depth limit',
    send: (http) => http.get(`/api/articles?populate=${WIDE}`),
    status: 400,
    check: (a) => {
      restRefused(/asks for 42 relations, components and media; the maximum is 20/)(a);
      expect(a.body.error.details).toMatchObject({ relations: 42, maxRelations: 20 });
    },
  },
  {
    attack: 'REST: populate=* on every populated relation (stars add every relation of the model)',
    send: (http) => http.get('/api/articles?populate[quotes][populate]=*&populate[speakers][populate]=*&populate[institutions][populate]=*&populate[cover]=true&populate[seo]=true'),
    status: 400,
    check: restRefused(/relations, components and media; the maximum is 20/),
  },
  {
    attack: 'REST: 150 populate entries (past qs arrayLimit, an object keyed by index)',
    send: (http) => http.get(`/api/articles?${Array.from({ length: 150 }, (_, i) => `populate[${i}]=quotes.speaker`).join('&')}`),
    status: 400,
    check: restRefused(/asks for 300 relations/),
  },
  // REST to-many hops: Strapi does not page populated relations
  {
    attack: 'REST: institutions → articles (two to-many relations, within the depth limit)',
    send: (http) => http.get('/api/articles?populate=institutions.articles'),
    status: 400,
    check: (a) => {
      restRefused(/populate follows 2 to-many relations along one path .*the maximum is 1/)(a);
      expect(a.body.error.details).toMatchObject({ depth: 2, toMany: 2, maxToMany: 1 });
    },
  },
  {
    attack: 'REST: speakers → articles in brackets through the article page by slug',
    send: (http) => http.get(`/api/articles/by-slug/${world.slugs.en}?populate[speakers][populate][articles]=true`),
    status: 400,
    check: restRefused(/2 to-many relations/),
  },
  // The delivery routes that take a client populate
  {
    attack: 'REST: deep populate through the article page /api/articles/by-slug/:slug',
    send: (http) => http.get(`/api/articles/by-slug/${world.slugs.en}?populate=${chain(6).join('.')}`),
    status: 400,
    check: restRefused(/6 levels deep/),
  },
  {
    attack: 'REST: deep populate through the article list with ?fallback=',
    send: (http) => http.get(`/api/articles?locale=kk&fallback=en&${bracketed(chain(8))}`),
    status: 400,
    check: restRefused(/8 levels deep/),
  },
  {
    attack: 'REST: wide populate through a single article with ?fallback=',
    send: (http) => http.get(`/api/articles/${world.articleId}?locale=kk&fallback=en&populate=${WIDE}`),
    status: 400,
    check: restRefused(/asks for 42 relations/),
  },
  // Response size
  {
    attack: 'REST: an answer over the byte cap (cap lowered to 1 KB) is a 400, not the body',
    send: withResponseCap(1024, (http) => http.get(`/api/articles/by-slug/${world.slugs.en}`)),
    status: 400,
    mustNotContain: ['Thirty years of diplomacy'],
    check: (a) => {
      restRefused(/The answer would be [\d.]+ KB, over the limit of 1 KB/)(a);
      expect(a.body.error.details.bytes).toBeGreaterThan(1024);
    },
  },
  {
    attack: 'GraphQL: an answer over the byte cap (cap lowered to 200 bytes) is a 400, not the body',
    send: withResponseCap(200, gql('{ articles { title lead quotes { text } } }')),
    status: 400,
    mustNotContain: ['Thirty years of diplomacy'],
    check: gqlRefused(/over the limit of 200 bytes/),
  },
  // GraphQL
  {
    attack: 'GraphQL: a query nine levels deep (quotes → article → quotes ...)',
    send: gql(DEEP_GQL),
    status: 400,
    check: gqlRefused(/exceeds maximum operation depth of 7/),
  },
  {
    attack: 'GraphQL: 300 aliases of the article list',
    send: gql(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: articles { title }`).join(' ')} }`),
    status: 400,
    check: (a) => {
      gqlRefused(/The query uses 300 aliases; the maximum is 20/)(a);
      expect(a.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', error: { name: 'ValidationError', details: { aliases: 300, maxAliases: 20 } } });
    },
  },
  {
    attack: 'GraphQL: fragments that spread the next one twice, 16 levels (65,536 selections)',
    send: gql(fragmentDoubling(16)),
    status: 400,
    check: gqlRefused(/recursively requests too many selections/),
  },
  {
    // (graphql-js itself aborts the validation of ~1,000 same-named fields side by side.)
    attack: 'GraphQL: one fragment of 10 fields spread 120 times (1,321 selections)',
    send: gql(
      `{ articles { ${Array.from({ length: 120 }, () => '...A').join(' ')} } }
      fragment A on Article { documentId title lead slug dateline sourceLine publishedAt createdAt updatedAt locale }`
    ),
    status: 400,
    check: gqlRefused(/too many selections/),
  },
  {
    attack: 'GraphQL: a query text of 6,000 tokens',
    send: gql(`{ articles(filters: { title: { in: [${Array.from({ length: 6000 }, () => '"x"').join(',')}] } }) { title } }`),
    status: 400,
    check: gqlRefused(/Document contains more that 5000 tokens/), // sic (graphql-js)
  },
  {
    attack: 'GraphQL: 100 articles × 100 quotes each (10,100 estimated rows)',
    send: gql('{ articles(pagination: { limit: 100 }) { quotes(pagination: { limit: 100 }) { text } } }'),
    status: 400,
    check: gqlRefused(/may return about 10100 rows .*the maximum is 5000/),
  },
  {
    attack: 'GraphQL: the same with page sizes in variables',
    send: gql('query ($p: PaginationArg, $q: PaginationArg) { articles(pagination: $p) { speakers(pagination: $q) { quotes(pagination: $q) { text } } } }', {
      p: { pageSize: 100 },
      q: { limit: 10 },
    }),
    status: 400,
    check: gqlRefused(/about 11100 rows/),
  },
  // Relation filters: each relation is a join, and to-many joins in $or branches multiply
  {
    attack: 'REST: $or of 20 branches, each through the to-many speakers (a join product)',
    send: (http) => http.get(`/api/articles?${Array.from({ length: 20 }, (_, i) => `filters[$or][${i}][speakers][fullName][$eq]=x${i}`).join('&')}`),
    status: 400,
    check: restRefused(/at most 2 to-many relations per query/),
  },
  {
    attack: 'REST: $or of 8 branches, each five relations deep (SQLite ran out of joins: 500)',
    send: (http) =>
      http.get(`/api/articles?${Array.from({ length: 8 }, (_, i) => `filters[$or][${i}][quotes][speaker][institution][parent][children][name][$contains]=x${i}`).join('&')}`),
    status: 400,
    check: restRefused(/at most (4 relations|2 to-many relations) per query/),
  },
  {
    attack: 'REST: five to-one relations deep in one branch',
    send: (http) => http.get('/api/quotes?filters[speaker][institution][parent][parent][parent][name][$eq]=x'),
    status: 400,
    check: restRefused(/at most 4 relations per query/),
  },
  {
    attack: 'GraphQL: or of 20 branches through speakers',
    send: gql(`{ articles(filters: { or: [${Array.from({ length: 20 }, (_, i) => `{ speakers: { fullName: { eq: "x${i}" } } }`).join(', ')}] }) { title } }`),
    check: (a) => {
      expect(a.body.data?.articles ?? null).toBeNull();
      expect(a.body.errors?.[0]?.message).toMatch(/at most 2 to-many relations per query/);
    },
  },
  {
    attack: 'GraphQL: 5,000 or-branches in a variable (not bounded by the token limit)',
    send: (http) =>
      http.post('/graphql').send({
        query: 'query ($f: ArticleFiltersInput) { articles(filters: $f) { title } }',
        variables: { f: { or: Array.from({ length: 5000 }, (_, i) => ({ title: { eq: `x${i}` } })) } },
      }),
    check: (a) => {
      expect(a.body.data?.articles ?? null).toBeNull();
      expect(a.body.errors?.[0]?.message).toMatch(/at most 100 conditions/);
    },
  },
  {
    attack: 'REST: $in with 150 values',
    send: (http) => http.get(`/api/articles?${Array.from({ length: 150 }, (_, i) => `filters[title][$in][${i}]=t${i}`).join('&')}`),
    status: 400,
    check: restRefused(/at most 100 conditions/),
  },
  {
    attack: 'GraphQL: a 900,000-character containsi pattern in a variable',
    send: (http) =>
      http.post('/graphql').send({ query: 'query ($f: ArticleFiltersInput) { articles(filters: $f) { title } }', variables: { f: { title: { containsi: 'a'.repeat(900000) } } } }),
    check: (a) => {
      expect(a.body.data?.articles ?? null).toBeNull();
      expect(a.body.errors?.[0]?.message).toMatch(/at most 1000 characters/);
    },
  },
  {
    attack: 'normal: filters through two to-many relations and a to-one chain',
    send: async (http) => {
      const two = await http.get('/api/articles?filters[speakers][fullName][$eq]=Zhanseit Tuimebayev&filters[institutions][website][$eq]=https://www.kaznu.kz');
      if (two.status !== 200 || two.body.data?.length !== 1) return two;
      return http.get('/api/quotes?filters[speaker][institution][name][$eq]=United Nations');
    },
    status: 200,
    check: (a) => {
      ok(a);
      expect(a.body.data).toHaveLength(1);
    },
  },
  // What must keep working
  {
    attack: 'normal: the article page with its default populate (by slug)',
    send: (http) => http.get(`/api/articles/by-slug/${world.slugs.en}`),
    status: 200,
    check: (a) => {
      expect(a.body.data.title).toBe('Thirty years of diplomacy');
      expect(a.body.data.quotes.map((q: any) => q.speaker.institution.name)).toHaveLength(3);
      expect(a.body.data.cover.url).toBe('/uploads/hall_abc.jpg');
    },
  },
  {
    attack: 'normal: populate four levels deep, and populate=*',
    send: async (http) => {
      const deep = await http.get('/api/articles?populate=quotes.speaker.institution.logo');
      if (deep.status !== 200) return deep;
      return http.get('/api/articles?populate=*');
    },
    status: 200,
    check: ok,
  },
  {
    attack: 'normal: the article list with fallback and the page populate written out (11 relations)',
    send: (http) =>
      http.get('/api/articles?locale=kk&fallback=en&populate[quotes][populate][speaker][populate][0]=photo&populate[quotes][populate][speaker][populate][1]=institution&populate[speakers][populate][0]=photo&populate[speakers][populate][1]=institution&populate[institutions][populate]=logo&populate[0]=cover&populate[1]=seo'),
    status: 200,
    check: (a) => {
      ok(a);
      expect(a.body.data[0].quotes).toHaveLength(3);
    },
  },
  {
    attack: 'normal: the article page in GraphQL, and ten aliases of 25 rows',
    send: async (http) => {
      const page = await gql(ARTICLE_PAGE_GQL, { slug: world.slugs.en })(http);
      if (page.status !== 200 || page.body.data?.articles?.[0]?.quotes?.length !== 3) return page;
      return gql(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: articles(locale: "kk") { title }`).join(' ')} }`)(http);
    },
    status: 200,
    check: (a) => {
      ok(a);
      expect(a.body.data.a9).toEqual([{ title: 'Дипломатияға отыз жыл' }]);
    },
  },
];

runAttackTable('request cost: one request cannot hold the server', rows, () => t.http());
