/**
 * Transliteration between the scripts the newsroom writes names in. Pure functions,
 * shared by slugs (app), name matching and the creation of locale versions of
 * speakers and institutions.
 */

/** Russian and Kazakh Cyrillic to Latin: ICAO-style for Russian, base letters for Kazakh. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
const CYRILLIC_RE = /[а-яёәғқңөұүһі]/gi;

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "Руслан Қарабұлов" → "Ruslan Karabulov". Latin input is returned as it is. */
export function cyrillicToLatin(text: string): string {
  return text.replace(CYRILLIC_RE, (ch) => {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower] ?? '';
    return ch === lower ? latin : capitalize(latin);
  });
}

// Longest first, so "shch" wins over "sh" and "ch".
const LATIN_TO_RUSSIAN: Array<[string, string]> = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'], ['ye', 'е'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'],
  ['i', 'и'], ['j', 'дж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
  ['c', 'к'], ['w', 'у'], ['x', 'кс'], ['q', 'к'], ['y', 'ы'],
];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * "Ruslan Karabulov" → "Руслан Карабулов". A best effort for names, good enough for a
 * first version a translator then reviews: "y" after a vowel is "й" ("Nurbay" →
 * "Нурбай"), so is "i" after a, o, u before a consonant ("Aigerim" → "Айгерим"), "ye"
 * after a vowel is "е" ("Tuimebayev" → "Туймебаев"). For Kazakh, "q"
 * becomes "қ" and "gh" "ғ" (Kazakh Latin spellings such as "Qarabulov").
 */
export function latinToCyrillic(text: string, locale: 'ru' | 'kk' = 'ru'): string {
  const table: Array<[string, string]> =
    locale === 'kk' ? [['gh', 'ғ'], ['q', 'қ'], ...LATIN_TO_RUSSIAN] : LATIN_TO_RUSSIAN;
  const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/(\s+|-)/);
  return words
    .map((word) => {
      let out = '';
      const lower = word.toLowerCase();
      for (let i = 0; i < lower.length; ) {
        const prev = lower[i - 1];
        if (lower.startsWith('ye', i) && prev && VOWELS.has(prev)) {
          out += 'е';
          i += 2;
          continue;
        }
        // "y", and "i" after a, o, u, before a consonant or the end, is "й": "Nurbay" →
        // "Нурбай", "Aigerim" → "Айгерим", "Kairat" → "Кайрат" ("ei" stays "еи": "Zhanseit").
        if ((lower[i] === 'y' || (lower[i] === 'i' && prev && 'aou'.includes(prev) && !VOWELS.has(lower[i - 2] ?? ''))) && prev && VOWELS.has(prev) && !VOWELS.has(lower[i + 1] ?? '')) {
          out += 'й';
          i += 1;
          continue;
        }
        const pair = table.find(([latin]) => lower.startsWith(latin, i));
        if (pair) {
          out += pair[1];
          i += pair[0].length;
        } else {
          out += word[i];
          i += 1;
        }
      }
      return word[0] && word[0] !== word[0].toLowerCase() ? capitalize(out) : out;
    })
    .join('');
}

const hasCyrillic = (text: string) => /[а-яёәғқңөұүһі]/i.test(text);

/** The name as it is written for readers of `locale`. */
export function nameForLocale(name: string, locale: string): string {
  if (locale === 'en') return hasCyrillic(name) ? cyrillicToLatin(name) : name;
  if (locale === 'ru' || locale === 'kk') return hasCyrillic(name) ? name : latinToCyrillic(name, locale);
  return name;
}
