import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { runAttackTable, type AttackAnswer, type AttackRow } from '../helpers/attack-table';
import { hostileShapes } from '../unit/support/hostile-shapes';

/**
 * Adversarial suite, parser (issue 11): hostile texts posted to the admin preview and
 * import routes as an Editor. Each answer is a 200 with a clear code per file (or a 400
 * for a request over the file count), and the server still answers afterwards. The
 * parser is linear on these shapes (bench/parse-shapes.ts); the rows assert the answers.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const MiB = 1024 * 1024;
const LIMIT = 2 * MiB;

let editor = '';
beforeAll(async () => {
  editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@attacks-parser.test');
});

const shape = (name: string, size = LIMIT): Buffer => hostileShapes.find((s) => s.name === name)!.build(size);

type Upload = { name: string; bytes: Buffer };

/** Posts `files` to a press-import route, then checks that the server still serves a GET. */
function post(route: 'preview' | 'import', files: Upload[]) {
  return async (http: any): Promise<AttackAnswer> => {
    let req = http.post(`/press-import/${route}`).set('Authorization', `Bearer ${editor}`);
    for (const file of files) req = req.attach('files', file.bytes, { filename: file.name, contentType: 'text/plain' });
    const res = await req;
    const after = await t.http().get('/api/articles');
    return { status: res.status, body: { ...res.body, afterwards: after.status }, text: res.text, headers: res.headers };
  };
}

/** The per-file answers of a preview (parse result) or an import (outcome). */
const answers = (a: AttackAnswer): Array<{ ok: boolean; code?: string; result: any }> =>
  a.body.results.map((r: any) =>
    r.parse ? { ok: r.parse.ok, code: r.parse.error?.code, result: r.parse } : { ok: r.status === 'imported', code: r.error?.code, result: r },
  );

const servesAfterwards = (a: AttackAnswer) => expect(a.body.afterwards).toBe(200);

function everyFile(expected: { ok: true } | { code: string }, count = 1) {
  return (a: AttackAnswer) => {
    servesAfterwards(a);
    const got = answers(a);
    expect(got).toHaveLength(count);
    for (const file of got) {
      if ('ok' in expected) expect(file).toMatchObject({ ok: true });
      else expect(file).toMatchObject({ ok: false, code: expected.code });
    }
  };
}

