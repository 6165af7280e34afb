import { changesPublicContent } from '../content-version';

test('the Document Service actions that move the content version', () => {
  for (const action of ['publish', 'unpublish', 'delete']) expect(changesPublicContent(action, {})).toBe(true);
  expect(changesPublicContent('create', { status: 'published' })).toBe(true);
  expect(changesPublicContent('update', { status: 'published' })).toBe(true);
  // Drafts are not public: saving one must not invalidate every cached page.
  for (const action of ['create', 'update']) expect(changesPublicContent(action, { status: 'draft' })).toBe(false);
  for (const action of ['findMany', 'findOne', 'count', 'discardDraft']) expect(changesPublicContent(action, {})).toBe(false);
});
