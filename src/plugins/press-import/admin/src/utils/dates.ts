const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day picked in the user's time zone, as YYYY-MM-DD. */
export const toIsoDay = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : undefined;

/** YYYY-MM-DD back to a local Date (midnight), for date pickers. */
export const fromIsoDay = (day: string | undefined) => {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/** The first instant of a local calendar day, as an ISO date-time (UTC). */
export const startOfDayIso = (day: string | undefined) => fromIsoDay(day)?.toISOString();

/** The last instant of a local calendar day, as an ISO date-time (UTC), so a "to" day is included. */
export const endOfDayIso = (day: string | undefined) => {
  const date = fromIsoDay(day);
  if (!date) return undefined;
  date.setHours(23, 59, 59, 999);
  return date.toISOString();
};
