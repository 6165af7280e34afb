import { fullAccessToken, useStrapi } from '../helpers/harness';
import { ensurePublicPermissions, publicReadActions } from '../../src/bootstrap/public-permissions';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';

/**
 * Fixture: one published article with one published quote, plus
 * - a draft-only article ("Secret draft"),
 * - a draft-only quote linked to the published article,
 * - pending (unpublished) edits on the published article's title.
 */
let publishedId: string;
let draftOnlyId: string;
let draftQuoteId: string;

beforeAll(async () => {
  const speaker = await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Public Speaker' }, status: 'published' });
  const published = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Published news', speakers: [speaker.documentId] } });
  publishedId = published.documentId;
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Published words', article: publishedId, speaker: speaker.documentId } });
  await t.docs(ARTICLE).publish({ documentId: publishedId, locale: 'en' });

  const draftQuote = await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Unreleased words', article: publishedId, order: 1 } });
  draftQuoteId = draftQuote.documentId;
  await t.docs(ARTICLE).update({ documentId: publishedId, locale: 'en', data: { title: 'EMBARGOED headline' } });

  const draftOnly = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Secret draft', lead: 'SECRET-LEAD' } });
  draftOnlyId = draftOnly.documentId;
});

const titles = (res: any) => res.body.data.map((a: any) => a.title);

describe('the Public role reads published content only', () => {
  test('lists show published versions only', async () => {
    const res = await t.http().get('/api/articles').expect(200);
    expect(titles(res)).toEqual(['Published news']);
  });

  test.each([
    '/api/articles?status=draft',
    '/api/articles?status=draft&locale=en',
    '/api/articles?publicationState=preview',
    '/api/articles?hasPublishedVersion=false',
    '/api/articles?publicationFilter=never-published',
    '/api/articles?publicationFilter=modified&status=draft',
  ])('%s does not reveal drafts', async (url) => {
    const res = await t.http().get(url);
    expect(res.status).toBeLessThan(500);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('Secret draft');
    expect(body).not.toContain('EMBARGOED');
  });

  test('findOne of a draft-only document is 404, with or without ?status=draft', async () => {
    await t.http().get(`/api/articles/${draftOnlyId}`).expect(404);
    await t.http().get(`/api/articles/${draftOnlyId}?status=draft`).expect(404);
    const res = await t.http().get(`/api/articles/${publishedId}?status=draft`).expect(200);
    expect(res.body.data.title).toBe('Published news');
  });

  test('populate of a relation shows only published related entries', async () => {
    const res = await t.http().get(`/api/articles/${publishedId}?populate=*`).expect(200);
    expect(res.body.data.quotes.map((q: any) => q.text)).toEqual(['Published words']);
    const speaker = await t.http().get('/api/speakers?populate[quotes]=true&status=draft').expect(200);
    expect(JSON.stringify(speaker.body)).not.toContain('Unreleased words');
    const quotes = await t.http().get('/api/quotes?status=draft').expect(200);
    expect(quotes.body.data.map((q: any) => q.text)).toEqual(['Published words']);
    await t.http().get(`/api/quotes/${draftQuoteId}`).expect(404);
  });

  test('filters on draft-only values find nothing', async () => {
    for (const url of [
      '/api/articles?filters[title][$eq]=EMBARGOED%20headline',
      '/api/articles?filters[title][$contains]=Secret&status=draft',
      '/api/articles?filters[lead][$eq]=SECRET-LEAD',
      '/api/articles?filters[quotes][text][$eq]=Unreleased%20words',
      '/api/speakers?filters[quotes][text][$contains]=Unreleased',
    ]) {
      const res = await t.http().get(url).expect(200);
      expect({ url, data: res.body.data }).toEqual({ url, data: [] });
    }
  });

  test('counts in pagination meta do not count drafts', async () => {
    const res = await t.http().get('/api/articles?status=draft').expect(200);
    expect(res.body.meta.pagination.total).toBe(1);
  });

  test.each([
    ['post', '/api/articles'],
    ['put', '/api/articles/PUBLISHED'],
    ['delete', '/api/articles/PUBLISHED'],
    ['post', '/api/quotes'],
    ['post', '/api/speakers'],
    ['post', '/api/institutions'],
    ['get', '/api/users'],
    ['get', '/api/upload/files'],
  ])('%s %s is forbidden to the public', async (method, url) => {
    const res = await (t.http() as any)[method](url.replace('PUBLISHED', publishedId)).send({ data: { title: 'x' } });
    expect([401, 403]).toContain(res.status);
  });

  test('the four types are readable by the public', async () => {
    for (const type of ['articles', 'quotes', 'speakers', 'institutions']) {
      await t.http().get(`/api/${type}`).expect(200);
    }
  });

  test('a full-access API token (trusted server-side preview) may read drafts', async () => {
    const token = await fullAccessToken(t.app());
    const res = await t.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).expect(200);
    expect(titles(res).sort()).toEqual(['EMBARGOED headline', 'Secret draft']);
  });
});

describe('delivery routes for the front-end sites', () => {

  const publicActions = async () => {
    const role = await t.app().db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const rows = await t.app().db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
    return rows.map((p: any) => p.action).filter((a: string) => a.startsWith('api::')).sort();
  };

  test('the Public role gets exactly find/findOne (which also govern the delivery routes), idempotently', async () => {
    expect(publicReadActions()).toHaveLength(8);
    expect(await publicActions()).toEqual([...publicReadActions()].sort());
    expect(await ensurePublicPermissions(t.app())).toEqual({ added: [], removed: [] });
    expect(await publicActions()).toEqual([...publicReadActions()].sort());
  });

  test('anonymous clients may call them (404 for a missing slug, not 403)', async () => {
    for (const url of ['/api/articles/by-slug/none', '/api/articles/by-slug/none/jsonld', '/api/speakers/by-slug/none', '/api/institutions/by-slug/none', '/api/feeds/xx.rss']) {
      expect({ url, status: (await t.http().get(url)).status }).toEqual({ url, status: 404 });
    }
    await t.http().get('/api/feeds/en.atom').expect(200);
  });

  test('no draft in any delivery response', async () => {
    const slug = (await t.docs(ARTICLE).findOne({ documentId: publishedId, locale: 'en', status: 'published' })).slug;
    const speakerSlug = (await t.http().get('/api/speakers?fields[0]=slug').expect(200)).body.data[0].slug;
    for (const url of [
      `/api/articles/by-slug/${slug}?status=draft`,
      `/api/articles/by-slug/${slug}/jsonld?status=draft`,
      `/api/speakers/by-slug/${speakerSlug}?status=draft`,
      '/api/articles?locale=en&fallback=kk,ru&populate=*&status=draft',
      `/api/articles/${publishedId}?locale=kk&fallback=en&populate=*&status=draft`,
      '/api/feeds/en.rss',
      '/api/feeds/en.atom',
    ]) {
      const res = await t.http().get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(res.text).toContain('Published');
      expect(res.text).not.toMatch(/Secret draft|EMBARGOED|Unreleased words|SECRET-LEAD/);
    }
  });
});
