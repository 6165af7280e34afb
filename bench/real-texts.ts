import * as path from 'path';
import { TextDecoder } from 'util';
import { DEFAULT_MANIFEST, loadRealTexts, readManifest } from '../tests/unit/support/real-manifest';

/**
 * Checks the real-text development set on this machine against bench/real-manifest.json.
 * The texts are third-party and git-ignored, so a fresh checkout has none of them: this lists
 * the missing ones with their urls (gather each again with the stored-web-page search: the
 * excerpt it returns for that url, title line first, saved as UTF-8 under that file name),
 * and checks that the present ones are non-empty, valid UTF-8 and named in the manifest.
 * Run: npx tsx bench/real-texts.ts [dir] [--manifest file]. Exits 1 when a present text is bad.
 */

const args = process.argv.slice(2);
const manifestIndex = args.indexOf('--manifest');
const manifestFile = manifestIndex === -1 ? DEFAULT_MANIFEST : path.resolve(args[manifestIndex + 1]);
const positional = args.filter((arg, i) => !arg.startsWith('--') && !(manifestIndex !== -1 && i === manifestIndex + 1));
const directory = path.resolve(positional[0] ?? path.join(__dirname, 'real'));

const manifest = readManifest(manifestFile);
const { present, missing } = loadRealTexts(directory, manifest);
const utf8 = new TextDecoder('utf-8', { fatal: true });

const problems: string[] = [];
for (const { entry, bytes } of present) {
  if (bytes.length === 0) {
    problems.push(`${entry.file}: empty`);
    continue;
  }
  try {
    if (utf8.decode(bytes).trim() === '') problems.push(`${entry.file}: whitespace only`);
  } catch {
    problems.push(`${entry.file}: not valid UTF-8`);
  }
}

const byLanguage = new Map<string, number>();
for (const entry of manifest.texts) byLanguage.set(entry.language, (byLanguage.get(entry.language) ?? 0) + 1);
console.log(`manifest: ${manifestFile} (${manifest.texts.length} texts: ${[...byLanguage].map(([lang, n]) => `${lang} ${n}`).join(', ')})`);
console.log(`directory: ${directory}: ${present.length} present, ${missing.length} missing, ${problems.length} bad`);
for (const problem of problems) console.log(`  bad: ${problem}`);
if (missing.length) {
  console.log('missing (search the stored pages for each url, save the excerpt as the file):');
  for (const entry of missing) console.log(`  ${entry.file}  ${entry.url}`);
}
process.exitCode = problems.length ? 1 : 0;
