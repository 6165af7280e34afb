import { extractQuotes } from '../quotes';

const quoteTexts = (...paragraphs: string[]): string[] => extractQuotes(paragraphs).quotes.map((quote) => quote.text);
const titleTexts = (...paragraphs: string[]): string[] => extractQuotes(paragraphs).titles.map((quote) => quote.text);

describe('extractQuotes: quotation mark styles', () => {
  it.each([
    ['straight', 'The rector said: "We will open the centre next year."'],
    ['curly', 'The rector said: “We will open the centre next year.”'],
    ['guillemets', 'The rector said: «We will open the centre next year.»'],
    ['low-high', 'The rector said: „We will open the centre next year.“'],
    ['single guillemets', 'The rector said: ‹We will open the centre next year.›'],
  ])('Given %s quotation marks, when extracted, then the words between them are the quote', (_style, paragraph) => {
    expect(quoteTexts(paragraph)).toEqual(['We will open the centre next year.']);
  });

  it('Given the attribution comma inside the marks, when extracted, then the comma is dropped', () => {
    expect(quoteTexts('"Today\'s conference is important," the expert added.')).toEqual(["Today's conference is important"]);
  });

  it('Given a closing mark after the comma and a space, when extracted, then it still closes the quote', () => {
    expect(quoteTexts('“The number of students has doubled, ”the rector emphasized.')).toEqual(['The number of students has doubled']);
  });

  it('Given a nested title inside a quote, when extracted, then it stays part of the outer quote', () => {
    const paragraph = '«Летняя школа „Аль-Андалус и Шелковый путь“ станет нашим общим проектом», — подчеркнула гостья.';

    expect(quoteTexts(paragraph)).toEqual(['Летняя школа „Аль-Андалус и Шелковый путь“ станет нашим общим проектом']);
  });

  it('Given one straight mark closing both a nested title and the quote, when extracted, then the quote ends there', () => {
    const paragraph =
      '"We analysed a post of the travel agency "Baikonur Tour", - said third-year student Arman Tokhtarov. The photo was old.';

    expect(quoteTexts(paragraph)).toEqual(['We analysed a post of the travel agency "Baikonur Tour"']);
  });
});

describe('extractQuotes: unbalanced and multi-paragraph quotes', () => {
  it('Given an opening mark that is never closed, when extracted, then the quote runs to the end of the paragraph and is flagged', () => {
    const { quotes } = extractQuotes(['The rector underlined: "We will grow. And we will win!', 'Next paragraph.']);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'We will grow. And we will win!', unbalanced: true, paragraph: 0 });
  });

  it('Given a quote continued in the next paragraph that opens with a new mark, when extracted, then it is one quote', () => {
    const { quotes } = extractQuotes([
      'She reminded: “Water is scarce. It is a problem of peace.',
      '“That is why we need universities,” she said.',
    ]);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'Water is scarce. It is a problem of peace. That is why we need universities',
      paragraph: 0,
      endParagraph: 1,
      unbalanced: false,
    });
  });
});

describe('extractQuotes: interrupted quotes and dash speech', () => {
  it('Given `«A, — сказал он. — B»`, when extracted, then A and B are two quotes of one group', () => {
    const { quotes } = extractQuotes(['«Каждый пятый дипломат — выпускник КазНУ, — отметил он. — Это большая ответственность».']);

    expect(quotes.map((quote) => quote.text)).toEqual(['Каждый пятый дипломат — выпускник КазНУ', 'Это большая ответственность']);
    expect(quotes[0].group).toBe(quotes[1].group);
  });

  it('Given `"A," the Speaker said. - B` with no marks around B, when extracted, then B ends where the narrator takes over', () => {
    const paragraph =
      '"Kazakhstan is a leader," the Speaker said. - Our country is a driving force. Today it is a reliable partner. At the end of his speech, he thanked everyone.';

    expect(quoteTexts(paragraph)).toEqual(['Kazakhstan is a leader', 'Our country is a driving force. Today it is a reliable partner.']);
  });

  it('Given `"A," the expert added. - B", she emphasized.`, when extracted, then the lone closing mark ends B', () => {
    const paragraph =
      '"The conference is relevant," the expert added. - The pandemic changed the world. We need new ideas", she emphasized.';

    expect(quoteTexts(paragraph)).toEqual(['The conference is relevant', 'The pandemic changed the world. We need new ideas']);
  });

  it.each([
    [
      'ru',
      '— Рейтинг — это зеркало, а не цель, — сказал он. — Наша цель — качественное образование.',
      ['Рейтинг — это зеркало, а не цель', 'Наша цель — качественное образование.'],
    ],
    [
      'kk',
      '– Рейтинг – мақсат емес, айна, – деді ол. – Біздің мақсатымыз – сапалы білім.',
      ['Рейтинг – мақсат емес, айна', 'Біздің мақсатымыз – сапалы білім.'],
    ],
    ['ru (narrator last)', '— Мы приглашаем дипломатов на занятия, — сказал декан.', ['Мы приглашаем дипломатов на занятия']],
  ])('Given %s dash speech, when extracted, then each spoken part is a quote and inner dashes stay', (_language, paragraph, expected) => {
    expect(quoteTexts(paragraph as string)).toEqual(expected);
  });

  it('Given a `Name, role:` line and a dash paragraph under it, when extracted, then the dash paragraph is a quote', () => {
    expect(quoteTexts('Айгуль Сарсенбаева, координатор:', '— Молодежь — это настоящее.')).toEqual(['Молодежь — это настоящее.']);
  });

  it('Given a dash list item, when extracted, then it is not speech', () => {
    expect(quoteTexts('The programme includes:', '- lectures on history;')).toEqual([]);
  });
});

