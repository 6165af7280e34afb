import path from 'path';
import { createParsePool, ParsePoolBusyError, type ParsePoolSettings } from '../parse-pool';

/**
 * The pool's own rules, with real worker threads running a stand-in worker that holds
 * its thread for a given time (the parser itself runs through the pool in the API
 * tests, tests/api/attacks-parser.test.ts).
 */
const WORKER = path.join(__dirname, '..', '..', '..', '..', '..', '..', '..', 'tests', 'fixtures', 'tools', 'busy-worker.js');
const task = (file: string, tensOfMs: number) => [Uint8Array.from([tensOfMs]), { file }] as const;

describe('parse pool', () => {
  let settings: ParsePoolSettings;
  let pool: ReturnType<typeof createParsePool>;
  beforeEach(() => {
    settings = { threads: 1, maxQueue: 2, timeoutMs: 5_000 };
    pool = createParsePool(() => settings, WORKER);
  });
  afterEach(() => pool.destroy());

  it('runs tasks one thread at a time, queues the rest, and refuses past the queue', async () => {
    const runs = [pool.parse(...task('a', 20)), pool.parse(...task('b', 1)), pool.parse(...task('c', 1))];
    expect(pool.stats()).toEqual({ parsing: 1, queued: 2 });
    await expect(pool.parse(...task('d', 1))).rejects.toBeInstanceOf(ParsePoolBusyError);
    expect((await Promise.all(runs)).map((r) => r.file)).toEqual(['a', 'b', 'c']);
    expect(pool.stats()).toEqual({ parsing: 0, queued: 0 });
  });

  it('keeps its count through many hand-overs (a later burst is still bounded)', async () => {
    await Promise.all([pool.parse(...task('a', 1)), pool.parse(...task('b', 1)), pool.parse(...task('c', 1))]);
    await Promise.all([pool.parse(...task('d', 1)), pool.parse(...task('e', 1)), pool.parse(...task('f', 1))]);
    const burst = [pool.parse(...task('g', 5)), pool.parse(...task('h', 1)), pool.parse(...task('i', 1))];
    expect(pool.stats()).toEqual({ parsing: 1, queued: 2 });
    await expect(pool.parse(...task('j', 1))).rejects.toBeInstanceOf(ParsePoolBusyError);
    await Promise.all(burst);
  });

  it('times out a task on its own running time, not on its wait behind another', async () => {
    settings.timeoutMs = 400;
    const [slow, queued] = await Promise.all([pool.parse(...task('slow', 100)), pool.parse(...task('queued', 30))]);
    expect(slow).toMatchObject({ file: 'slow', ok: false, error: { code: 'PARSE_TIMEOUT', message: 'Parsing took longer than 0.4 s: the text is not shaped like a press release' } });
    expect(queued).toEqual({ file: 'queued', ok: true });
  });

  it('uses as many threads as configured', async () => {
    settings.threads = 2;
    const runs = [pool.parse(...task('a', 10)), pool.parse(...task('b', 10)), pool.parse(...task('c', 1))];
    expect(pool.stats()).toEqual({ parsing: 2, queued: 1 });
    await Promise.all(runs);
  });
});
