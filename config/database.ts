import path from 'path';

// SQLite (embedded) is the default for development and tests; PostgreSQL is the
// production database, chosen with DATABASE_CLIENT=postgres plus DATABASE_URL or the
// DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD variables.
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const sqliteFile = env('DATABASE_FILENAME', '.tmp/data.db');
  const connections = {
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        ssl: env.bool('DATABASE_SSL', false) && {
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      connection: {
        // config is compiled to dist/config, so the app root is two levels up.
        filename: path.isAbsolute(sqliteFile)
          ? sqliteFile
          : path.join(__dirname, '..', '..', sqliteFile),
      },
      useNullAsDefault: true,
      pool: {
        // Write-ahead logging: readers (the server) are not blocked by a writer (an
        // import from the CLI), and a commit does not wait for a full fsync of the
        // database file. busy_timeout lets a second process wait for the lock instead
        // of failing at once.
        afterCreate: (conn, done) => {
          if (env.bool('DATABASE_SQLITE_WAL', true)) {
            conn.pragma('journal_mode = WAL');
            conn.pragma('synchronous = NORMAL');
          }
          conn.pragma(`busy_timeout = ${env.int('DATABASE_SQLITE_BUSY_TIMEOUT', 5000)}`);
          done(null, conn);
        },
      },
    },
  };

  if (!connections[client]) {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
