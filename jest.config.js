// Two projects: `unit` (pure code: parser, matching; no Strapi) and `api` (a real
// Strapi booted once per run on a throw-away database, driven with supertest).
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/.strapi/'],
  // `feed` is published as an ES module only (exported for `import` alone): jest, which
  // runs CommonJS, resolves it to its file and transpiles it (src/delivery/load-feed.ts).
  moduleNameMapper: { '^feed$': '<rootDir>/node_modules/feed/lib/feed.js' },
  transformIgnorePatterns: ['/node_modules/(?!feed/)'],
};

module.exports = {
  // Booting Strapi on a new PostgreSQL database takes a few seconds.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
    },
  ],
};