const rows: AttackRow[] = [
  {
    attack: 'preview a 2 MiB line without a newline (was a stack overflow reported as NOT_TEXT)',
    send: post('preview', [{ name: 'one-line.txt', bytes: shape('one-line-words') }]),
    status: 200,
    check: (a) => {
      everyFile({ ok: true })(a);
      expect(answers(a)[0].result.paragraphs).toHaveLength(1);
    },
  },
  {
    attack: 'preview 2 MiB of quotation marks opened and never closed, nested',
    send: post('preview', [{ name: 'nested.txt', bytes: shape('quotes-nested') }]),
    status: 200,
    check: everyFile({ ok: true }),
  },
  {
    attack: 'preview 2 MiB of capitalised words on one line (was a stack overflow)',
    send: post('preview', [{ name: 'caps.txt', bytes: shape('capitalised-words') }]),
    status: 200,
    check: everyFile({ ok: true }),
  },
  {
    attack: 'preview 2 MiB of closing marks with no opening',
    send: post('preview', [{ name: 'closing.txt', bytes: shape('quotes-close-only') }]),
    status: 200,
    check: everyFile({ ok: true }),
  },
  {
    attack: 'preview 2 MiB of thousands of distinct titled names: refused as more speakers than a press release has (the parser stops at 300)',
    send: post('preview', [{ name: 'names.txt', bytes: shape('names-honorific') }]),
    status: 200,
    check: (a) => {
      everyFile({ code: 'TOO_MANY_SPEAKERS' })(a);
      expect(answers(a)[0].result.error.message).toBe('300 speakers, more than the 40 one press release may have: nothing was imported from this file');
    },
  },
  {
    // Attacker run 4: distinct names that fold to one family key, each followed by "said,",
    // were compared with every earlier spelling: 200 KB took 30 s, 2 MiB hit PARSE_TIMEOUT.
    attack: 'preview 2 MiB of thousands of distinct names each followed by "said," (was PARSE_TIMEOUT)',
    send: post('preview', [{ name: 'said.txt', bytes: shape('names-said') }]),
    status: 200,
    check: (a) => expect(answers(a)[0].result.error?.code).not.toBe('PARSE_TIMEOUT'),
  },
  {
    // Attacker run 3: 1,990 paragraphs of eight quotes each, within every byte and
    // paragraph limit, parsed into 15,920 quotes; importing them held the server for minutes.
    attack: 'import 1,990 paragraphs of eight quotes each (15,920 quotes): TOO_MANY_QUOTES, nothing written',
    send: async (http: any) => {
      const paragraph = (i: number) => Array.from({ length: 8 }, (_, j) => `“Point ${i}-${j} of the plan,” said Arman Bekov.`).join(' ');
      const text = `Minister speaks\n\n${Array.from({ length: 1990 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
      const before = await t.docs('api::quote.quote').count({});
      const answer = await post('import', [{ name: 'quotes.txt', bytes: Buffer.from(text) }])(http);
      expect(await t.docs('api::quote.quote').count({})).toBe(before);
      return answer;
    },
    status: 200,
    check: (a) => {
      everyFile({ code: 'TOO_MANY_QUOTES' })(a);
      expect(answers(a)[0].result.error.message).toBe('15920 quotes, more than the 100 one press release may have: nothing was imported from this file');
    },
  },
  {
    attack: 'preview 2,001 tiny paragraphs: refused with TOO_MANY_PARAGRAPHS and the count',
    send: post('preview', [{ name: 'paragraphs.txt', bytes: Buffer.from(`Headline\n\n${'Ab.\n\n'.repeat(2001)}`) }]),
    status: 200,
    check: (a) => {
      everyFile({ code: 'TOO_MANY_PARAGRAPHS' })(a);
      expect(answers(a)[0].result.error.message).toBe('2001 paragraphs, more than the 2000 a press release may have');
    },
  },
  {
    attack: 'preview 4 files of 2 MiB tiny lines in one request: each refused before the analysis',
    send: post('preview', Array.from({ length: 4 }, (_, i) => ({ name: `lines-${i}.txt`, bytes: shape('tiny-lines') }))),
    status: 200,
    check: everyFile({ code: 'TOO_MANY_PARAGRAPHS' }, 4),
  },
  {
    attack: 'preview 20 files of 2 MiB (40 MiB of text) in one request: 400 before any parse',
    send: post('preview', Array.from({ length: 20 }, (_, i) => ({ name: `lines-${i}.txt`, bytes: shape('one-line-words') }))),
    status: 400,
    check: (a) => {
      servesAfterwards(a);
      expect(a.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(a.body.error.message).toMatch(/^The texts of one request total \d+ bytes, at most 8388608: send them in several requests$/);
    },
  },
  {
    attack: 'import 2 MiB of tiny paragraphs: failed with TOO_MANY_PARAGRAPHS, nothing created',
    send: post('import', [{ name: 'tiny-paragraphs.txt', bytes: shape('tiny-paragraphs') }]),
    status: 200,
    check: async (a) => {
      everyFile({ code: 'TOO_MANY_PARAGRAPHS' })(a);
      expect(await t.docs('api::article.article').count({})).toBe(0);
    },
  },
  {
    attack: 'import a 2 MiB line without a newline: imported as one paragraph',
    send: post('import', [{ name: 'one-line.txt', bytes: shape('one-line-words') }]),
    status: 200,
    check: everyFile({ ok: true }),
  },
  {
    attack: 'preview a file one byte over 2 MiB: TOO_LARGE, not read',
    send: post('preview', [{ name: 'big.txt', bytes: Buffer.alloc(LIMIT + 1, 'a') }]),
    status: 200,
    check: everyFile({ code: 'TOO_LARGE' }),
  },
  {
    attack: 'preview 21 files in one request: 400 before any parse',
    send: post('preview', Array.from({ length: 21 }, (_, i) => ({ name: `f-${i}.txt`, bytes: Buffer.from('Headline\n\nBody.\n') }))),
    status: 400,
    check: (a) => {
      servesAfterwards(a);
      expect(a.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message: 'Too many files: 21, at most 20 per request' } });
    },
  },
];

// N4 (second attacker run): parsing ran on the event loop, so a 2 MiB hostile preview
// (seconds of parsing) held every public request, and an Author could keep three going.
// The admin API now parses in worker threads (services/parse-pool.ts).
const SLOW = 'names-honorific'; // the slowest shape in bench/parse-shapes.ts at 2 MiB
const pool = () => t.app().plugin('press-import').service('parsePool');

/** Runs `work` with some press-import config values changed, then puts them back. */
async function withConfig<T>(values: Record<string, number>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, t.app().config.get(`plugin::press-import.${k}`)]));
  for (const [k, v] of Object.entries(values)) t.app().config.set(`plugin::press-import.${k}`, v);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(before)) t.app().config.set(`plugin::press-import.${k}`, v);
  }
}

const previewRequest = (http: any, files: Upload[]) => {
  let req = http.post('/press-import/preview').set('Authorization', `Bearer ${editor}`);
  for (const file of files) req = req.attach('files', file.bytes, { filename: file.name, contentType: 'text/plain' });
  return req;
};

/** Waits (bounded) until the pool has a task: the upload has arrived and is being parsed. */
async function untilParsing() {
  for (let i = 0; i < 200 && pool().stats().parsing === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
}

rows.push(
  {
    attack: 'a public GET sent while a 2 MiB hostile preview is parsing is answered before the preview (the parse is off the event loop)',
    send: async (http: any) => {
      const order: string[] = [];
      const preview = previewRequest(http, [{ name: 'slow.txt', bytes: shape(SLOW) }]).then((res: any) => {
        order.push('preview');
        return res;
      });
      await untilParsing();
      const get = await t.http().get('/api/articles');
      order.push(`get ${get.status}`);
      const res = await preview;
      return { status: res.status, body: { ...res.body, order }, text: res.text, headers: res.headers };
    },
    status: 200,
    check: (a) => {
      expect(a.body.order).toEqual(['get 200', 'preview']);
      expect(answers(a)[0]).toMatchObject({ ok: false, code: 'TOO_MANY_SPEAKERS' }); // parsed in full, then refused
    },
  },
  {
    attack: 'the same Editor keeps a second preview going while one runs (at most 1 here): 429, the first completes',
    send: (http: any) =>
      withConfig({ maxActiveRequestsPerUser: 1 }, async () => {
        const first = previewRequest(http, [{ name: 'slow.txt', bytes: shape(SLOW) }]);
        const firstDone = first.then((r: any) => r);
        await untilParsing();
        const second = await previewRequest(t.http(), [{ name: 'small.txt', bytes: Buffer.from('Headline\n\nBody.\n') }]);
        const res = await firstDone;
        return { status: second.status, body: { ...second.body, first: res.status }, text: second.text, headers: second.headers };
      }),
    status: 429,
    check: (a) => {
      expect(a.body.first).toBe(200);
      expect(a.body.error).toMatchObject({ status: 429, message: 'You already have 1 previews or imports running: wait for them to finish' });
    },
  },
  {
    attack: 'a parse that runs past the time limit: that file is PARSE_TIMEOUT, the others of the request are parsed',
    send: (http: any) =>
      withConfig({ parseTimeoutMs: 300 }, () =>
        previewRequest(http, [
          { name: 'slow.txt', bytes: shape(SLOW) },
          { name: 'small.txt', bytes: Buffer.from('Headline\n\nBody paragraph.\n') },
        ]),
      ),
    status: 200,
    check: (a) => {
      expect(answers(a).map((f) => f.code ?? 'ok')).toEqual(['PARSE_TIMEOUT', 'ok']);
      expect(answers(a)[0].result.error.message).toBe('Parsing took longer than 0.3 s: the text is not shaped like a press release');
    },
  },
  {
    attack: 'more files than the parse queue holds: 503 with Retry-After, and the server still serves',
    send: (http: any) =>
      withConfig({ parseQueue: 1 }, async () => {
        const res = await previewRequest(http, Array.from({ length: 3 }, (_, i) => ({ name: `slow-${i}.txt`, bytes: shape(SLOW, 256 * 1024) })));
        const after = await t.http().get('/api/articles');
        return { status: res.status, body: { ...res.body, afterwards: after.status }, text: res.text, headers: res.headers };
      }),
    status: 503,
    check: (a) => {
      servesAfterwards(a);
      expect(a.headers['retry-after']).toBe('5');
      expect(a.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError', message: 'The importer is busy parsing other uploads: try again in a moment' });
    },
  },
);

runAttackTable('parser: hostile texts through the admin preview and import', rows, () => t.http());
