'use strict';
// The server part is TypeScript compiled by `npm run build:plugin` (run for you by
// postinstall, develop, build, start and the tests) into ./dist/server.
try {
  module.exports = require('./dist/server');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]server/.test(error.message)) {
    throw new Error(
      'newsroom-translations is not compiled: run `npm run build:plugin` (or `npm install`) in the project root.'
    );
  }
  throw error;
}
