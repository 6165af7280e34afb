import * as path from 'path';
import { parsePressText } from '../src/plugins/press-import/server/src/parser';
import { loadCorpus, scoreFile, summarise } from '../tests/unit/support/corpus-metrics';

/**
 * Prints quote precision, recall and attribution accuracy per language on the fixture
 * corpus. Run: npx tsx bench/parse-quality.ts [--details] [corpus-dir]
 */

const args = process.argv.slice(2);
const details = args.includes('--details');
const directory = args.find((arg) => !arg.startsWith('--')) ?? path.join(__dirname, '..', 'tests', 'fixtures', 'press');

const corpus = loadCorpus(directory);
const scores = corpus.map((entry) => {
  const result = parsePressText(entry.bytes, { file: entry.name });
  const score = scoreFile(result, entry.expected);
  if (
    details &&
    (score.unmatchedFound.length || score.unmatchedExpected.length || score.wrongSpeaker.length || score.notQuoteViolations.length)
  ) {
    console.log(entry.name);
    for (const text of score.unmatchedFound) console.log(`  extra quote:   ${text.slice(0, 110)}`);
    for (const text of score.unmatchedExpected) console.log(`  missed quote:  ${text.slice(0, 110)}`);
    for (const wrong of score.wrongSpeaker)
      console.log(`  wrong speaker: ${wrong.found} (expected ${wrong.expected}) for ${wrong.text.slice(0, 60)}`);
    for (const text of score.notQuoteViolations) console.log(`  title as quote: ${text}`);
  }
  return { locale: entry.expected.locale, score };
});

const summary = summarise(scores);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log(`corpus: ${directory} (${corpus.length} files)`);
console.log('locale  files  expected  found  matched  precision  recall  attribution');
for (const [locale, total] of Object.entries(summary)) {
  console.log(
    `${locale.padEnd(6)}  ${String(total.files).padStart(5)}  ${String(total.expected).padStart(8)}  ${String(total.found).padStart(5)}  ${String(total.matched).padStart(7)}  ${percent(total.precision).padStart(9)}  ${percent(total.recall).padStart(6)}  ${percent(total.attribution).padStart(11)}`,
  );
}
