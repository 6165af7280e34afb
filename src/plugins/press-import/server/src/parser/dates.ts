import months from './data/months.json';

/**
 * Date lines under a headline: `22 december, 2023`, `December 22, 2023`, `16:39, 13 ноября
 * 2019`, `18.12.2017 | Views: 1284`, `2023 жылғы 22 желтоқсан`. Numeric dates are read
 * day-first, as they are written in Kazakhstan.
 */

const MONTH_BY_NAME = new Map<string, number>();
for (const [number, names] of Object.entries(months)) {
  if (number.startsWith('_')) continue;
  for (const name of names as string[]) MONTH_BY_NAME.set(name, Number(number));
}
const MONTH = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

const PREFIX =
  String.raw`^(?:(?:published|date|posted|updated|дата(?: публикации)?|опубликовано|жарияланды|күні)\s*:?\s*)?` +
  String.raw`(?:(?:\p{L}+,\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|/–—-]?\s*)?)`;

const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  {
    pattern: new RegExp(PREFIX + String.raw`(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)`, 'iu'),
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(PREFIX + String.raw`(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)`, 'iu'),
    read: (m) => {
      let day = Number(m[1]);
      let month = Number(m[2]);
      if (month > 12 && day <= 12) [day, month] = [month, day];
      return [fullYear(m[3]), month, day];
    },
  },
  {
    pattern: new RegExp(PREFIX + String.raw`(\d{1,2})(?:st|nd|rd|th)?\s*(?:-\s*)?(${MONTH})\.?,?\s+(\d{4})(?!\d)`, 'iu'),
    read: (m) => monthDate(m[3], m[2], m[1]),
  },
  {
    pattern: new RegExp(PREFIX + String.raw`(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'iu'),
    read: (m) => monthDate(m[3], m[1], m[2]),
  },
  {
    pattern: new RegExp(PREFIX + String.raw`(\d{4})\s*(?:ж\.|жылғы|жылы|жыл)?\s*(\d{1,2})\s*-?\s*(${MONTH})(?![\p{L}])`, 'iu'),
    read: (m) => monthDate(m[1], m[3], m[2]),
  },
];

/** What may follow a date on its line: year words, a time, a view counter, separators. */
const DATE_TAIL = new RegExp(
  String.raw`^(?:\s|[,|/•·–—-]|г\.|года|год|ж\.|жылы|жыл|year|\d{1,2}:\d{2}(?::\d{2})?|` +
    String.raw`(?:views?|просмотр(?:ов|ы)?|қаралым(?: саны)?|қаралды|көрілім|👁\uFE0F?)\s*:?\s*\d[\d\s]*|\d+\s*(?:views?|просмотр(?:ов|а)?))+`,
  'iu',
);

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function monthDate(year: string, monthName: string, day: string): [number, number, number] | null {
  const month = MONTH_BY_NAME.get(monthName.toLowerCase());
  return month === undefined ? null : [Number(year), month, Number(day)];
}

export function formatIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateLine {
  /** `YYYY-MM-DD` */
  date: string;
  /** Text glued after the date on the same line (the start of the body), or ''. */
  rest: string;
}

/** Reads a date at the very start of a line; null when the line does not start with one. */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 4000 || !/\d/.test(line.slice(0, 60))) return null;
  for (const form of DATE_FORMS) {
    const match = form.pattern.exec(line);
    if (!match) continue;
    const parts = form.read(match);
    const date = parts && formatIsoDate(parts[0], parts[1], parts[2]);
    if (!date) continue;
    const after = line.slice(match[0].length);
    const tail = DATE_TAIL.exec(after);
    const rest = (tail ? after.slice(tail[0].length) : after).trim();
    return { date, rest };
  }
  return null;
}

/** A line that is only a view counter (`Views: 120`, `Просмотров: 45`). */
export function isViewCounterLine(line: string): boolean {
  const tail = DATE_TAIL.exec(line);
  return tail !== null && tail[0].length === line.length && /\d/.test(line);
}
