import qs from 'qs';
import article from '../../api/article/content-types/article/schema.json';
import quote from '../../api/quote/content-types/quote/schema.json';
import speaker from '../../api/speaker/content-types/speaker/schema.json';
import institution from '../../api/institution/content-types/institution/schema.json';
import seo from '../../components/shared/seo.json';
import { ARTICLE_PAGE_POPULATE } from '../../api/article/services/delivery';
import { contentTypeOfPath, formatBytes, populateCost, populateError } from '../query-cost';

/** The project's own schemas, as strapi.getModel gives them. */
const MODELS: Record<string, any> = {
  'api::article.article': article,
  'api::quote.quote': quote,
  'api::speaker.speaker': speaker,
  'api::institution.institution': institution,
  'shared.seo': seo,
  'plugin::upload.file': { attributes: { url: { type: 'string' } } },
  'shared.dz-host': {
    attributes: { blocks: { type: 'dynamiczone', components: ['shared.seo'] } },
  },
};
const getModel = (uid: string) => MODELS[uid];
const ARTICLE = 'api::article.article';
const LIMITS = { maxDepth: 4, maxRelations: 20, maxToMany: 2 };
/** As Strapi's koa query parser reads the query string (its defaults). */
const parse = (query: string) => qs.parse(query, { strictNullHandling: true, arrayLimit: 100, depth: 20 }).populate;
const cost = (query: string, uid = ARTICLE) => populateCost(parse(query), uid, getModel);

describe('populateCost: depth and breadth of every populate form', () => {
  test.each([
    ['populate=cover', { depth: 1, relations: 1, toMany: 0 }],
    ['populate=cover,seo,quotes', { depth: 1, relations: 3, toMany: 1 }],
    ['populate=quotes.speaker.institution', { depth: 3, relations: 3, toMany: 1 }],
    ['populate[0]=quotes&populate[1]=speakers.photo', { depth: 2, relations: 3, toMany: 1 }],
    ['populate[quotes]=true&populate[cover]=true', { depth: 1, relations: 2, toMany: 1 }],
    ['populate[quotes][populate][speaker][populate][institution]=true', { depth: 3, relations: 3, toMany: 1 }],
    ['populate[quotes][populate][0]=speaker&populate[quotes][populate][1]=article', { depth: 2, relations: 3, toMany: 1 }],
    ['populate[quotes][fields][0]=text&populate[quotes][sort]=order', { depth: 1, relations: 1, toMany: 1 }],
    ['populate[quotes][populate]=*', { depth: 2, relations: 1 + 2, toMany: 1 }],
  ])('%s', (query, expected) => {
    expect(cost(query)).toEqual(expected);
  });

  test('populate=* counts every relation, component and media of the model, one level down', () => {
    // article: cover, seo, quotes, speakers, institutions (+ whatever Strapi adds, none in the schema file)
    expect(cost('populate=*')).toEqual({ depth: 1, relations: 5, toMany: 1 });
    expect(cost('populate=*', 'api::institution.institution')).toEqual({ depth: 1, relations: 5, toMany: 1 });
  });

  test('ten levels of quotes → article → quotes is 10 deep, whichever way it is written', () => {
    const chain = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'quotes' : 'article'));
    expect(cost(`populate=${chain.join('.')}`).depth).toBe(10);
    expect(cost(`populate${chain.map((k) => `[${k}][populate]`).join('').replace(/\[populate\]$/, '')}=true`).depth).toBe(10);
    expect(cost(`populate${chain.slice(0, 9).map((k) => `[${k}][populate]`).join('')}=*`).depth).toBe(10);
  });

  test('a wide populate counts every entry, also past qs arrayLimit (an object keyed by index)', () => {
    const wide = Array.from({ length: 150 }, (_, i) => `populate[${i}]=quotes.speaker`).join('&');
    expect(typeof parse(wide)).toBe('object');
    expect(Array.isArray(parse(wide))).toBe(false);
    expect(cost(wide)).toEqual({ depth: 2, relations: 300, toMany: 1 });
  });

  test('to-many hops are counted per path, not in all: one-to-many and many-to-many relations, multiple media, stars', () => {
    // institutions (m:n) → articles (m:n) → quotes (1:n) → speaker (n:1)
    expect(cost('populate=institutions.articles.quotes.speaker').toMany).toBe(3);
    expect(cost('populate[institutions][populate][articles][populate][quotes]=true').toMany).toBe(3);
    // quotes → article → quotes: the issue's chain, two to-many hops
    expect(cost('populate=quotes.article.quotes').toMany).toBe(2);
    // many paths of one to-many hop each stay at 1
    expect(cost('populate=quotes.speaker,speakers.institution,institutions.logo').toMany).toBe(1);
    // a star below a to-many relation: the model has to-many relations, so one more hop
    expect(cost('populate[speakers][populate]=*').toMany).toBe(2);
    expect(cost('populate[quotes][populate]=*').toMany).toBe(1); // a quote's relations are all to-one
  });

  test('on fragments of a dynamic zone count their populates one level below the zone', () => {
    const c = cost('populate[blocks][on][shared.seo][populate]=*', 'shared.dz-host');
    expect(c.depth).toBe(2);
    expect(c.relations).toBe(2); // the zone, and the seo component's "*" (no relations: counted as one)
  });

  test('an unknown content type still counts depth and breadth', () => {
    expect(populateCost(parse('populate=a.b.c,d'), undefined, getModel)).toEqual({ depth: 3, relations: 4, toMany: 0 });
  });

  test('no populate, populate=false and empty entries cost nothing', () => {
    expect(populateCost(undefined, ARTICLE, getModel)).toEqual({ depth: 0, relations: 0, toMany: 0 });
    expect(cost('populate=false')).toEqual({ depth: 0, relations: 0, toMany: 0 });
    expect(cost('populate=,,')).toEqual({ depth: 0, relations: 0, toMany: 0 });
  });

  test('the article page default populate is within the default limits', () => {
    const c = populateCost(ARTICLE_PAGE_POPULATE, ARTICLE, getModel);
    expect(c).toEqual({ depth: 3, relations: 11, toMany: 1 });
    expect(populateError(c, LIMITS)).toBeNull();
  });
});

