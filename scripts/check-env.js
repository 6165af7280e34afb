#!/usr/bin/env node
// Run before `npm start`: in production every secret must come from the environment
// (nothing is generated there). A missing one stops the start with a message that
// names it, instead of a stack trace from deep inside Strapi.
'use strict';
const { SECRET_KEYS } = require('./env-keys');

function missingVariables(env = process.env) {
  const missing = SECRET_KEYS.filter((key) => !env[key] || !String(env[key]).trim());
  if (env.DATABASE_CLIENT === 'postgres' && !env.DATABASE_URL && !env.DATABASE_HOST) {
    missing.push('DATABASE_URL (or DATABASE_HOST, DATABASE_NAME, DATABASE_USERNAME, DATABASE_PASSWORD)');
  }
  return missing;
}

module.exports = { missingVariables };

if (require.main === module) {
  if (process.env.NODE_ENV !== 'production') process.exit(0);
  // Strapi reads .env too; a production .env written by the operator counts.
  require('dotenv').config({ path: process.env.ENV_FILE || require('path').join(__dirname, '..', '.env') });
  const missing = missingVariables();
  if (missing.length > 0) {
    console.error(
      `Cannot start in production: missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.\n` +
        'Set them in the environment (see "Running in production" in README.md); random local values are generated only outside production.'
    );
    process.exit(1);
  }
}
