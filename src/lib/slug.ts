import slugifyText from 'slugify';

/**
 * Russian and Kazakh Cyrillic as readers romanise them in URLs (ICAO-style for
 * Russian: х → kh, й → i; Kazakh letters to their base Latin letter). `slugify`'s own
 * map was made for other languages (қ → "kh", ә → "ae", ъ → "u"), which turns
 * "Қазақстан" into "khazakhstan".
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
const CYRILLIC_RE = new RegExp(`[${Object.keys(CYRILLIC).join('')}]`, 'g');

/**
 * Latin, lower-case, hyphenated slug for a title in any of the CMS languages.
 * Cyrillic is transliterated ("30 лет дипломатии" → "30-let-diplomatii",
 * "Қазақстан дипломатиясына 30 жыл" → "kazakstan-diplomatiyasyna-30-zhyl").
 */
export function slugify(text: string, maxLength = 80): string {
  const latin = String(text ?? '').toLowerCase().replace(CYRILLIC_RE, (ch) => CYRILLIC[ch]);
  const slug = slugifyText(latin, { lower: true, strict: true, trim: true });
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so a long headline does not end in half a word.
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * The first of `base`, `base-2`, `base-3`, … that `isTaken` does not claim.
 * `taken` is the set of slugs already used in the same locale by other documents.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'untitled';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
