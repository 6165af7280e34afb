import { findInstitutions, kazakhBaseForm } from '../institutions';

const found = (locale: 'en' | 'ru' | 'kk', ...paragraphs: string[]) => findInstitutions(paragraphs, locale).institutions;

describe('findInstitutions', () => {
  it('Given full names and abbreviations in English, when scanned, then each organisation is one entry with the abbreviations used', () => {
    const institutions = found(
      'en',
      'Al-Farabi Kazakh National University hosted the conference.',
      'Representatives of MFA RK, the UN and the OSCE attended. KazNU thanked the UN.',
    );

    expect(institutions).toEqual([
      { name: 'Al-Farabi Kazakh National University', abbreviations: ['KazNU'] },
      { name: 'Ministry of Foreign Affairs of the Republic of Kazakhstan', abbreviations: ['MFA RK'] },
      { name: 'United Nations', abbreviations: ['UN'] },
      { name: 'Organization for Security and Co-operation in Europe', abbreviations: ['OSCE'] },
    ]);
  });

  it('Given Russian case forms, when scanned, then the names and abbreviations are reported in the nominative', () => {
    const institutions = found(
      'ru',
      'В Казахском национальном университете имени аль-Фараби выступили представители МИД РК и Парламента РК.',
    );

    expect(institutions).toEqual([
      { name: 'Казахский национальный университет имени аль-Фараби', abbreviations: [] },
      { name: 'Министерство иностранных дел Республики Казахстан', abbreviations: ['МИД РК'] },
      { name: 'Парламент Республики Казахстан', abbreviations: ['Парламент РК'] },
    ]);
  });

  it('Given Kazakh suffixes on abbreviations, when scanned, then they are recognised', () => {
    const institutions = found('kk', 'БҰҰ-ның өкілі ҚазҰУ-да болды. ҚР СІМ және СІМ-нің өкілдері де келді.');

    expect(institutions.map((institution) => [institution.name, institution.abbreviations])).toEqual([
      ['Біріккен Ұлттар Ұйымы', ['БҰҰ']],
      ['Әл-Фараби атындағы Қазақ ұлттық университеті', ['ҚазҰУ']],
      ['Қазақстан Республикасы Сыртқы істер министрлігі', ['ҚР СІМ', 'СІМ']],
    ]);
  });

  it('Given `Full Name (ABBR)`, when scanned, then the abbreviation is learned and later uses are counted', () => {
    const institutions = found(
      'en',
      'The meeting was organized by the Center for International Programs (CIP).',
      'CIP administers the scholarship.',
    );

    expect(institutions).toContainEqual({ name: 'Center for International Programs', abbreviations: ['CIP'] });
  });

  it('Given an event with an abbreviation, when scanned, then it is not an organisation', () => {
    expect(found('en', 'Students won the International Mathematics Competition for University Students (IMC).')).toEqual([]);
  });

  it('Given organisation-shaped names, when scanned, then they are found', () => {
    expect(found('en', 'She studied at the University of Edinburgh and the Technical University of Munich.').map((i) => i.name)).toEqual([
      'University of Edinburgh',
      'Technical University of Munich',
    ]);
    expect(found('kk', 'Ол Мюнхен техникалық университетінің түлегі.').map((i) => i.name)).toEqual(['Мюнхен техникалық университеті']);
  });
});

describe('kazakhBaseForm', () => {
  it('Given a possessive noun with a case ending, when reduced, then the possessive stays', () => {
    expect(kazakhBaseForm('агенттігінің')).toBe('агенттігі');
    expect(kazakhBaseForm('мектебінде')).toBe('мектебі');
  });
});
