import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * Runs SQL (with `?` placeholders) on the test's database through a connection of its
 * own, as another process (another Strapi instance, a script) would.
 */
export async function otherConnection(env: Record<string, string | undefined>, sql: string, params: unknown[] = []) {
  if (env.DATABASE_CLIENT === 'postgres') {
    let n = 0;
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(env.DATABASE_FILENAME!);
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  }
}
