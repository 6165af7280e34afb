// Compiles the plugin and the app once per jest run (see scripts/compile.js), so each
// API or browser test file boots the real Strapi from dist/ in seconds.
const { compile } = require('../../scripts/compile');

module.exports = async () => {
  if (process.env.SKIP_STRAPI_COMPILE === 'true') return;
  await compile();
};
