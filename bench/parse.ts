import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { decodeBytes, parsePressText } from '../src/plugins/press-import/server/src/parser';

/**
 * Parser throughput on one core. Run: npx tsx bench/parse.ts [corpus-dir]
 *
 * 1. The fixture corpus, repeated to at least 20 MB: parse (read + decode + full parse)
 *    against the bare cost of reading and decoding the same files in the same run, the
 *    two interleaved three times (median and spread).
 * 2. Synthetic articles of ~1 KB, ~100 KB and ~1 MB, to show the cost grows linearly
 *    (the paragraph limit is lifted so the 1 MB text is parsed, not refused).
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
const REPS = 3;
const bare: number[] = [];
const full: number[] = [];
// A (read+decode) and B (full parse) interleaved, REPS times: machine noise hits both.
for (let rep = 0; rep < REPS; rep++) {
  bare.push(timeRounds((file) => {
    decodeBytes(readFileSync(file));
  }));
  full.push(timeRounds((file) => {
    parsePressText(readFileSync(file), { file });
  }));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (seconds: number) => megabytes(totalBytes) / seconds;
const line = (label: string, runs: number[]) =>
  `${label}: ${rate(median(runs)).toFixed(1).padStart(7)} MB/s  ${(totalFiles / median(runs)).toFixed(0).padStart(7)} files/s` +
  `  (spread ${rate(Math.max(...runs)).toFixed(1)}–${rate(Math.min(...runs)).toFixed(1)} MB/s)`;

console.log(`corpus: ${files.length} files, ${corpusBytes} bytes, repeated ${rounds}x = ${megabytes(totalBytes).toFixed(1)} MB; medians of ${REPS} interleaved runs`);
console.log(line('read+decode ', bare));
console.log(line('full parse  ', full));
const ratios = full.map((seconds, i) => seconds / bare[i]);
console.log(`parse / read+decode time ratio: ${median(ratios).toFixed(1)}x (spread ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)})`);

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

console.log('\nsize        bytes    runs   MB/s   ms/file   result');
for (const [label, size] of [
  ['~1 KB', 1024],
  ['~100 KB', 100 * 1024],
  ['~1 MB', 1024 * 1024],
] as const) {
  const article = syntheticArticle(size);
  const runs = Math.max(3, Math.ceil((8 * 1024 * 1024) / article.length));
  const warm = parsePressText(article, { file: label, maxBytes: 4 * 1024 * 1024, maxParagraphs: 100_000 });
  // A refused file (a limit: paragraphs, quotes) costs little and would fake linearity.
  const outcome = warm.ok ? `${warm.quotes.length} quotes` : `refused: ${warm.error.code}`;
  const started = performance.now();
  for (let i = 0; i < runs; i++) parsePressText(article, { file: label, maxBytes: 4 * 1024 * 1024, maxParagraphs: 100_000 });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(8)} ${String(article.length).padStart(8)} ${String(runs).padStart(7)} ${(megabytes(article.length * runs) / seconds).toFixed(1).padStart(6)} ${((seconds / runs) * 1000).toFixed(2).padStart(9)}   ${outcome}`,
  );
}
