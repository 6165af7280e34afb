import { findPeople } from '../speakers';
import { parseArticle } from './article-support';

const people = (...paragraphs: string[]) =>
  findPeople(
    paragraphs,
    /[а-яё]/i.test(paragraphs.join('')) ? (/[әғқңөұүһі]/.test(paragraphs.join('')) ? 'kk' : 'ru') : 'en',
    () => false,
    [],
  ).people;
const names = (...paragraphs: string[]): string[] => people(...paragraphs).map((person) => person.name);

describe('findPeople: one entry per person', () => {
  it('Given a Latin-script Kazakh genitive on the surname and a place after it, when merged, then the name ends at the suffix', () => {
    expect(names('Qala ákimi Arman Beketovtyń Saryarqa aýdany turǵyndarymen kezdesýi ótti.')).toEqual(['Arman Beketov']);
  });

  it('Given a Kazakh place word in -дағы after the name, when merged, then it is not part of the name', () => {
    expect(names('Bilim mınıstri Asqar Jumabek Almatydaǵy jataqhanalardy aralady.')).toEqual(['Asqar Jumabek']);
  });

  it('Given an organisation named after a person right after the name, when merged, then the name stops where the organisation begins', () => {
    const paragraph = 'Министр Арман Бекұлы Назарбаев Университетінің мәртебесі өзгермейтінін айтты.';
    const organisationStart = paragraph.indexOf('Назарбаев');
    const found = findPeople([paragraph], 'kk', () => false, [
      { paragraph: 0, start: organisationStart, end: organisationStart + 'Назарбаев Университетінің'.length, name: 'Назарбаев Университеті', abbreviation: null },
    ]).people.map((person) => person.name);

    expect(found).toEqual(['Арман Бекұлы']);
  });

  it('Given Ivanov and Ivanova, when merged, then they stay two people', () => {
    expect(
      names(
        'Associate Professor Marat Ivanov trained the team.',
        'Second-year student Olga Ivanova won silver. Olga thanked Marat Ivanov.',
      ),
    ).toEqual(['Marat Ivanov', 'Olga Ivanova']);
  });

  it('Given Ruslan and Ruslana with one surname, when merged, then they stay two people', () => {
    expect(names('Professor Ruslan Abenov met student Ruslana Abenova.')).toEqual(['Ruslan Abenov', 'Ruslana Abenova']);
  });

  it('Given two spellings of one name, when merged, then the first is canonical and the other an alias', () => {
    const [person] = people(
      'UN Resident Coordinator Ms. Michaela Friberg-Stori attended.',
      'Michaela Friberg-Story in her speech recalled the mission of the UN.',
    );

    expect(person).toMatchObject({ name: 'Michaela Friberg-Stori', aliases: ['Michaela Friberg-Story'], gender: 'f' });
  });

  it('Given a surname-only mention with a different spelling, when merged, then it is an alias of the full name', () => {
    const [person] = people('First Vice-Rector Askar Abdrakhmanov signed the document.', 'Mr. Abdrahmanov recalled the history.');

    expect(person.aliases).toEqual(['Abdrahmanov']);
    expect(person.mentions).toHaveLength(2);
  });

  it('Given initials, a first name alone and honorifics, when merged, then they are the same person and not aliases', () => {
    const [person] = people(
      "Aigerim Seitkali received a master's degree.",
      "According to A. Seitkali, 40 graduates returned. Aigerim thanked Dr. Seitkali's teachers.",
    );

    expect(person.name).toBe('Aigerim Seitkali');
    expect(person.aliases).toEqual([]);
  });

  it('Given Russian case forms, when merged, then the canonical name is the nominative', () => {
    expect(names('Ректор принял декана факультета Ерлана Сапарова.', 'Встреча с Асетом Иманбаевым прошла в КазНУ.')).toEqual([
      'Ерлан Сапаров',
      'Асет Иманбаев',
    ]);
  });

  it('Given the genitive of Ivanov next to the accusative of Ivanova, when merged, then both nominatives are right', () => {
    expect(names('Декан поздравила Ольгу Иванову и Марата Иванова с победой.')).toEqual(['Ольга Иванова', 'Марат Иванов']);
  });

  it('Given a Kazakh case suffix on the surname, when merged, then it is dropped', () => {
    expect(names('Қонақ профессор Қайрат Сұлтанбековпен кездесті.')).toEqual(['Қайрат Сұлтанбеков']);
  });
});

describe('findPeople: positions', () => {
  it('Given a comma after the name and then a speech verb, when read, then what was said is not the position and the phrase before the name is', () => {
    const [director] = people('The director of the museum, Aliya Serikbayeva, noted the director of the archive will join the project.');

    expect(director.name).toBe('Aliya Serikbayeva');
    expect(director.position).toBe('director of the museum');
  });

  it('Given a role before the name, when read, then it is the position', () => {
    const [person] = people('The plenary session was attended by the Deputy Head of the Mission in Almaty Mr. Ruslan Karabulov.');

    expect(person.position).toBe('Deputy Head of the Mission in Almaty');
  });

  it('Given an apposition after the name, when read, then it is the position and the organisation is the institution', () => {
    const result = parseArticle(
      'Headline',
      'Zhanseit Tuimebayev, Chairman of the Board - Rector of Al-Farabi Kazakh National University, underlined: "We will grow."',
    );

    expect(result.speakers[0]).toMatchObject({
      name: 'Zhanseit Tuimebayev',
      position: 'Chairman of the Board - Rector',
      institution: 'Al-Farabi Kazakh National University',
    });
  });

  it('Given a list of guests each titled before the name, when read, then a title is not taken as the apposition of the guest before', () => {
    const result = parseArticle(
      'Headline',
      'The session was attended by the Deputy Head of the Mission in Almaty Mr. Arman Bekov, UN Resident Coordinator in Kazakhstan Ms. Laura Smith, and experts.',
      'Arman Bekov said: "We will grow." Laura Smith added: "So will we."',
    );
    const byName = new Map(result.speakers.map((speaker) => [speaker.name, speaker.position]));

    expect(byName.get('Arman Bekov')).toBe('Deputy Head of the Mission in Almaty');
    expect(byName.get('Laura Smith')).toBe('UN Resident Coordinator in Kazakhstan');
  });

  it('Given a title before the name in a list and a closed apposition later, when read, then the apposition is the position', () => {
    const result = parseArticle(
      'Headline',
      'Guests included the Consul of Kazakhstan in Almaty Mr. Arman Bekov and others.',
      'Arman Bekov, Deputy Head of Mission of the Ministry of Foreign Affairs of Kazakhstan in Almaty, in his speech said: "We will grow."',
    );

    expect(result.speakers.find((speaker) => speaker.name === 'Arman Bekov')?.position).toBe(
      'Deputy Head of Mission of the Ministry of Foreign Affairs of Kazakhstan in Almaty',
    );
  });

  it('Given a guest list where a plural follows a name, when read, then the plural is not the position of that person', () => {
    const result = parseArticle(
      'Заголовок',
      'На встрече были директор центра г-жа Анна Петрова, известные эксперты в сфере экономики, преподаватели вузов.',
      'Анна Петрова сказала: «Мы откроем новый центр в следующем году».',
    );

    expect(result.speakers.find((speaker) => speaker.name === 'Анна Петрова')?.position).toBe('директор центра');
  });
});
