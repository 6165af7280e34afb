import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { useStrapi } from '../helpers/harness';
import { ARTICLE, localized, slugOf } from '../helpers/newsroom-docs';

const SITE = 'https://news.kaznu.test';
const t = useStrapi({ SEED_DEMO_CONTENT: 'false', PUBLIC_SITE_URL: SITE, FEED_SIZE: '3' });

const NASTY = `<script>alert("x")</script> & 'Tom & Jerry' ]]> «Алматы»`;
const NASTY_LEAD = 'Lead with <b>tags</b> & an ampersand';
const ids: string[] = [];
let newsOrder: string[];

beforeAll(async () => {
  ids.push(await localized(t.docs, ARTICLE, { kk: { title: 'Бірінші жаңалық', lead: 'Бірінші', sourceLine: 'ҚазҰУ баспасөз қызметі' }, en: { title: 'First news', sourceLine: 'KazNU press service' } }));
  ids.push(await localized(t.docs, ARTICLE, { kk: { title: NASTY, lead: NASTY_LEAD, sourceLine: 'Press & "Co"' } }));
  ids.push(await localized(t.docs, ARTICLE, { kk: { title: 'Үшінші жаңалық' } }));
  ids.push(await localized(t.docs, ARTICLE, { kk: { title: 'Төртінші жаңалық' } }));
  await localized(t.docs, ARTICLE, { kk: { title: 'DRAFT kk news' }, en: { title: 'DRAFT en news' } }, []);
  newsOrder = [ids[3], ids[2], ids[1]]; // newest first, FEED_SIZE=3
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
const decodeHtml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const array = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('GET /api/feeds/:locale.rss', () => {
  test('RSS 2.0 of the latest published articles in the locale', async () => {
    const res = await t.http().get('/api/feeds/kk.rss').expect(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.etag).toMatch(/^W\/"/);
    const xml = res.text;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    // The title's "<script>" never appears as markup, only escaped.
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('DRAFT');

    const { channel } = parser.parse(xml).rss;
    expect(channel.language).toBe('kk');
    expect(channel.link).toBe(`${SITE}/kk/news`);
    const items = array<any>(channel.item);
    expect(items.map((i) => i.guid['#text'])).toEqual(newsOrder.map((id) => `urn:kaznu-newsroom:article:${id}:kk`));

    const nasty = items[2];
    expect(decodeHtml(nasty.title)).toBe(NASTY);
    expect(decodeHtml(nasty.description)).toBe(NASTY_LEAD);
    expect(nasty.author).toBe('Press & "Co"');
    expect(nasty.link).toBe(`${SITE}/kk/news/${await slugOf(t.docs, ARTICLE, ids[1], 'kk')}`);
    expect(nasty.guid['@_isPermaLink']).toBe('false');
    const published = (await t.docs(ARTICLE).findOne({ documentId: ids[1], locale: 'kk', status: 'published' })).publishedAt;
    expect(new Date(nasty.pubDate).getTime()).toBe(Math.floor(new Date(published).getTime() / 1000) * 1000);
    // No source line: the organisation of the locale.
    expect(items[0].author).toBe('Әл-Фараби атындағы Қазақ ұлттық университеті');

    // Last-Modified: the newest item.
    const newest = (await t.docs(ARTICLE).findOne({ documentId: ids[3], locale: 'kk', status: 'published' })).publishedAt;
    expect(res.headers['last-modified']).toBe(new Date(newest).toUTCString());
  });

  test('one locale per feed: en has only the English article', async () => {
    const { channel } = parser.parse((await t.http().get('/api/feeds/en.rss').expect(200)).text).rss;
    const items = array<any>(channel.item);
    expect(items.map((i) => i.title)).toEqual(['First news']);
    expect(items[0].link).toBe(`${SITE}/en/news/first-news`);
    expect(items[0].author).toBe('KazNU press service');
  });

  test('an empty locale gives a valid, empty feed', async () => {
    const res = await t.http().get('/api/feeds/ru.rss').expect(200);
    expect(XMLValidator.validate(res.text)).toBe(true);
    expect(array(parser.parse(res.text).rss.channel.item)).toHaveLength(0);
    expect(res.headers['last-modified']).toBeUndefined();
  });
});

describe('GET /api/feeds/:locale.atom', () => {
  test('Atom with html-typed, escaped titles and summaries', async () => {
    const res = await t.http().get('/api/feeds/kk.atom').expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['last-modified']).toBeTruthy();
    expect(XMLValidator.validate(res.text)).toBe(true);
    expect(res.text).not.toContain('<script>');
    const { feed } = parser.parse(res.text);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = array<any>(feed.entry);
    expect(entries.map((e) => e.id)).toEqual(newsOrder.map((id) => `urn:kaznu-newsroom:article:${id}:kk`));
    const nasty = entries[2];
    expect(nasty.title['@_type']).toBe('html');
    expect(decodeHtml(nasty.title['#text'])).toBe(NASTY);
    expect(decodeHtml(nasty.summary['#text'])).toBe(NASTY_LEAD);
    expect(nasty.author.name).toBe('Press & "Co"');
    expect(nasty.link['@_href']).toMatch(new RegExp(`^${SITE}/kk/news/`));
    expect(Date.parse(nasty.published)).not.toBeNaN();
    const self = array<any>(feed.link).find((l) => l['@_rel'] === 'self');
    expect(self['@_href']).toMatch(/\/api\/feeds\/kk\.atom$/);
  });
});

describe('unknown feeds', () => {
  test.each(['/api/feeds/xx.rss', '/api/feeds/de.atom'])('%s is a 404 with a JSON error', async (url) => {
    const res = await t.http().get(url).expect(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', message: expect.stringMatching(/No feed for locale/) } });
  });

  test('a malformed locale is a 400', async () => {
    const res = await t.http().get('/api/feeds/k_k!.rss').expect(400);
    expect(res.body.error.name).toBe('ValidationError');
  });
});
