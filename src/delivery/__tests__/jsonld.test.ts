import { absoluteUrl, headline, HEADLINE_MAX, newsArticleJsonLd, serializeJsonLd } from '../jsonld';

const OPTIONS = {
  articleUrl: 'https://news.example/kk/news/a',
  mediaOrigin: 'https://cms.example',
  organizationName: 'KazNU',
  organizationUrl: 'https://www.kaznu.kz',
};

const kaznu = { documentId: 'i1', name: 'KazNU', website: 'https://www.kaznu.kz', abbreviations: 'KazNU\nҚазҰУ\n' };
const rector = { documentId: 's1', fullName: 'Zhanseit Tuimebayev', honorific: 'Mr', position: 'Rector', institution: kaznu };
const guest = { documentId: 's2', fullName: 'Guest Speaker' };

const article = {
  documentId: 'd1',
  title: 'Title',
  lead: 'Lead',
  dateline: 'Almaty',
  sourceLine: 'Press service of KazNU',
  locale: 'kk',
  publishedAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  cover: { url: '/uploads/cover.jpg', width: 1200, height: 630, alternativeText: 'Hall' },
  quotes: [
    { text: 'First words', speaker: rector },
    { text: 'Second words', speaker: guest },
    { text: 'Orphan words', speaker: null },
  ],
  speakers: [rector],
  institutions: [kaznu],
};

describe('newsArticleJsonLd', () => {
  const ld: any = newsArticleJsonLd(article, OPTIONS);

  test('describes the article', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: OPTIONS.articleUrl,
      mainEntityOfPage: OPTIONS.articleUrl,
      headline: 'Title',
      description: 'Lead',
      dateline: 'Almaty',
      inLanguage: 'kk',
      datePublished: '2026-03-02T10:00:00.000Z',
    });
  });

  test('dateModified is never before datePublished', () => {
    expect(ld.dateModified).toBe('2026-03-02T10:00:00.000Z');
    expect(newsArticleJsonLd({ ...article, updatedAt: '2026-03-05T00:00:00.000Z' }, OPTIONS).dateModified).toBe('2026-03-05T00:00:00.000Z');
  });

  test('author and publisher are the source line as an Organization', () => {
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Press service of KazNU', url: 'https://www.kaznu.kz' }]);
    expect(ld.publisher).toEqual(ld.author[0]);
    const noSource: any = newsArticleJsonLd({ ...article, sourceLine: '  ' }, OPTIONS);
    expect(noSource.publisher.name).toBe('KazNU');
  });

  test('the cover is an absolute ImageObject', () => {
    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: 'https://cms.example/uploads/cover.jpg', width: 1200, height: 630, caption: 'Hall' }]);
    expect(newsArticleJsonLd({ ...article, cover: null }, OPTIONS)).not.toHaveProperty('image');
  });

  test('mentions every person once and every institution', () => {
    expect(ld.mentions).toEqual([
      {
        '@type': 'Person',
        name: 'Zhanseit Tuimebayev',
        honorificPrefix: 'Mr',
        jobTitle: 'Rector',
        affiliation: { '@type': 'Organization', name: 'KazNU', url: 'https://www.kaznu.kz', alternateName: ['KazNU', 'ҚазҰУ'] },
      },
      { '@type': 'Person', name: 'Guest Speaker' },
      { '@type': 'Organization', name: 'KazNU', url: 'https://www.kaznu.kz', alternateName: ['KazNU', 'ҚазҰУ'] },
    ]);
  });

  test('quotes are Quotation parts with their creator', () => {
    expect(ld.hasPart.map((q: any) => [q['@type'], q.text, q.creator?.name])).toEqual([
      ['Quotation', 'First words', 'Zhanseit Tuimebayev'],
      ['Quotation', 'Second words', 'Guest Speaker'],
      ['Quotation', 'Orphan words', undefined],
    ]);
  });

  test('leaves out what is empty', () => {
    const bare: any = newsArticleJsonLd({ documentId: 'd', title: 'T', locale: 'en', quotes: [], speakers: null }, OPTIONS);
    expect(Object.keys(bare)).not.toEqual(expect.arrayContaining(['description', 'image', 'mentions', 'hasPart', 'datePublished']));
  });
});

test('headline is cut at a word boundary within 110 characters', () => {
  const long = 'word '.repeat(40).trim();
  const h = headline(long);
  expect(h.length).toBeLessThanOrEqual(HEADLINE_MAX);
  expect(h.endsWith('word…')).toBe(true);
  expect(headline('short')).toBe('short');
});

test('absoluteUrl', () => {
  expect(absoluteUrl('/uploads/a.jpg', 'https://cms.example/')).toBe('https://cms.example/uploads/a.jpg');
  expect(absoluteUrl('https://cdn.example/a.jpg', 'https://cms.example')).toBe('https://cdn.example/a.jpg');
  expect(absoluteUrl(null, 'https://cms.example')).toBeUndefined();
});

test('serializeJsonLd can be embedded in a script element and parses back to the same value', () => {
  const value = { text: '</script><script>alert(1)</script> & \u2028' };
  const json = serializeJsonLd(value);
  expect(json).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(json)).toEqual(value);
});
