import path from 'path';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif'];

export const isImageName = (name: string) => IMAGE_EXTENSIONS.includes(path.extname(name).toLowerCase());

/**
 * Whether an image file belongs to a press file: `release.txt` owns `release.jpg`,
 * `release-2.jpg`, … (and, by folder, everything in `release/`). Returns the sort key
 * (0 for the exact base name, N for `-N`), or null.
 */
export function imageRank(textName: string, imageName: string): number | null {
  if (!isImageName(imageName)) return null;
  const base = path.basename(textName, path.extname(textName)).toLowerCase();
  const stem = path.basename(imageName, path.extname(imageName)).toLowerCase();
  if (stem === base) return 0;
  const m = /^(.*)-(\d+)$/.exec(stem);
  return m && m[1] === base ? Number(m[2]) : null;
}

/** The images among `names` that belong to `textName`, in cover-first order. */
export function imagesFor(textName: string, names: string[]): string[] {
  return names
    .map((name) => ({ name, rank: imageRank(textName, name) }))
    .filter((x): x is { name: string; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map((x) => x.name);
}

/**
 * The image type from a file's first bytes (JPEG, PNG, GIF, WebP), or null. The upload
 * plugin stores anything that is not recognisably an image as a plain file, so a
 * "release.jpg" full of text would otherwise become the article's cover.
 */
export function sniffImageType(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...head.slice(8, 12)) === 'WEBP') return 'image/webp';
  return null;
}