describe('populateError', () => {
  test('names the limit that is over', () => {
    expect(populateError({ depth: 5, relations: 5, toMany: 0 }, LIMITS)).toBe('populate is 5 levels deep; the maximum is 4 (populate=* counts as one level)');
    expect(populateError({ depth: 3, relations: 5, toMany: 3 }, LIMITS)).toMatch(/^populate follows 3 to-many relations along one path .*the maximum is 2$/);
    expect(populateError({ depth: 2, relations: 21, toMany: 1 }, LIMITS)).toMatch(/asks for 21 relations.*the maximum is 20/);
    expect(populateError({ depth: 4, relations: 20, toMany: 2 }, LIMITS)).toBeNull();
  });
});

test('contentTypeOfPath finds the content type of a REST path', () => {
  const cts = { 'api::article.article': { info: { pluralName: 'articles', singularName: 'article' } }, 'admin::user': { info: { pluralName: 'users' } } };
  expect(contentTypeOfPath('/api/articles/by-slug/x', '/api', cts)).toBe('api::article.article');
  expect(contentTypeOfPath('/api/articles', '/api', cts)).toBe('api::article.article');
  expect(contentTypeOfPath('/api/users', '/api', cts)).toBeUndefined();
  expect(contentTypeOfPath('/api', '/api', cts)).toBeUndefined();
});

test('formatBytes', () => {
  expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  expect(formatBytes(1536)).toBe('1.5 KB');
  expect(formatBytes(12)).toBe('12 bytes');
});
