'use strict';
// The server part is TypeScript compiled by `npm run build:plugin` (run for you by
// postinstall, develop, build, start, test and the CLI) into ./dist/server.
try {
  module.exports = require('./dist/server');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]server/.test(error.message)) {
    throw new Error(
      'press-import is not compiled: run `npm run build:plugin` (or `npm install`) in the project root.'
    );
  }
  throw error;
}
