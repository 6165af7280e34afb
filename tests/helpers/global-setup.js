// Compiles the TypeScript app (config + src, not the admin panel) to dist/ once per
// jest run, so each API test file can boot the real Strapi from dist/ in seconds.
const path = require('path');

module.exports = async () => {
  if (process.env.SKIP_STRAPI_COMPILE === 'true') return;
  const { compileStrapi } = require('@strapi/strapi');
  const started = Date.now();
  await compileStrapi({ appDir: path.join(__dirname, '..', '..'), ignoreDiagnostics: false });
  process.stderr.write(`[tests] compiled the app in ${Date.now() - started} ms\n`);
};
