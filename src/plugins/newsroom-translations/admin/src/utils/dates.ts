const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day picked in the user's time zone, as YYYY-MM-DD. */
export const toIsoDay = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : undefined;

/** YYYY-MM-DD back to a local Date (midnight), for date pickers and display. */
export const fromIsoDay = (day: string | undefined | null) => {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};
