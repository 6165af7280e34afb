/**
 * Tells a lost or refused database connection apart from every other failure. An import
 * that meets one stops (the next file would only fail the same way) and tells the user
 * to run the same command again once the database is back; any other error fails just
 * the file it happened in.
 */

/** PostgreSQL SQLSTATEs of class 08 (connection exception) and 57P0x (server shutting down). */
const PG_STATES = /^(08\d{3}|57P0[1-4])$/;
/** Socket errors from node (pg connects over TCP or a Unix socket). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** SQLite cannot reach its file at all (removed directory, I/O error, full disk). */
const SQLITE_CODES = /^SQLITE_(CANTOPEN|IOERR|FULL|NOTADB)/;
/** What node-postgres and knex say when a connection goes away or none can be had. */
const MESSAGES = [
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /Client has encountered a connection error and is not queryable/i,
  /Timeout acquiring a connection/i,
  /connect ECONNREFUSED/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause ?? e.originalError ?? e.nativeError, depth += 1) {
    if (typeof e !== 'object' && typeof e !== 'string') return false;
    const code = typeof e === 'object' ? String(e.code ?? '') : '';
    if (PG_STATES.test(code) || SOCKET_CODES.has(code) || SQLITE_CODES.test(code)) return true;
    if (typeof e === 'object' && e.name === 'KnexTimeoutError') return true;
    const message = typeof e === 'string' ? e : String(e.message ?? '');
    if (MESSAGES.some((m) => m.test(message))) return true;
    // AggregateError (a connect attempt to several addresses) carries the reasons in `errors`.
    if (Array.isArray(e.errors) && e.errors.some((inner: unknown) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

/** One line for the user: what happened and what to do, with the driver's own words. */
export function databaseUnavailableMessage(error: unknown): string {
  const detail = String((error as any)?.message ?? error).split('\n')[0].slice(0, 200);
  return `The database is unavailable (${detail}); nothing of this file was written. Run the same command again once the database is back.`;
}
