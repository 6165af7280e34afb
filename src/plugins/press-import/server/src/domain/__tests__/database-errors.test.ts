import { isDatabaseUnavailable, databaseUnavailableMessage } from '../database-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  test.each([
    ['PostgreSQL stopped under a running query (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL shutting down (57P03)', withCode('57P03', 'the database system is shutting down')],
    ['connection failure (08006)', withCode('08006')],
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', withCode('ECONNRESET')],
    ['node-postgres after the server went away', new Error('Connection terminated unexpectedly')],
    ['node-postgres on a dead client', new Error('Client has encountered a connection error and is not queryable')],
    ['knex pool timeout', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['wrapped in a cause', new Error('insert failed', { cause: withCode('57P01') })],
    ['AggregateError of connect attempts', Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { message: '' })],
    ['SQLite file gone', withCode('SQLITE_CANTOPEN')],
    ['SQLite I/O error', withCode('SQLITE_IOERR_WRITE')],
  ])('%s: yes', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['syntax error (42601)', withCode('42601')],
    ['SQLite busy (another writer)', withCode('SQLITE_BUSY')],
    ['SQLite constraint', withCode('SQLITE_CONSTRAINT_UNIQUE')],
    ['a validation error', new Error('title must be at most 300 characters')],
    ['nothing', undefined],
    ['a string', 'boom'],
  ])('%s: no', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test('the message names the cause on one line and says what to do', () => {
    const message = databaseUnavailableMessage(withCode('57P01', 'terminating connection due to administrator command\nDETAIL: x'));
    expect(message).toBe(
      'The database is unavailable (terminating connection due to administrator command); nothing of this file was written. Run the same command again once the database is back.'
    );
  });
});
