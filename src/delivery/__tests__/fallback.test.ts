import { FallbackError, parseFallbackChain, pickServedLocale, servedLocaleByDocument } from '../fallback';

const KNOWN = ['en', 'kk', 'ru'];

describe('parseFallbackChain', () => {
  test('no fallback: the requested locale alone', () => {
    expect(parseFallbackChain('kk', undefined, KNOWN)).toEqual({ requested: 'kk', fallback: [], chain: ['kk'] });
    expect(parseFallbackChain('kk', '', KNOWN).chain).toEqual(['kk']);
  });

  test('keeps the order given, spaces trimmed', () => {
    expect(parseFallbackChain('kk', 'ru, en', KNOWN)).toEqual({ requested: 'kk', fallback: ['ru', 'en'], chain: ['kk', 'ru', 'en'] });
    expect(parseFallbackChain('kk', 'en,ru', KNOWN).chain).toEqual(['kk', 'en', 'ru']);
  });

  test.each([
    ['xx', /Unknown fallback locale\(s\) "xx"/],
    ['ru,,en', /empty/],
    ['ru,ru', /distinct/],
    ['kk', /distinct/],
    ['ru,en,de,fr', /at most 3/],
  ])('rejects %p', (raw, message) => {
    expect(() => parseFallbackChain('kk', raw, [...KNOWN, 'de', 'fr'])).toThrow(message);
  });

  test('rejects a non-string (fallback[]=ru)', () => {
    expect(() => parseFallbackChain('kk', ['ru'], KNOWN)).toThrow(FallbackError);
  });
});

describe('picking the served version', () => {
  test('pickServedLocale takes the first chain locale available', () => {
    expect(pickServedLocale(['en', 'ru'], ['kk', 'ru', 'en'])).toBe('ru');
    expect(pickServedLocale(['en'], ['kk', 'ru'])).toBeNull();
  });

  test('servedLocaleByDocument picks per document, ignoring locales outside the chain', () => {
    const versions = [
      { documentId: 'a', locale: 'en' },
      { documentId: 'a', locale: 'kk' },
      { documentId: 'b', locale: 'en' },
      { documentId: 'b', locale: 'ru' },
      { documentId: 'c', locale: 'de' },
    ];
    expect(Object.fromEntries(servedLocaleByDocument(versions, ['kk', 'ru', 'en']))).toEqual({ a: 'kk', b: 'ru' });
  });
});
