'use strict';
/** Secrets Strapi needs at start; generated locally by ensure-env.js, required from the environment in production. */
const SECRET_KEYS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

module.exports = { SECRET_KEYS };
