/**
 * `feed` 5 is published as an ES module only (its package.json exports it for `import`
 * and nothing else), while the app is compiled to CommonJS, where TypeScript would turn
 * `import('feed')` into `require('feed')`. So: `require` first (jest maps and transpiles
 * it, see jest.config.js), else Node's own dynamic import, reached through Function so
 * TypeScript leaves it alone.
 */
type FeedModule = typeof import('feed');

const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<FeedModule>;

let loading: Promise<FeedModule> | undefined;

export function loadFeed(): Promise<FeedModule> {
  loading ??= (async () => {
    try {
      return require('feed') as FeedModule;
    } catch (error: any) {
      if (error?.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && error?.code !== 'ERR_REQUIRE_ESM') throw error;
      return nativeImport('feed');
    }
  })();
  return loading;
}
