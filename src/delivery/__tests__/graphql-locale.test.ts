import { graphqlLocaleProblem } from '../graphql-locale';

const KNOWN = ['en', 'kk', 'ru'];

test.each([
  [undefined, true, null],
  ['kk', false, null],
  ['*', true, null],
  ['*', false, /only accepted on list queries/],
  ['all', true, /Unknown locale "all"\. Available locales: en, kk, ru/],
  ['fr', true, /Unknown locale "fr"/],
  [['en'], true, /Unknown locale/],
])('locale %p (list: %p)', (locale, isList, expected) => {
  const problem = graphqlLocaleProblem(locale, isList, KNOWN);
  if (expected === null) expect(problem).toBeNull();
  else expect(problem).toMatch(expected);
});
