import { PressParseError } from '../errors';
import { bodyParagraphs, splitStructure } from '../structure';

const article = (...lines: string[]): string => lines.join('\n');

describe('splitStructure', () => {
  it('Given headline, date, body and press-service line, when split, then each part is found', () => {
    const structure = splitStructure(
      article(
        'Rector: we will build a new campus',
        '',
        'April 2, 2026',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
        'Press-service of al-Farabi KazNU',
      ),
    );

    expect(structure).toEqual({
      title: 'Rector: we will build a new campus',
      publishedAt: '2026-04-02',
      paragraphs: ['First paragraph.', 'Second paragraph.'],
      signature: 'Press-service of al-Farabi KazNU',
    });
  });

  it('Given a date glued to the first body word, when split, then the rest of the line is the lead', () => {
    const structure = splitStructure(
      article(
        'Seminar on media literacy',
        '',
        '16.05.2025The seminar was opened by the dean.',
        '',
        'PR media center of KazNU',
        'www.kaznu.kz',
      ),
    );

    expect(structure.publishedAt).toBe('2025-05-16');
    expect(structure.paragraphs).toEqual(['The seminar was opened by the dean.']);
    expect(structure.signature).toBe('PR media center of KazNU\nwww.kaznu.kz');
  });

  it.each([
    ['Author:\nDana Seitkazy', 'Author:\nDana Seitkazy'],
    ['Reporter: Aigerim Nurlanova\nTranslator: John Smith', 'Reporter: Aigerim Nurlanova\nTranslator: John Smith'],
    ['Источник: kaznu.kz', 'Источник: kaznu.kz'],
    ['АЙГЕРІМ НҰРЛАНҚЫЗЫ', 'АЙГЕРІМ НҰРЛАНҚЫЗЫ'],
    ['Әл-Фараби атындағы ҚазҰУ баспасөз қызметі', 'Әл-Фараби атындағы ҚазҰУ баспасөз қызметі'],
    ['Пресс-служба КазНУ им. аль-Фараби', 'Пресс-служба КазНУ им. аль-Фараби'],
  ])('Given the ending %j, when split, then it is the signature', (ending, signature) => {
    const structure = splitStructure(article('Headline', '', 'Body text of the article.', '', ending));

    expect(structure.signature).toBe(signature);
    expect(structure.paragraphs).toEqual(['Body text of the article.']);
  });

  it('Given no recognisable signature, when split, then the signature is null and the last block is body', () => {
    expect(splitStructure(article('Headline', '', 'One.', '', 'The end of the story.')).signature).toBeNull();
  });

  it('Given only a headline, when split, then it is NO_BODY', () => {
    expect(() => splitStructure('Just a headline')).toThrow(expect.objectContaining({ code: 'NO_BODY' }));
  });

  it('Given a first line that is a whole paragraph, when split, then its first sentence is the title and the paragraph stays in the body', () => {
    const long = `The rector met students of the Faculty of Physics on Monday. ${'They talked about research and grants for a long time. '.repeat(6)}`.trim();

    const split = splitStructure(`${long}\n\nMore.`);
    expect(split).toMatchObject({ title: 'The rector met students of the Faculty of Physics on Monday', titleFromText: true });
    expect(split.paragraphs).toEqual([long, 'More.']);
  });

  it('Given a headline-less paragraph with no early sentence end, when split, then the title is cut at a word with an ellipsis', () => {
    const long = `Students ${'and lecturers of the university '.repeat(12)}met.`;

    const { title } = splitStructure(`${long}\n\nMore.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(161);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('Given a text of a date or a signature only, when split, then it is still NO_TITLE', () => {
    expect(() => splitStructure('12.03.2024')).toThrow(expect.objectContaining({ code: 'NO_TITLE' }));
    expect(() => splitStructure('Press Service of Al-Farabi Kazakh National University')).toThrow(expect.objectContaining({ code: 'NO_TITLE' }));
  });
});

describe('bodyParagraphs', () => {
  it('Given a sentence broken over two blocks by a stray blank line, when split, then the blocks are merged', () => {
    const lines = [
      'Excursions to the Central State Museum of the',
      '',
      'Republic of Kazakhstan. Participants will live on campus.',
      '',
      'Applications are open.',
    ];

    expect(bodyParagraphs(lines)).toEqual([
      'Excursions to the Central State Museum of the Republic of Kazakhstan. Participants will live on campus.',
      'Applications are open.',
    ]);
  });

  it('Given a paragraph ending mid-sentence in a content word and a capitalised next block, when split, then they stay apart', () => {
    const lines = ['«Келесі жылы біз курстарын ашамыз', '', 'Жүлделі орындарды иеленген оқушылар марапатталды.'];

    expect(bodyParagraphs(lines)).toHaveLength(2);
  });

  it('Given a "Name, role:" line followed by dash speech in one block, when split, then they are two paragraphs', () => {
    const lines = ['Айгуль Сарсенбаева, координатор программ:', '— Молодежь — это настоящее.', '', 'Next.'];

    expect(bodyParagraphs(lines)).toEqual(['Айгуль Сарсенбаева, координатор программ:', '— Молодежь — это настоящее.', 'Next.']);
  });

  it('Given no blank lines at all, when split, then every line is a paragraph', () => {
    expect(bodyParagraphs(['One.', 'Two.', 'Three.'])).toEqual(['One.', 'Two.', 'Three.']);
  });
});
