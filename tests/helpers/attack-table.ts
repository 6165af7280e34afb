import type request from 'supertest';

/**
 * The adversarial suite is written as tables: one row per attack, each with the
 * answer the server must give. Every `tests/api/attacks-*.test.ts` file builds the
 * world its rows need in beforeAll (a draft-only article, a published article with a
 * draft translation, an unpublished edit, callers of each role), then runs its table
 * with `runAttackTable`. Rows are plain data written before the world exists: their
 * `send` closes over what beforeAll made. Rows never assert on timing (cost limits are
 * asserted as 400s and bounded answers, not as durations).
 *
 * Each protection was switched off by hand while its rows were written, and its rows
 * failed (see the notes of issue 11): a row that cannot fail does not belong here.
 */
export type AttackAnswer = { status: number; body: any; text: string; headers: Record<string, string> };
type Http = ReturnType<typeof request>;

export type AttackRow = {
  /** What the attacker tries, in a few words: it is the test's name. */
  attack: string;
  /** Sends the request on a fresh supertest client of the running server. */
  send: (http: Http) => PromiseLike<request.Response | AttackAnswer>;
  /** The expected status (or any of several). */
  status?: number | number[];
  /** Strings that must not appear anywhere in the response (draft markers). */
  mustNotContain?: (() => string[]) | string[];
  /** Any further check of the answer; throw (or use expect) to fail. */
  check?: (answer: AttackAnswer) => void | Promise<void>;
};

export function runAttackTable(title: string, rows: AttackRow[], http: () => Http) {
  describe(title, () => {
    it.each(rows.map((row) => [row.attack, row] as const))('%s', async (_name, row) => {
      const res = (await row.send(http())) as AttackAnswer;
      const text = res.text ?? JSON.stringify(res.body ?? '');
      const answer = { status: res.status, body: res.body, text, headers: res.headers ?? {} };
      const seen = `${row.attack}\n→ ${answer.status} ${text.slice(0, 400)}`;
      if (row.status !== undefined) {
        const allowed = Array.isArray(row.status) ? row.status : [row.status];
        if (!allowed.includes(answer.status)) throw new Error(`status ${answer.status}, want ${allowed.join(' or ')}: ${seen}`);
      }
      const markers = typeof row.mustNotContain === 'function' ? row.mustNotContain() : row.mustNotContain ?? [];
      for (const marker of markers) {
        if (text.includes(marker)) throw new Error(`the answer contains "${marker}": ${seen}`);
      }
      await row.check?.(answer);
    });
  });
}
