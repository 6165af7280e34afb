import { matchInstitution, matchSpeaker, type KnownInstitution, type KnownSpeaker } from '../match';
import { sameName } from '../name-key';
import { cyrillicToLatin, latinToCyrillic, nameForLocale } from '../transliterate';

const known: KnownSpeaker[] = [
  { documentId: 'karabulov', names: ['Ruslan Karabulov', 'Руслан Карабулов'] },
  { documentId: 'friberg', names: ['Michaela Friberg-Stori'] },
  { documentId: 'ivanov', names: ['Sergey Ivanov'] },
  { documentId: 'abdrakhmanov', names: ['Askar Abdrakhmanov'] },
  { documentId: 'tuimebayev', names: ['Zhanseit Tuimebayev'] },
  { documentId: 'ruslan-a', names: ['Ruslan Akhmetov'] },
];

/** The table of expected decisions: [found in the file, expected documentId or 'new']. */
const decisions: Array<[string, string[], string]> = [
  ['Ruslan Karabulov', [], 'karabulov'],
  ['Руслан Карабулов', [], 'karabulov'],
  ['Руслан Қарабұлов', [], 'karabulov'],
  ['Ruslan Qarabulov', [], 'karabulov'],
  ['Mr. Ruslan Karabulov', [], 'karabulov'],
  ['Michaela Friberg-Story', [], 'friberg'],
  ['Микаэла Фриберг-Стори', [], 'friberg'],
  ['Askar Abdrahmanov', [], 'abdrakhmanov'],
  ['Жансеит Түймебаев', [], 'tuimebayev'],
  ['Жансеит Туймебаев', [], 'tuimebayev'],
  ['Zhanseit Tuimebaev', [], 'tuimebayev'],
  ['Anna Ivanova', [], 'new'], // a different person: gendered surname
  ['Sergey Ivanova', [], 'new'],
  ['Ruslana Karabulova', [], 'new'],
  ['Ruslana Karabulov', [], 'new'], // Ruslan ≠ Ruslana
  ['Karabulov', [], 'new'], // a lone surname never merges across articles
  ['Ruslan Akhmetova', [], 'new'],
  ['Aidos Serikbayev', ['Aidos Serikbaev'], 'new'],
  ['Someone Else', ['Michaela Friberg-Stori'], 'friberg'], // matched through an alias
];

describe('matchSpeaker: table of expected decisions', () => {
  test.each(decisions)('%s (aliases %j) → %s', (name, aliases, expected) => {
    const decision = matchSpeaker({ name, aliases }, known);
    expect(decision.kind === 'match' ? decision.documentId : decision.kind).toBe(expected);
  });

  test('a new spelling of a known person is returned as a new alias', () => {
    const decision = matchSpeaker({ name: 'Michaela Friberg-Story', aliases: ['Michaela Friberg-Stori'] }, known);
    expect(decision).toEqual({
      kind: 'match',
      documentId: 'friberg',
      matchedName: 'Michaela Friberg-Stori',
      newAliases: ['Michaela Friberg-Story'],
    });
  });

  test('two known people who both match make the decision ambiguous', () => {
    const twins = [
      { documentId: 'a', names: ['Aliya Nurlanova'] },
      { documentId: 'b', names: ['Алия Нурланова'] },
    ];
    expect(matchSpeaker({ name: 'Aliya Nurlanova', aliases: [] }, twins)).toEqual({ kind: 'ambiguous', candidates: ['a', 'b'] });
  });
});

