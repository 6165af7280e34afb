import fs from 'fs/promises';
import path from 'path';
import { imagesFor, isImageName } from '../domain/images';
import type { ImageInput } from '../services/importer';

async function describeImage(filepath: string): Promise<ImageInput> {
  const stat = await fs.stat(filepath);
  return { filepath, name: path.basename(filepath), size: stat.size };
}

/**
 * Photos of a press file on disk: `release.jpg`, `release-2.jpg` beside `release.txt`,
 * then the images in a folder `release/`. Listing a directory is cheap; the images are
 * read only when they are uploaded.
 */
export async function findImages(textPath: string, siblings?: string[]): Promise<ImageInput[]> {
  const dir = path.dirname(textPath);
  const names = siblings ?? (await fs.readdir(dir));
  const beside = imagesFor(path.basename(textPath), names).map((n) => path.join(dir, n));
  const folder = path.join(dir, path.basename(textPath, path.extname(textPath)));
  const inFolder = await fs
    .readdir(folder)
    .then((entries) => entries.filter(isImageName).sort().map((n) => path.join(folder, n)))
    .catch(() => [] as string[]);
  return Promise.all([...beside, ...inFolder].map(describeImage));
}