describe('extractQuotes: titles are not quotes', () => {
  it.each([
    ['an event', 'The conference "Thirty years of foreign policy: achievements and prospects" started at KazNU.'],
    ['a film', 'The participants watched the video film "30 years of cooperation of Kazakhstan and the UN".'],
    ['a book', 'The ceremony ended with the presentation of the book "Water of the Great Steppe" written by KazNU geographers.'],
    ['a programme', 'Graduates of the international scholarship programme «Bolashak» met with students.'],
    ['a translation in brackets', 'The choir sang the song «Zhuldyz» ("Star").'],
    ['a Kazakh title before атты', '«Егемен Қазақстанның сыртқы саясаты: жетістіктері мен болашағы» атты конференция басталды.'],
    ['a Russian lecture title', 'Посол прочитала лекцию «Европа в меняющемся мире».'],
    ['a Kazakh programme name', '«Мәдени мұра және цифрлық ғылымдар» бірлескен магистратура бағдарламасы ашылады.'],
  ])('Given %s in quotation marks, when extracted, then it is a title', (_kind, paragraph) => {
    expect(quoteTexts(paragraph)).toEqual([]);
    expect(titleTexts(paragraph).length).toBeGreaterThan(0);
  });

  it.each([
    ['an address title after a colon', 'The rector reported on the tasks set by the Address: "Quality Education for Every Village: Goals and Means."'],
    ['an address title with no punctuation', 'The staff discussed the annual address of the President "Fair state: one nation and a prosperous society".'],
    ['a Russian address title', 'Ректор рассказал о работе по реализации Послания «Справедливое государство: единая нация и процветающее общество».'],
    ['a list of event names after a colon', 'The faculty holds days such as: "Meeting day", "Kindness day" and "Memory day".'],
    ['a festive evening\'s name ending with "!"', 'In the Cultural Centre of the city took place a solemn evening “Glory to our teachers!”'],
    ['a short name after a speech verb', 'Гостям рассказали об открытии «Школы Абая» при университете.'],
    ['an article title inside the narrator\'s sentence', 'Профессор в колонке от 3 мая «Высшая школа нуждается в новой модели финансирования» назвал три проблемы.'],
  ])('Given %s, when extracted, then it is a title', (_kind, paragraph) => {
    expect(quoteTexts(paragraph)).toEqual([]);
  });

  it('Given an opening mark never closed inside a list of names, when extracted, then it is not a quote', () => {
    expect(quoteTexts('Along the alley stand "Rector\'s Garden," "Garden of Graduates, planted with pines, firs and apple trees.')).toEqual([]);
  });

  it('Given a never-closed mark at the start of narration that holds an attributed quote, when extracted, then only that quote is speech', () => {
    const paragraph =
      '«Университетте мерекелік кеш өтті. Ректор Асан Бекұлы ұстаздарды марапаттады. Сөз соңында “Баршаңызға денсаулық тілеймін”, – деді ректор. Кеш концертпен аяқталды.';

    expect(quoteTexts(paragraph)).toEqual(['Баршаңызға денсаулық тілеймін']);
  });

  it('Given a quote that opens its paragraph and is never closed, when extracted, then it is still a quote', () => {
    expect(quoteTexts('"The faculty keeps growing. Employers praise our graduates, and the labs are full.')).toEqual([
      'The faculty keeps growing. Employers praise our graduates, and the labs are full.',
    ]);
  });

  it('Given reported speech that runs on into the speaker\'s own sentence, when extracted, then that sentence is a quote', () => {
    expect(quoteTexts('He expressed the hope that "our country will be able to offer new initiatives.')).toEqual([
      'our country will be able to offer new initiatives.',
    ]);
  });

  it('Given a short fragment woven into reported speech, when extracted, then it is not a quote', () => {
    expect(quoteTexts('Он выразил надежду, что «наша страна сможет выдвигать новые инициативы».')).toEqual([]);
    expect(quoteTexts('He said that "the students" did well.')).toEqual([]);
    expect(quoteTexts('The rector noted that "green campus" projects will grow.')).toEqual([]);
  });

  it('Given a one-word quote with a speech verb, when extracted, then it is a quote', () => {
    expect(quoteTexts('"Finally!" he wrote in the university Telegram channel.')).toEqual(['Finally!']);
    expect(quoteTexts('"Agreed," Mr. Kenzhebekov answered.')).toEqual(['Agreed']);
  });

  it('Given a question from the audience, when extracted, then it is a quote flagged as a question', () => {
    const { quotes } = extractQuotes(['To the question "Will the state support startups?" the minister answered that a fund will open.']);

    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'Will the state support startups?', question: true });
  });
});
