import slugifyText from 'slugify';
// The one Cyrillic → Latin table of the project (the importer's name matching uses it too).
import { cyrillicToLatin } from './transliterate';

/**
 * Latin, lower-case, hyphenated slug for a title in any of the CMS languages.
 * Cyrillic is transliterated ("30 лет дипломатии" → "30-let-diplomatii",
 * "Қазақстан дипломатиясына 30 жыл" → "kazakstan-diplomatiyasyna-30-zhyl").
 */
export function slugify(text: string, maxLength = 80): string {
  // slugify's own Cyrillic map was made for other languages (қ → "kh", ә → "ae",
  // ъ → "u": "Қазақстан" → "khazakhstan"), so Cyrillic is romanised first.
  const latin = cyrillicToLatin(String(text ?? '')).toLowerCase();
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
