import { canonicalJson, contentHash } from '../content-hash';

const article = {
  title: '30 years of Kazakh diplomacy',
  lead: 'KazNU hosted a conference.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Opening words.' }] }],
  dateline: 'Almaty',
  sourceLine: 'Press Service of KazNU',
  seo: { id: 7, metaTitle: 'Diplomacy', metaDescription: 'Thirty years' },
};

describe('canonicalJson', () => {
  test('sorts object keys at every level, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
  });

  test('drops empty values: null, undefined, blank strings, empty objects and arrays', () => {
    expect(canonicalJson({ a: null, b: undefined, c: '  ', d: {}, e: [], f: { g: null }, h: 'kept' })).toBe('{"h":"kept"}');
    expect(canonicalJson(null)).toBe('null');
  });
});

describe('contentHash', () => {
  const hash = contentHash(article);

  test('is a sha256 hex digest, stable for the same text', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...article })).toBe(hash);
  });

  test('does not depend on key order (jsonb reorders the keys of blocks)', () => {
    const reordered = { ...article, body: [{ children: [{ text: 'Opening words.', type: 'text' }], type: 'paragraph' }] };
    expect(contentHash(reordered)).toBe(hash);
  });

  test('ignores the SEO component row id, fields outside the text and empty-vs-missing', () => {
    expect(contentHash({ ...article, seo: { ...article.seo, id: 99 } })).toBe(hash);
    const withShared = { ...article, eventDate: '2024-01-01', cover: { id: 3 }, slug: 'x', speakers: [{ id: 1 }] } as any;
    expect(contentHash(withShared)).toBe(hash);
    expect(contentHash({ title: 'T', lead: null, seo: null })).toBe(contentHash({ title: 'T', lead: '', seo: { metaTitle: null, metaDescription: '' } }));
  });

  test.each(['title', 'lead', 'dateline', 'sourceLine'] as const)('changes when %s changes', (field) => {
    expect(contentHash({ ...article, [field]: `${article[field]}!` })).not.toBe(hash);
  });

  test('changes when the body or the SEO texts change', () => {
    expect(contentHash({ ...article, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Other words.' }] }] })).not.toBe(hash);
    expect(contentHash({ ...article, seo: { ...article.seo, metaDescription: 'Thirty-one years' } })).not.toBe(hash);
  });

  test('keeps fields apart: the same words in another field are another text', () => {
    expect(contentHash({ title: 'A', lead: 'B' })).not.toBe(contentHash({ title: 'B', lead: 'A' }));
  });
});
