import fs from 'fs';
import os from 'os';
import path from 'path';
import { runImport, summaryJson, type RunnerImporter } from '../import-runner';

// The runner's own rules, with a scripted importer standing in for the database layer
// (the real importer and database are exercised by tests/api/press-import-cli.test.ts and
// tests/api/import-pg-outage.test.ts).
let dir: string;
let files: string[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  files = ['a', 'b', 'c', 'd', 'e'].map((name) => {
    const file = path.join(dir, `${name}.txt`);
    fs.writeFileSync(file, `Title ${name}\n\nText.\n`);
    return file;
  });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const connectionLost = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

function scripted(behaviour: Record<string, 'ok' | 'fail' | 'throw' | 'db-outcome' | 'db-throw'>) {
  const calls: string[] = [];
  const importer: RunnerImporter = {
    async importFile(input) {
      const name = path.basename(input.fileName, '.txt');
      calls.push(name);
      switch (behaviour[name] ?? 'ok') {
        case 'fail':
          return { fileName: input.fileName, sha256: 'x', status: 'failed', warnings: [], error: { code: 'NO_TITLE', message: 'no title' } };
        case 'throw':
          throw new Error('unexpected bug');
        case 'db-outcome':
          return { fileName: input.fileName, sha256: 'x', status: 'failed', warnings: [], error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable' } };
        case 'db-throw':
          throw connectionLost();
        default:
          return { fileName: input.fileName, sha256: name, status: 'imported', warnings: [] };
      }
    },
    async preview() {
      throw connectionLost();
    },
  };
  return { importer, calls };
}

const names = (list: Array<{ fileName: string }> | string[]) => list.map((o: any) => path.basename(typeof o === 'string' ? o : o.fileName, '.txt'));

test('a failing file is reported and the run goes on', async () => {
  const { importer, calls } = scripted({ b: 'fail', d: 'throw' });
  const summary = await runImport(files, importer, { maxBytes: 1000 });
  expect(calls).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(names(summary.imported)).toEqual(['a', 'c', 'e']);
  expect(summary.failed.map((o) => [path.basename(o.fileName, '.txt'), o.error?.code])).toEqual([
    ['b', 'NO_TITLE'],
    ['d', 'IMPORT_FAILED'],
  ]);
  expect(summary.stopped).toBeUndefined();
});

test.each(['db-outcome', 'db-throw'] as const)('the database going away (%s) stops the run and lists what remains, the running file first', async (how) => {
  const { importer, calls } = scripted({ c: how });
  const summary = await runImport(files, importer, { maxBytes: 1000 });
  expect(calls).toEqual(['a', 'b', 'c']);
  expect(names(summary.imported)).toEqual(['a', 'b']);
  expect(summary.failed.map((o) => o.error?.code)).toEqual(['DATABASE_UNAVAILABLE']);
  expect(summary.stopped?.code).toBe('DATABASE_UNAVAILABLE');
  expect(names(summary.stopped!.remaining)).toEqual(['c', 'd', 'e']);
});

test('a dry run without a database stops at the first file', async () => {
  const { importer } = scripted({});
  const summary = await runImport(files, importer, { maxBytes: 1000, dryRun: true });
  expect(summary.failed).toHaveLength(1);
  expect(summary.failed[0].error?.message).toMatch(/^The database is unavailable \(terminating connection due to administrator command\)/);
  expect(names(summary.stopped!.remaining)).toEqual(['a', 'b', 'c', 'd', 'e']);
});

test('a file over the size limit is never read and does not stop the run', async () => {
  const { importer, calls } = scripted({});
  const summary = await runImport(files, importer, { maxBytes: 5 });
  expect(calls).toEqual([]);
  expect(summary.failed.map((o) => o.error?.code)).toEqual(['TOO_LARGE', 'TOO_LARGE', 'TOO_LARGE', 'TOO_LARGE', 'TOO_LARGE']);
});

describe('summaryJson', () => {
  const summary: any = { imported: [{ fileName: 'a.txt' }, { fileName: 'b.txt' }], already: [{ fileName: 'c.txt' }], failed: [{ fileName: 'd.txt', error: { code: 'NOT_TEXT', message: 'x' } }] };
  test('a real run counts what it imported', () => {
    expect(summaryJson(summary, false)).toEqual({ imported: 2, alreadyImported: 1, failed: [{ file: 'd.txt', error: { code: 'NOT_TEXT', message: 'x' } }] });
  });
  test('a dry run says so and imports nothing', () => {
    expect(summaryJson(summary, true)).toEqual({ dryRun: true, wouldImport: 2, imported: 0, alreadyImported: 1, failed: [{ file: 'd.txt', error: { code: 'NOT_TEXT', message: 'x' } }] });
  });
});
