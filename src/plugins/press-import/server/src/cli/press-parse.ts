/**
 * `npm run --silent press:parse -- [options] <file-or-directory>...`
 *
 * Parses press-service text files without touching a database or starting Strapi and
 * prints one JSON array (one object per file, input order) on stdout. Logs go to stderr.
 * Exit status: 0 all files parsed, 1 some file rejected, 2 bad usage.
 */
import { DEFAULT_MAX_BYTES, listPressFiles, MissingPathError, parsePressFile } from '../parser';

const USAGE = `Usage: npm run --silent press:parse -- [options] <file-or-directory>...

Parses press-service texts and prints what would be imported as a JSON array on stdout.
A directory means every *.txt file below it, in sorted path order.

Options:
  --max-bytes N   reject files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  -h, --help      show this help

Exit status: 0 every file parsed, 1 some file rejected, 2 bad usage.
`;

export interface CliOptions {
  maxBytes: number;
  paths: string[];
  help: boolean;
}

export class UsageError extends Error {}

export function parseArguments(argv: string[]): CliOptions {
  const options: CliOptions = { maxBytes: DEFAULT_MAX_BYTES, paths: [], help: false };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
    } else if (arg === '--') {
      onlyPaths = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--max-bytes' || arg.startsWith('--max-bytes=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined || !/^\d+$/.test(value) || Number(value) <= 0) {
        throw new UsageError(`--max-bytes needs a positive whole number of bytes, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      }
      options.maxBytes = Number(value);
    } else {
      throw new UsageError(`Unknown option: ${arg}`);
    }
  }
  if (!options.help && options.paths.length === 0) throw new UsageError('No file or directory given.');
  return options;
}

/** Writes respecting back-pressure, so a huge batch never piles up in memory. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export async function run(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`press:parse: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stderr.write(USAGE);
    return 0;
  }
  let files: string[];
  try {
    files = await listPressFiles(options.paths);
  } catch (error) {
    if (error instanceof MissingPathError) {
      process.stderr.write(`press:parse: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let rejected = 0;
  await write('[');
  // One file at a time: a large folder is never held in memory.
  for (let i = 0; i < files.length; i++) {
    const result = await parsePressFile(files[i], { maxBytes: options.maxBytes });
    if (!result.ok) {
      rejected++;
      process.stderr.write(`press:parse: ${files[i]}: ${result.error.code} ${result.error.message}\n`);
    }
    await write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(result)}`);
  }
  await write(files.length ? '\n]\n' : ']\n');
  process.stderr.write(`press:parse: ${files.length - rejected} parsed, ${rejected} rejected\n`);
  return rejected > 0 ? 1 : 0;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`press:parse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
