#!/usr/bin/env node
// Compiles what a real Strapi needs to boot from dist/: the local plugins' servers
// (src/plugins/{press-import,newsroom-translations}/dist/server) and the TypeScript app
// (config + src, not the admin panel). All compilations are incremental: a second run
// takes a moment.
// Used by the test setup and by the press:import CLI.
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..');

async function compile({ quiet = false } = {}) {
  const started = Date.now();
  for (const plugin of ['press-import', 'newsroom-translations']) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', `src/plugins/${plugin}/tsconfig.server.json`], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const { compileStrapi } = require('@strapi/strapi');
  const log = console.log;
  if (quiet) console.log = () => {};
  try {
    await compileStrapi({ appDir: ROOT, ignoreDiagnostics: false });
  } finally {
    console.log = log;
  }
  if (!quiet) process.stderr.write(`[compile] plugins and app compiled in ${Date.now() - started} ms\n`);
}

module.exports = { compile };

if (require.main === module) {
  compile({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
