export default ({ env }) => ({
  // Loopback unless told otherwise, except in production (behind a proxy or in a container).
  host: env('HOST', env('NODE_ENV') === 'production' ? '0.0.0.0' : '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
});
