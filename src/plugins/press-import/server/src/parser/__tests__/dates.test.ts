import { isViewCounterLine, parseDateLine } from '../dates';

describe('parseDateLine', () => {
  it.each([
    ['22 december, 2023', '2023-12-22'],
    ['December 22, 2023', '2023-12-22'],
    ['12 June 2026', '2026-06-12'],
    ['16:39, 13 ноября 2019', '2019-11-13'],
    ['28 ноября 2026 г.', '2026-11-28'],
    ['2 октября 2025 года', '2025-10-02'],
    ['5 марта 2024 года, 12:30', '2024-03-05'],
    ['18.12.2017', '2017-12-18'],
    ['05.03.2026 | Views: 1284', '2026-03-05'],
    ['05.03.2026 | Просмотров: 1284', '2026-03-05'],
    ['2026-02-10', '2026-02-10'],
    ['2026 жылғы 12 маусым', '2026-06-12'],
    ['2026 жылғы 28 қарашада', '2026-11-28'],
    ['28 қараша 2026 ж.', '2026-11-28'],
  ])('Given the date line "%s", when read, then the date is %s', (line, date) => {
    expect(parseDateLine(line)).toEqual({ date, rest: '' });
  });

  it('Given a date glued to the first word of the body, when read, then the rest of the line is kept', () => {
    expect(parseDateLine('16.05.2025The Programme Office held a seminar.')).toEqual({
      date: '2025-05-16',
      rest: 'The Programme Office held a seminar.',
    });
  });

  it('Given text that is not a date, or an impossible date, when read, then there is no date', () => {
    expect(parseDateLine('The rector met 20 students.')).toBeNull();
    expect(parseDateLine('31.02.2024')).toBeNull();
  });
});

describe('isViewCounterLine', () => {
  it('Given a view counter alone on a line, when checked, then it is recognised', () => {
    expect(isViewCounterLine('Views: 120')).toBe(true);
    expect(isViewCounterLine('Қаралым: 45')).toBe(true);
    expect(isViewCounterLine('Views of the students')).toBe(false);
  });
});
