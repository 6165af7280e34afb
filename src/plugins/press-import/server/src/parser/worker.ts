import { parsePressText } from './parse';
import type { ParseTextOptions } from './types';

/**
 * The parser as a worker-thread task (services/parse-pool.ts): the admin API parses
 * uploads here, off the server's event loop. The parser is pure, so the result is the
 * same as in the main thread; it crosses the thread boundary as a structured clone.
 */
export default function parseTask({ bytes, options }: { bytes: Uint8Array; options: ParseTextOptions }) {
  return parsePressText(bytes, options);
}
