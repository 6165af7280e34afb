import { duplicateGroups, emptyFieldsToFill, institutionKeys, newSpellings, speakerKeys, wouldLoop } from '../merge';
import { abbreviationKey } from '../match';

describe('merge rules', () => {
  it('Given known spellings, when B brings its own, then only the new ones are added, once, in order', () => {
    expect(newSpellings(['Arman Bekov', 'arman bekov '], ['Bekov Arman', ' ARMAN BEKOV', 'Беков Арман', 'Bekov Arman', '', null])).toEqual(['Bekov Arman', 'Беков Арман']);
    expect(newSpellings(['KazNU'], ['Kaz NU', 'K.N.U.', 'KNU'], abbreviationKey)).toEqual(['K.N.U.']);
  });

  it('Given empty and filled fields, when filling, then only fields empty in the target and filled in the source are taken', () => {
    expect(emptyFieldsToFill({ position: 'Rector', bio: ' ', honorific: null }, { position: 'Dean', bio: 'Born in 1960', honorific: '' }, ['position', 'bio', 'honorific'])).toEqual({ bio: 'Born in 1960' });
    const kindEmpty = (f: string, v: unknown) => v == null || (f === 'kind' && v === 'other');
    expect(emptyFieldsToFill({ kind: 'other' }, { kind: 'university' }, ['kind'], kindEmpty)).toEqual({ kind: 'university' });
  });

  it('Given names in other orders and scripts, when grouped, then one person is one group and a lone surname groups nobody', () => {
    const entries = [
      { documentId: 'a', keys: speakerKeys(['Arman Bekov']) },
      { documentId: 'b', keys: speakerKeys(['Bekov Arman']) },
      { documentId: 'c', keys: speakerKeys(['Ғалымқайыр Мұтанов']) },
      { documentId: 'd', keys: speakerKeys(['Galymkair Mutanov', 'Prof. G. Mutanov']) },
      { documentId: 'e', keys: speakerKeys(['Bekov']) },
      { documentId: 'f', keys: speakerKeys(['Arman Bekova']) },
    ];
    expect(duplicateGroups(entries)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('Given three entries linked through two keys, when grouped, then they are one group', () => {
    expect(duplicateGroups([{ documentId: 'a', keys: ['x'] }, { documentId: 'b', keys: ['y'] }, { documentId: 'c', keys: ['x', 'y'] }])).toEqual([['a', 'b', 'c']]);
  });

  it('Given institutions, when keyed, then a name and an abbreviation in another spelling are the same key', () => {
    const a = institutionKeys(['Al-Farabi Kazakh National University'], ['KazNU']);
    const b = institutionKeys(['The Al-Farabi Kazakh National University'], []);
    const c = institutionKeys(['Some Institute'], ['Kaz NU']);
    expect(duplicateGroups([{ documentId: 'a', keys: a }, { documentId: 'b', keys: b }, { documentId: 'c', keys: c }])).toEqual([['a', 'b', 'c']]);
  });

  it('Given parents, when a new parent is an own descendant, then it is a loop', () => {
    const parents = new Map([['child', 'a'], ['grandchild', 'child']]);
    const parentOf = (id: string) => parents.get(id);
    expect(wouldLoop(parentOf, 'a', 'grandchild')).toBe(true);
    expect(wouldLoop(parentOf, 'a', 'a')).toBe(true);
    expect(wouldLoop(parentOf, 'grandchild', 'a')).toBe(false);
    expect(wouldLoop((id) => (id === 'x' ? 'y' : 'x'), 'a', 'x')).toBe(false); // a loop elsewhere ends the walk
  });
});
