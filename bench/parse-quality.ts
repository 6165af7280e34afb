import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { parsePressText } from '../src/plugins/press-import/server/src/parser';
import { loadCorpus, scoreFile, summarise, type FileScore, type QuoteExpectation } from '../tests/unit/support/corpus-metrics';
import { expectationOf, loadRealTexts, readManifest } from '../tests/unit/support/real-manifest';

/**
 * Prints quote precision, recall, attribution accuracy and speaker-fact accuracy per
 * language. Run: npx tsx bench/parse-quality.ts [--details] [corpus-dir] [--manifest file]
 *
 * A directory with `X.expected.json` files (the fixtures, the default) is scored from them.
 * A directory without them (bench/real) is scored from its manifest: `--manifest`, or
 * `<dir>-manifest.json` beside it (bench/real-manifest.json); texts missing on this machine
 * are listed (bench/real-texts.ts says how to gather them again).
 */

const args = process.argv.slice(2);
const details = args.includes('--details');
const manifestIndex = args.indexOf('--manifest');
const manifestArg = manifestIndex === -1 ? undefined : args[manifestIndex + 1];
const positional = args.filter((arg, i) => !arg.startsWith('--') && !(manifestIndex !== -1 && i === manifestIndex + 1));
const directory = path.resolve(positional[0] ?? path.join(__dirname, '..', 'tests', 'fixtures', 'press'));

interface Item {
  name: string;
  group: string;
  bytes: Buffer;
  expected: QuoteExpectation;
}

function load(): { items: Item[]; missing: string[] } {
  const hasExpectations = existsSync(directory) && readdirSync(directory).some((name) => name.endsWith('.expected.json'));
  if (hasExpectations && !manifestArg) {
    const items = loadCorpus(directory).map((entry) => ({
      name: entry.name,
      group: entry.expected.locale,
      bytes: entry.bytes,
      expected: entry.expected,
    }));
    return { items, missing: [] };
  }
  const manifestFile = manifestArg ? path.resolve(manifestArg) : `${directory.replace(/[\\/]+$/, '')}-manifest.json`;
  if (!existsSync(manifestFile)) throw new Error(`${directory} has no .expected.json files and there is no manifest ${manifestFile}`);
  const { present, missing } = loadRealTexts(directory, readManifest(manifestFile));
  const items = present.map(({ entry, bytes }) => ({ name: entry.file, group: entry.language, bytes, expected: expectationOf(entry) }));
  return { items, missing: missing.map((entry) => `${entry.file}  ${entry.url}`) };
}

function printDetails(name: string, score: FileScore): void {
  const misses = score.speakerFacts.misses;
  if (!(score.unmatchedFound.length || score.unmatchedExpected.length || score.wrongSpeaker.length || score.notQuoteViolations.length || misses.length))
    return;
  console.log(name);
  for (const text of score.unmatchedFound) console.log(`  extra quote:   ${text.slice(0, 110)}`);
  for (const text of score.unmatchedExpected) console.log(`  missed quote:  ${text.slice(0, 110)}`);
  for (const wrong of score.wrongSpeaker)
    console.log(`  wrong speaker: ${wrong.found} (expected ${wrong.expected}) for ${wrong.text.slice(0, 60)}`);
  for (const text of score.notQuoteViolations) console.log(`  title as quote: ${text.slice(0, 110)}`);
  for (const miss of misses) console.log(`  speaker ${miss.field}: ${JSON.stringify(miss.found)} (expected ${JSON.stringify(miss.expected)}) for ${miss.name}`);
}

const { items, missing } = load();
const scores = items.map((item) => {
  const result = parsePressText(item.bytes, { file: item.name });
  const score = scoreFile(result, item.expected);
  if (details) printDetails(item.name, score);
  return { locale: item.group, score };
});

const summary = summarise(scores);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const violations = scores.reduce((sum, { score }) => sum + score.notQuoteViolations.length, 0);
console.log(`corpus: ${directory} (${items.length} files${missing.length ? `, ${missing.length} missing` : ''})`);
console.log('locale   files  expected  found  matched  precision  recall  attribution  speaker facts');
for (const [locale, total] of Object.entries(summary)) {
  console.log(
    `${locale.padEnd(7)}  ${String(total.files).padStart(5)}  ${String(total.expected).padStart(8)}  ${String(total.found).padStart(5)}  ${String(total.matched).padStart(7)}  ${percent(total.precision).padStart(9)}  ${percent(total.recall).padStart(6)}  ${percent(total.attribution).padStart(11)}  ${`${percent(total.speakerFacts)} of ${total.speakerFactsChecked}`.padStart(13)}`,
  );
}
console.log(`non-speech quoted as quotes: ${violations}`);
if (missing.length) {
  console.log('missing texts (gather them again with bench/real-texts.ts):');
  for (const line of missing) console.log(`  ${line}`);
}
