export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  'press-import': {
    enabled: true,
    resolve: './src/plugins/press-import',
    config: {
      maxFileBytes: env.int('PRESS_IMPORT_MAX_FILE_BYTES', 2 * 1024 * 1024),
      maxFilesPerRequest: env.int('PRESS_IMPORT_MAX_FILES', 20),
    },
  },
});
