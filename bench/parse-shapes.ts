import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parsePressText } from '../src/plugins/press-import/server/src/parser';
import { hostileShapes } from '../tests/unit/support/hostile-shapes';

/**
 * Parser cost on hostile shapes (issue 11): each shape at 1 KB, 10 KB, 100 KB, 1 MB and
 * 2 MB, with the fixture corpus as a baseline in the same run. Prints ms per MB at each
 * size and the growth of the time from 100 KB to 2 MB (linear ≈ 20×, quadratic ≈ 400×).
 *
 *   npx tsx bench/parse-shapes.ts [--budget=SECONDS] [shape…]
 *
 * A size whose predicted time (extrapolated with the growth seen between the two sizes
 * before it) is over the budget (default 60 s) is skipped and shown as `>Ns?`, so the
 * bench also finishes on a superlinear parser.
 */

const args = process.argv.slice(2);
const budget = Number(args.find((arg) => arg.startsWith('--budget='))?.slice(9) ?? 60) * 1000;
const only = args.filter((arg) => !arg.startsWith('--'));
const SIZES: Array<[string, number]> = [
  ['1K', 1024],
  ['10K', 10 * 1024],
  ['100K', 100 * 1024],
  ['1M', 1024 * 1024],
  ['2M', 2 * 1024 * 1024],
];
const MAX_BYTES = 2 * 1024 * 1024;
const MB = 1024 * 1024;

/** Milliseconds of one parse, averaged over enough runs to last ~300 ms. */
function timeParse(bytes: Buffer): { ms: number; code: string } {
  let runs = 0;
  let code = '';
  const started = performance.now();
  do {
    const result = parsePressText(bytes, { file: 'bench.txt', maxBytes: MAX_BYTES });
    code = result.ok ? `ok ${result.paragraphs.length}p ${result.quotes.length}q ${result.speakers.length}s` : result.error.code;
    runs++;
  } while (performance.now() - started < 300 && runs < 1000);
  return { ms: (performance.now() - started) / runs, code };
}

// Baseline: the fixture corpus (warms up the JIT and the data files too).
const directory = path.join(__dirname, '..', 'tests', 'fixtures', 'press');
const corpus = readdirSync(directory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(directory, name)));
const corpusBytes = corpus.reduce((sum, bytes) => sum + bytes.length, 0);
for (const bytes of corpus) parsePressText(bytes, { file: 'warm-up' });
let rounds = 0;
const corpusStart = performance.now();
while (performance.now() - corpusStart < 2000) {
  for (const bytes of corpus) parsePressText(bytes, { file: 'corpus' });
  rounds++;
}
const corpusMs = performance.now() - corpusStart;
console.log(
  `baseline: fixture corpus, ${corpus.length} files, ${(corpusBytes / 1024).toFixed(0)} KB, ${rounds} rounds: ` +
    `${((corpusMs / (corpusBytes * rounds)) * MB).toFixed(0)} ms/MB, ${(corpusMs / (corpus.length * rounds)).toFixed(2)} ms/file`,
);
console.log('');
console.log(`${'shape'.padEnd(22)} ${SIZES.map(([label]) => `${label} ms/MB`.padStart(11)).join(' ')}   2M ms  2M/100K  answer at 2M`);

let worst: { name: string; ms: number } | null = null;
for (const shape of hostileShapes) {
  if (only.length && !only.includes(shape.name)) continue;
  const cells: string[] = [];
  const times = new Map<string, number>();
  let previous: { ms: number; size: number } | null = null;
  /** Growth exponent seen between the last two sizes (1 linear, 2 quadratic), for the prediction. */
  let exponent = 2;
  let answer = '';
  for (const [label, size] of SIZES) {
    const predicted = previous ? previous.ms * (size / previous.size) ** exponent : 0;
    if (predicted > budget) {
      cells.push(`>${(predicted / 1000).toFixed(0)}s?`.padStart(11));
      continue;
    }
    const bytes = shape.build(size);
    const { ms, code } = timeParse(bytes);
    times.set(label, ms);
    if (previous) exponent = Math.min(2, Math.max(1, Math.log(ms / previous.ms) / Math.log(bytes.length / previous.size)));
    previous = { ms, size: bytes.length };
    answer = `${code} (${label})`;
    cells.push(((ms / bytes.length) * MB).toFixed(0).padStart(11));
  }
  const big = times.get('2M');
  const small = times.get('100K');
  if (big !== undefined && (!worst || big > worst.ms)) worst = { name: shape.name, ms: big };
  const growth = big !== undefined && small !== undefined ? `${(big / small).toFixed(1)}×` : '-';
  console.log(`${shape.name.padEnd(22)} ${cells.join(' ')} ${(big?.toFixed(0) ?? '-').padStart(7)} ${growth.padStart(8)}  ${answer}`);
}

// A request carries at most 8 MiB of text (maxTextBytesPerRequest): four files at the limit.
if (worst) {
  console.log(
    `\nworst 2 MiB file: ${worst.name}, ${worst.ms.toFixed(0)} ms; worst request (8 MiB of text, 4 such files): ~${((4 * worst.ms) / 1000).toFixed(1)} s`,
  );
}
