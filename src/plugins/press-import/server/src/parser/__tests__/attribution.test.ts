import { parseArticle, speakersOf } from './article-support';

describe('attribution', () => {
  it('Given a name after the quote, when attributed, then that person is the speaker', () => {
    const result = parseArticle('Headline', '"The memorandum is a work plan," Askar Abdrakhmanov concluded.');

    expect(speakersOf(result)).toEqual([['The memorandum is a work plan', 'Askar Abdrakhmanov']]);
    expect(result.quotes[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('Given a role noun, when attributed, then the person holding that position is the speaker', () => {
    const result = parseArticle(
      'Headline',
      'Chairman of the Board – Rector of KazNU Prof. Kairat Sultanbekov met the ambassador Mr. Kenji Takahashi.',
      '"Japanese has been taught here for 30 years," the rector said.',
    );

    expect(speakersOf(result)).toEqual([['Japanese has been taught here for 30 years', 'Kairat Sultanbekov']]);
  });

  it('Given "she" after two people, when attributed, then grammatical gender picks the woman', () => {
    const result = parseArticle(
      'Headline',
      'Second-year student Olga Ivanova won silver. Her coach Marat Ivanov was proud.',
      '"Next time I want gold," she said.',
    );

    expect(speakersOf(result)).toEqual([['Next time I want gold', 'Olga Ivanova']]);
  });

  it('Given a Russian feminine verb and a pronoun, when attributed, then the woman is the speaker', () => {
    const result = parseArticle(
      'Заголовок',
      'Профессор Жанна Ибраева встретила гостя — посла Жана Дюпона.',
      'Профессор Ибраева поблагодарила гостя. «Надеемся на новые встречи», — сказала она.',
    );

    expect(speakersOf(result)).toEqual([['Надеемся на новые встречи', 'Жанна Ибраева']]);
  });

  it('Given a second quote right after the first with nobody else named, when attributed, then it is the same speaker', () => {
    const result = parseArticle(
      'Headline',
      'Third-year student Dias Serikbayev scored 100 points. “I could not believe it,” Dias said. “This medal belongs to our team.”',
    );

    expect(speakersOf(result)).toEqual([
      ['I could not believe it', 'Dias Serikbayev'],
      ['This medal belongs to our team.', 'Dias Serikbayev'],
    ]);
  });

  it('Given a "Name, role:" line before dash speech, when attributed, then that person is the speaker', () => {
    const result = parseArticle(
      'Заголовок',
      'Айгуль Сарсенбаева, координатор молодежных программ:',
      '— Молодежь — это не только будущее, но и настоящее.',
    );

    expect(speakersOf(result)).toEqual([['Молодежь — это не только будущее, но и настоящее.', 'Айгуль Сарсенбаева']]);
  });

  it('Given Kazakh `деп атап өтті` with the name before the quote, when attributed, then that person is the speaker', () => {
    const result = parseArticle('Тақырып', 'Ректор Жансеит Түймебаев бейнеүндеуінде: «Біз жаңа бағдарламалар ашамыз», – деп атап өтті.');

    expect(speakersOf(result)).toEqual([['Біз жаңа бағдарламалар ашамыз', 'Жансеит Түймебаев']]);
  });

  it('Given a question from an unnamed student, when attributed, then the speaker is null without a warning', () => {
    const result = parseArticle(
      'Headline',
      'Minister Daulet Kenzhebekov met students. To the question "Will the state support startups?" the minister answered that a fund will open.',
    );

    expect(speakersOf(result)).toEqual([['Will the state support startups?', null]]);
    expect(result.warnings.map((warning) => warning.code)).not.toContain('UNATTRIBUTED_QUOTE');
  });

  it('Given a quote with nobody to attribute it to, when attributed, then the speaker is null and a warning is raised', () => {
    const result = parseArticle(
      'Headline',
      'The weather was fine and many guests came to the campus that day.',
      '"We are building the future of the whole region together with our partners."',
    );

    expect(speakersOf(result)).toEqual([['We are building the future of the whole region together with our partners.', null]]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'UNATTRIBUTED_QUOTE', paragraph: 1 }));
  });

  it('Given an unnamed President and a rector titled after "The head of state received", when attributed, then the rector is not the President', () => {
    const result = parseArticle(
      'Headline',
      'The head of state received rector of the Steppe Pedagogical University Bolat Seitov.',
      'The head of state recalled the recent address.',
      '"Your university should lead this work," said the President.',
    );

    expect(speakersOf(result)).toEqual([['Your university should lead this work', null]]);
    expect(result.speakers.find((speaker) => speaker.name === 'Bolat Seitov')?.position).toBe('rector');
  });

  it('Given a Russian title after "встретился с", when read, then the position starts after the verb', () => {
    const result = parseArticle('Заголовок', 'Глава государства встретился с ректором Степного университета Болатом Сеитовым.');

    expect(result.speakers).toContainEqual(expect.objectContaining({ name: 'Болат Сеитов', position: 'ректор Степного университета' }));
  });

  it('Given Latin-script Kazakh `- dedi mınıstr`, when attributed, then the minister named before is the speaker', () => {
    const result = parseArticle(
      'Taqyryp',
      'Bilim mınıstri Asqar Jumabek ýnıversıtetke keldi.',
      '«Bıyl jańa jataqhana ashylady», - dedi mınıstr.',
    );

    expect(speakersOf(result)).toEqual([['Bıyl jańa jataqhana ashylady', 'Asqar Jumabek']]);
  });

  it('Given the full names only in a dateline headline and initials in the body, when attributed, then the quote goes to the full name', () => {
    const result = parseArticle(
      'ASTANA. Head of State Marat Seitkali received Rector of the Steppe University Bolat Amanov',
      'B.Amanov told the President about the new campus.',
      '“The capital has grown, and so has the university,” said M.Seitkali.',
    );

    expect(speakersOf(result)).toEqual([['The capital has grown, and so has the university', 'Marat Seitkali']]);
    expect(result.speakers).toContainEqual(expect.objectContaining({ name: 'Marat Seitkali', position: 'Head of State' }));
  });
});
