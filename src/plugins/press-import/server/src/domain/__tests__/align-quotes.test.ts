import { alignQuotes } from '../align-quotes';

describe('alignQuotes: a translation\'s quotes against its original\'s, by speaker', () => {
  it('Given the same speakers in the same order, when aligned, then each quote pairs with the one at its place', () => {
    expect(alignQuotes(['a', 'b', 'b'], ['a', 'b', 'b'])).toEqual([0, 1, 2]);
  });

  it('Given an original with one quote more in the middle, when aligned, then the later quotes keep their speakers', () => {
    // en: Tuimebayev, Karabulov ×3, Friberg-Stori ×3; ru has one Karabulov quote fewer.
    expect(alignQuotes(['t', 'k', 'k', 'k', 'f', 'f', 'f'], ['t', 'k', 'k', 'f', 'f', 'f'])).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it('Given a translation with a quote the original lacks, when aligned, then that quote pairs with nothing', () => {
    expect(alignQuotes(['a', 'c'], ['a', 'b', 'c'])).toEqual([0, null, 1]);
  });

  it('Given quotes without a speaker, when aligned, then they pair with each other in order', () => {
    expect(alignQuotes([null, 'a'], [null, 'a'])).toEqual([0, 1]);
  });

  it('Given no original quotes, when aligned, then every quote is new', () => {
    expect(alignQuotes([], ['a', 'b'])).toEqual([null, null]);
  });
});
