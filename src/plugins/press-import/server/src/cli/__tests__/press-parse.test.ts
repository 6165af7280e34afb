import { spawnSync } from 'child_process';
import { readdirSync } from 'fs';
import * as path from 'path';
import { pressParseOutputSchema } from '../../parser/contract-schema';
import { parseArguments, UsageError } from '../press-parse';

// End-to-end: the command as press staff run it, in a child process.

const REPO = path.resolve(__dirname, '../../../../../../..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const CLI = path.join('src', 'plugins', 'press-import', 'server', 'src', 'cli', 'press-parse.ts');
const PRESS = path.join('tests', 'fixtures', 'press');
const BAD = path.join('tests', 'fixtures', 'press-bad');

jest.setTimeout(60000);

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const txtFiles = (directory: string): string[] =>
  readdirSync(path.join(REPO, directory))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(directory, name));

describe('press:parse command', () => {
  it('Given the fixture folder, when run, then stdout is one JSON array, one result per file in path order, and the exit code is 0', () => {
    const { status, stdout } = run(PRESS);

    const output = pressParseOutputSchema.parse(JSON.parse(stdout));
    expect(output.map((result) => result.file)).toEqual(txtFiles(PRESS));
    expect(output.every((result) => result.ok)).toBe(true);
    expect(status).toBe(0);
  });

  it('Given the fixture folder and the bad folder, when run, then every file is in the array, the bad ones rejected, and the exit code is 1', () => {
    const { status, stdout, stderr } = run(PRESS, BAD);

    const output = pressParseOutputSchema.parse(JSON.parse(stdout));
    expect(output.map((result) => result.file)).toEqual([...txtFiles(PRESS), ...txtFiles(BAD)]);
    expect(
      output
        .filter((result) => !result.ok)
        .map((result) => (result.ok ? '' : result.error.code))
        .sort(),
    ).toEqual(['EMPTY_FILE', 'EMPTY_FILE', 'NOT_TEXT', 'NO_BODY']);
    expect(status).toBe(1);
    expect(stderr).toContain('rejected');
  });

  it('Given a path that does not exist, when run, then it is bad usage: exit 2 and nothing on stdout', () => {
    const { status, stdout, stderr } = run(path.join(PRESS, 'en-kaznu-qs-ranking.txt'), 'no/such/file.txt');

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no/such/file.txt');
  });

  it('Given --max-bytes smaller than a file, when run, then that file is TOO_LARGE and the exit code is 1', () => {
    const { status, stdout } = run('--max-bytes', '100', path.join(PRESS, 'en-kaznu-qs-ranking.txt'));

    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'TOO_LARGE' }) })]);
    expect(status).toBe(1);
  });

  it('Given an unknown option, when run, then it is bad usage with exit 2', () => {
    const { status, stdout, stderr } = run('--frobnicate', PRESS);

    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown option');
  });
});

describe('parseArguments', () => {
  it('Given options and paths, when parsed, then both are read', () => {
    expect(parseArguments(['--max-bytes=2048', 'a.txt', '--', '-odd-name.txt'])).toEqual({
      maxBytes: 2048,
      paths: ['a.txt', '-odd-name.txt'],
      help: false,
    });
  });

  it.each([[['--max-bytes', 'ten', 'a.txt']], [['--max-bytes']], [[]], [['-x', 'a.txt']]])(
    'Given %j, when parsed, then it is a usage error',
    (argv) => {
      expect(() => parseArguments(argv)).toThrow(UsageError);
    },
  );

  it('Given --help alone, when parsed, then no path is needed', () => {
    expect(parseArguments(['--help']).help).toBe(true);
  });
});
