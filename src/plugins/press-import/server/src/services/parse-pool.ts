import path from 'path';
import Piscina from 'piscina';
import type { PressParseResult } from '../parser/types';
import type { ParseTextOptions } from '../parser/types';

export type ParsePoolSettings = {
  /** Worker threads that parse at once (the rest of the tasks wait in the queue); read when the pool starts. */
  threads: number;
  /** Files waiting for a thread, across all requests; over it the pool is busy. */
  maxQueue: number;
  /** One file's parse is stopped (its thread replaced) after this long. */
  timeoutMs: number;
};

import type { ImportLimitCode } from '../domain/import-limits';

/** A parse as the importer sees it: the parser's, or refused by the pool (time) or by the import limits. */
export type PoolParseResult = PressParseResult | { file: string; ok: false; error: { code: 'PARSE_TIMEOUT' | ImportLimitCode; message: string } };

/** Every thread is parsing and the queue is full: the caller should answer 503 and come back. */
export class ParsePoolBusyError extends Error {
  constructor() {
    super('The importer is busy parsing other uploads: try again in a moment');
    this.name = 'ParsePoolBusyError';
  }
}

/**
 * Parses uploads in worker threads (piscina), so a large or hostile file costs a worker's
 * time, not the event loop that serves every other request. Threads start on the first
 * task and stop when idle. A file that takes longer than `timeoutMs` is reported as
 * PARSE_TIMEOUT and its thread is terminated.
 */
export function createParsePool(settings: () => ParsePoolSettings, filename = path.join(__dirname, '..', 'parser', 'worker.js')) {
  let pool: Piscina | null = null;
  const open = () => (pool ??= new Piscina({ filename, minThreads: 0, maxThreads: settings().threads, idleTimeout: 30_000 }));
  // Tasks are handed to piscina only when a thread is free, so the time limit counts a
  // file's own parse, never its wait behind another upload.
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next(); // the place passes to the next task: `running` stays
    else running -= 1;
  };
  const acquire = async () => {
    const { threads, maxQueue } = settings();
    if (running < threads) {
      running += 1;
      return;
    }
    if (waiting.length >= maxQueue) throw new ParsePoolBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve)); // `release` hands over its place
  };

  async function parse(bytes: Uint8Array, parseOptions: ParseTextOptions): Promise<PoolParseResult> {
    await acquire();
    const { timeoutMs } = settings();
    try {
      return await open().run({ bytes, options: parseOptions }, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error: any) {
      if (error?.name === 'AbortError' || error?.name === 'TimeoutError') {
        const seconds = Math.round(timeoutMs / 100) / 10;
        return { file: parseOptions.file, ok: false, error: { code: 'PARSE_TIMEOUT', message: `Parsing took longer than ${seconds} s: the text is not shaped like a press release` } };
      }
      throw error;
    } finally {
      release();
    }
  }

  async function destroy() {
    const workers = pool;
    pool = null;
    await workers?.destroy();
  }

  return { parse, destroy, stats: () => ({ parsing: running, queued: waiting.length }) };
}

export type ParsePool = ReturnType<typeof createParsePool>;
