import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { decodeBytes, parsePressText } from '../src/plugins/press-import/server/src/parser';

/**
 * Parser throughput on one core. Run: npx tsx bench/parse.ts [corpus-dir]
 *
 * 1. The fixture corpus, repeated to at least 20 MB: parse (read + decode + full parse)
 *    against the bare cost of reading and decoding the same files in the same run.
 * 2. Synthetic articles of ~1 KB, ~100 KB and ~1 MB, to show the cost grows linearly.
 */

const TARGET_BYTES = 20 * 1024 * 1024;
const directory = process.argv[2] ?? path.join(__dirname, '..', 'tests', 'fixtures', 'press');
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => path.join(directory, name));

const corpusBytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
const rounds = Math.ceil(TARGET_BYTES / corpusBytes);
const megabytes = (bytes: number): number => bytes / (1024 * 1024);

function timeRounds(work: (file: string) => void): number {
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const file of files) work(file);
  return (performance.now() - started) / 1000;
}

// Warm-up: JIT, data-file loading, iconv tables.
for (const file of files) parsePressText(readFileSync(file), { file });

const totalBytes = corpusBytes * rounds;
const totalFiles = files.length * rounds;
const bareSeconds = timeRounds((file) => {
  decodeBytes(readFileSync(file));
});
const parseSeconds = timeRounds((file) => {
  parsePressText(readFileSync(file), { file });
});

console.log(`corpus: ${files.length} files, ${corpusBytes} bytes, repeated ${rounds}x = ${megabytes(totalBytes).toFixed(1)} MB`);
console.log(
  `read+decode : ${(megabytes(totalBytes) / bareSeconds).toFixed(1).padStart(7)} MB/s  ${(totalFiles / bareSeconds).toFixed(0).padStart(7)} files/s`,
);
console.log(
  `full parse  : ${(megabytes(totalBytes) / parseSeconds).toFixed(1).padStart(7)} MB/s  ${(totalFiles / parseSeconds).toFixed(0).padStart(7)} files/s`,
);
console.log(`parse / read+decode time ratio: ${(parseSeconds / bareSeconds).toFixed(1)}x`);

// --- Linearity ---------------------------------------------------------------------------
// Long articles built from the corpus' own paragraphs: same mix of quotes and names.
const bodies = files.map((file) =>
  decodeBytes(readFileSync(file))
    .text.split(/\n\s*\n/)
    .slice(1, -1)
    .join('\n\n'),
);
function syntheticArticle(size: number): Buffer {
  const parts = ['Synthetic article for the linearity benchmark', ''];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body, '');
    length += Buffer.byteLength(body) + 2;
  }
  parts.push('Press Service of Al-Farabi Kazakh National University');
  return Buffer.from(parts.join('\n'), 'utf8');
}

console.log('\nsize        bytes    runs   MB/s   ms/file');
for (const [label, size] of [
  ['~1 KB', 1024],
  ['~100 KB', 100 * 1024],
  ['~1 MB', 1024 * 1024],
] as const) {
  const article = syntheticArticle(size);
  const runs = Math.max(3, Math.ceil((8 * 1024 * 1024) / article.length));
  parsePressText(article, { file: label, maxBytes: 4 * 1024 * 1024 });
  const started = performance.now();
  for (let i = 0; i < runs; i++) parsePressText(article, { file: label, maxBytes: 4 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(8)} ${String(article.length).padStart(8)} ${String(runs).padStart(7)} ${(megabytes(article.length * runs) / seconds).toFixed(1).padStart(6)} ${((seconds / runs) * 1000).toFixed(2).padStart(9)}`,
  );
}
