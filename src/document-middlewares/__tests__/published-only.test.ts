import { isContentApiRequest, mayReadDrafts } from '../published-only';
import { PublishedRootArgs } from '../../delivery/graphql-public-args';

const ctx = (path: string, routeType?: string, auth?: object) => ({
  path,
  state: { ...(routeType ? { route: { info: { type: routeType } } } : {}), ...(auth ? { auth } : {}) },
});
const fullAccess = { strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } };
const readOnly = { strategy: { name: 'content-api-token' }, credentials: { type: 'read-only' } };

describe('which requests are content-API requests', () => {
  test('REST and custom routes are marked content-api by Strapi', () => {
    expect(isContentApiRequest(ctx('/api/articles', 'content-api'))).toBe(true);
    expect(isContentApiRequest(ctx('/content-manager/collection-types/x', 'admin'))).toBe(false);
  });

  test('GraphQL is recognised by its configured endpoint even before the plugin marks it', () => {
    expect(isContentApiRequest(ctx('/graphql'))).toBe(true);
    expect(isContentApiRequest(ctx('/graphql/'))).toBe(true);
    expect(isContentApiRequest(ctx('/cms/gql'), '/cms/gql')).toBe(true);
    expect(isContentApiRequest(ctx('/graphql'), '/cms/gql')).toBe(false);
    expect(isContentApiRequest(ctx('/graphql-like-admin-page'))).toBe(false);
  });
});

describe('mayReadDrafts', () => {
  test('outside a request (CLI, bootstrap) and in the admin: yes', () => {
    expect(mayReadDrafts(undefined)).toBe(true);
    expect(mayReadDrafts(ctx('/content-manager/x', 'admin'))).toBe(true);
  });

  test('content API: only with a full-access API token, on REST and GraphQL alike', () => {
    for (const c of [ctx('/api/articles', 'content-api'), ctx('/graphql')]) {
      expect(mayReadDrafts(c)).toBe(false);
      expect(mayReadDrafts({ ...c, state: { ...c.state, auth: readOnly } })).toBe(false);
      expect(mayReadDrafts({ ...c, state: { ...c.state, auth: fullAccess } })).toBe(true);
    }
  });
});

test('GraphQL root args handed to relations are stored as published, without cohort filters', () => {
  const map = new PublishedRootArgs();
  map.set('articles', { status: 'draft', publicationFilter: 'modified', hasPublishedVersion: false, locale: 'kk' });
  expect(map.get('articles')).toEqual({ status: 'published', publicationFilter: undefined, hasPublishedVersion: undefined, locale: 'kk' });
});
