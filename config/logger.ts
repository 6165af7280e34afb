import { winston, formats } from '@strapi/logger';

// STRAPI_LOG_LEVEL=error keeps test runs quiet; the default shows HTTP requests.
export default {
  level: process.env.STRAPI_LOG_LEVEL || 'http',
  transports: [new winston.transports.Console({ format: formats.prettyPrint() })],
};