describe('sameName', () => {
  test.each([
    ['Ivanov Sergey', 'Sergey Ivanov', true],
    ['A. B. Seitkali Aibek', 'Aibek Seitkali', true],
    ['Yerlan Bolatuly', 'Erlan Bolatuly', true],
    ['Kęstutis Jankauskas', 'Кестутис Янкаускас', true],
    ['Ivanov', 'Ivanova', false],
    ['Ruslan', 'Ruslana', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('matchInstitution', () => {
  const institutions: KnownInstitution[] = [
    { documentId: 'kaznu', names: ['Al-Farabi Kazakh National University', 'Казахский национальный университет имени аль-Фараби'], abbreviations: ['KazNU', 'КазНУ', 'ҚазҰУ'] },
    { documentId: 'mfa', names: ['Ministry of Foreign Affairs of the Republic of Kazakhstan'], abbreviations: ['MFA RK', 'МИД РК', 'ҚР СІМ'] },
    { documentId: 'un', names: ['United Nations'], abbreviations: ['UN', 'ООН', 'БҰҰ'] },
  ];
  test.each([
    [{ name: 'Al-Farabi Kazakh National University', abbreviations: [] }, 'kaznu'],
    [{ name: 'Әл-Фараби атындағы Қазақ ұлттық университеті', abbreviations: ['ҚазҰУ'] }, 'kaznu'],
    [{ name: 'Министерство иностранных дел РК', abbreviations: ['МИД РК'] }, 'mfa'],
    [{ name: 'ООН', abbreviations: [] }, 'un'],
    [{ name: 'the United Nations', abbreviations: [] }, 'un'],
    [{ name: 'UNESCO', abbreviations: [] }, 'new'],
    [{ name: 'Nazarbayev University', abbreviations: ['NU'] }, 'new'],
  ])('%j → %s', (candidate, expected) => {
    const decision = matchInstitution(candidate, institutions);
    expect(decision.kind === 'match' ? decision.documentId : decision.kind).toBe(expected);
  });

  test('new abbreviations of a known institution are returned', () => {
    const decision = matchInstitution({ name: 'Al-Farabi Kazakh National University', abbreviations: ['KazNU', 'KNU'] }, institutions);
    expect(decision).toMatchObject({ kind: 'match', newAliases: ['KNU'] });
  });
});

describe('transliteration of names', () => {
  test.each([
    ['Руслан Қарабұлов', 'Ruslan Karabulov'],
    ['Жансеит Түймебаев', 'Zhanseit Tuimebaev'],
    ['Щукин Юрий', 'Shchukin Yurii'],
  ])('cyrillicToLatin(%s) = %s', (cyr, lat) => expect(cyrillicToLatin(cyr)).toBe(lat));

  test.each([
    ['Ruslan Karabulov', 'ru', 'Руслан Карабулов'],
    ['Zhanseit Tuimebayev', 'ru', 'Жансеит Туймебаев'],
    ['Aigerim Nurlanovna', 'ru', 'Айгерим Нурлановна'],
    ['Kairat Sultanbekov', 'kk', 'Кайрат Султанбеков'],
    ['Daniel Louis', 'ru', 'Даниел Лоуис'],
    ['Michaela Friberg-Stori', 'ru', 'Мичаела Фриберг-Стори'],
    ['Nurbay Qarabulov', 'kk', 'Нурбай Қарабулов'],
  ])('latinToCyrillic(%s, %s) = %s', (lat, locale, cyr) => expect(latinToCyrillic(lat, locale as any)).toBe(cyr));

  test('nameForLocale keeps a name already in the right script', () => {
    expect(nameForLocale('Руслан Қарабұлов', 'kk')).toBe('Руслан Қарабұлов');
    expect(nameForLocale('Руслан Қарабұлов', 'en')).toBe('Ruslan Karabulov');
    expect(nameForLocale('Ruslan Karabulov', 'en')).toBe('Ruslan Karabulov');
  });
});

describe('alignWithOriginal (translations)', () => {
  const { alignWithOriginal } = require('../match');
  const item = (name: string, decision: any) => ({ parsed: { name, aliases: [] }, decision });

  test('pairs the names spelling cannot connect, in order, when both sides have as many left', () => {
    const decided = [
      item('Руслан Қарабұлов', { kind: 'match', documentId: 'karabulov', matchedName: 'Ruslan Karabulov', newAliases: [] }),
      item('Цзян Вэй', { kind: 'new' }),
    ];
    const aligned = alignWithOriginal(decided, ['karabulov', 'jiang']);
    expect(aligned[1].decision).toMatchObject({ kind: 'match', documentId: 'jiang', newAliases: ['Цзян Вэй'] });
    expect(aligned[0]).toBe(decided[0]);
  });

  test('leaves everything alone when the counts differ', () => {
    const decided = [item('Цзян Вэй', { kind: 'new' }), item('Анна Иванова', { kind: 'new' })];
    expect(alignWithOriginal(decided, ['jiang'])).toEqual(decided);
  });
});
