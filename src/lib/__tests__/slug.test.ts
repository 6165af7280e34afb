import { firstFreeSlug, slugify } from '../slug';

describe('slugify', () => {
  test.each([
    ['30 years of Kazakh diplomacy', '30-years-of-kazakh-diplomacy'],
    ['30 лет казахстанской дипломатии', '30-let-kazakhstanskoi-diplomatii'],
    ['Қазақстан дипломатиясына 30 жыл', 'kazakstan-diplomatiyasyna-30-zhyl'],
    ['Әл-Фараби атындағы ҚазҰУ: өнер һәм ғылым', 'al-farabi-atyndagy-kazuu-oner-ham-gylym'],
    ['  «Болашақ» — 2026!  ', 'bolashak-2026'],
    ['Объявлены гранты: Щучинск, Жезказган, Йошкар-Ола', 'obyavleny-granty-shchuchinsk-zhezkazgan-ioshkar-ola'],
    ['Kęstutis Jankauskas', 'kestutis-jankauskas'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  test('gives an empty string for text with no letters or digits', () => {
    expect(slugify('«»—!?')).toBe('');
  });
});

describe('firstFreeSlug', () => {
  test('keeps a free slug and numbers taken ones', () => {
    expect(firstFreeSlug('news', new Set())).toBe('news');
    expect(firstFreeSlug('news', new Set(['news']))).toBe('news-2');
    expect(firstFreeSlug('news', new Set(['news', 'news-2', 'news-3']))).toBe('news-4');
    expect(firstFreeSlug('', new Set())).toBe('untitled');
  });
});
