import { parsePressText } from '../parse';
import type { PressParseSuccess } from '../types';

/** Parses a made-up article given as paragraphs (headline first) and fails the test if it is rejected. */
export function parseArticle(...blocks: string[]): PressParseSuccess {
  const result = parsePressText(Buffer.from(blocks.join('\n\n'), 'utf8'), { file: 'test.txt' });
  if (!result.ok) throw new Error(`rejected: ${result.error.code} ${result.error.message}`);
  return result;
}

export const speakersOf = (result: PressParseSuccess): Array<[string, string | null]> =>
  result.quotes.map((quote) => [quote.text, quote.speaker]);
