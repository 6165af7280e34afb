import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { articleGuid, buildFeed, escapeHtml, lastModified, xmlSafe } from '../feed';
import { loadFeed } from '../load-feed';

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const NASTY = `<script>alert("x")</script> & 'quotes' ]]> end`;

async function feed() {
  const { Feed } = await loadFeed();
  return buildFeed(Feed, {
    locale: 'kk',
    title: 'ҚазҰУ жаңалықтары',
    description: 'News & more',
    siteUrl: 'https://news.example/',
    selfUrls: { rss: 'https://cms.example/api/feeds/kk.rss', atom: 'https://cms.example/api/feeds/kk.atom' },
    organizationName: 'KazNU',
    articles: [
      { documentId: 'd1', locale: 'kk', title: NASTY, slug: 'a-b', lead: 'Lead <b>bold</b> \u0001', sourceLine: 'Press & Co', publishedAt: '2026-03-02T10:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
      { documentId: 'd2', locale: 'kk', title: 'Second', slug: 'second', publishedAt: '2026-03-01T10:00:00Z' },
    ],
  });
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

test('RSS 2.0: valid XML, escaped text, links to the site, guid of document and locale', async () => {
  const xml = (await feed()).rss2();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toContain('<script>');
  const { rss } = parser.parse(xml);
  expect(rss['@_version']).toBe('2.0');
  expect(rss.channel.language).toBe('kk');
  const [first, second] = rss.channel.item;
  expect(decode(first.title)).toBe(NASTY);
  expect(first.link).toBe('https://news.example/kk/news/a-b');
  expect(first.guid['#text']).toBe(articleGuid('d1', 'kk'));
  expect(first.guid['@_isPermaLink']).toBe('false');
  expect(new Date(first.pubDate).toISOString()).toBe('2026-03-02T10:00:00.000Z');
  expect(decode(first.description)).toBe('Lead <b>bold</b> ');
  expect(first.author).toBe('Press & Co');
  expect(second.author).toBe('KazNU');
});

test('Atom: valid XML, html-typed escaped title, published and updated', async () => {
  const xml = (await feed()).atom1();
  expect(XMLValidator.validate(xml)).toBe(true);
  const entry = parser.parse(xml).feed.entry[0];
  expect(entry.title['@_type']).toBe('html');
  expect(decode(entry.title['#text'])).toBe(NASTY);
  expect(entry.id).toBe('urn:kaznu-newsroom:article:d1:kk');
  expect(entry.link['@_href']).toBe('https://news.example/kk/news/a-b');
  expect(entry.published).toBe('2026-03-02T10:00:00.000Z');
  expect(entry.updated).toBe('2026-03-02T10:00:00.000Z');
  expect(entry.author.name).toBe('Press & Co');
});

test('helpers', () => {
  expect(xmlSafe('a\u0000b\u000bc\td')).toBe('abc\td');
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(lastModified([])).toBeNull();
  expect(lastModified([{ documentId: 'a', locale: 'en', title: '', slug: '', publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' }])?.toISOString()).toBe(
    '2026-02-01T00:00:00.000Z'
  );
});
