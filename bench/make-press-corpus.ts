/**
 * Generates N press files from the hand-written fixtures (UTF-8 ones), each with a
 * unique title and its speakers renamed from a pool, so an import run meets both new
 * and already-known people. Used by bench/import.ts and the fault tests.
 */
import fs from 'fs';
import path from 'path';
import { ROOT } from './support';

const FIRST = ['Aigerim', 'Nurlan', 'Dana', 'Yerlan', 'Saule', 'Timur', 'Aliya', 'Marat', 'Zhanna', 'Askar', 'Gulnara', 'Daniyar'];
const LAST = ['Bekov', 'Sadykov', 'Omarov', 'Tulegenov', 'Zhakupov', 'Iskakov', 'Nurpeisov', 'Amanov', 'Kassymov', 'Baimukhanov'];

type Fixture = { text: string; names: string[] };

function loadFixtures(): Fixture[] {
  const dir = path.join(ROOT, 'tests', 'fixtures', 'press');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && f.startsWith('en-'))
    .flatMap((f) => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8'));
      if (expected.encoding !== 'utf-8') return [];
      const names = expected.speakers.flatMap((s: any) => [s.name, ...(s.aliases ?? [])]);
      return [{ text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''), names }];
    });
}

export function makePressCorpus(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const fixtures = loadFixtures();
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { text, names } = fixtures[i % fixtures.length];
    let out = text.replace(/^(\s*)(.+)/, (_m, lead, title) => `${lead}${title} (${i + 1})`);
    names.forEach((name, k) => {
      // A pool of 120 people: later files meet speakers earlier files created.
      const person = (i * 7 + k * 13) % (FIRST.length * LAST.length);
      const fresh = `${FIRST[person % FIRST.length]} ${LAST[Math.floor(person / FIRST.length) % LAST.length]}`;
      out = out.split(name).join(fresh);
    });
    const file = path.join(dir, `release-${String(i + 1).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, out);
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const [dir, n] = process.argv.slice(2);
  makePressCorpus(dir ?? 'bench/results/corpus', Number(n ?? 1000));
}
