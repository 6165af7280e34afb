import { useStrapi } from '../helpers/harness';
import { ARTICLE, localized } from '../helpers/newsroom-docs';

/**
 * Articles written without fingerprints (a bulk load through the query engine, or
 * content from before translations were tracked) are fingerprinted after the server
 * listens, in batches, so a large backlog never delays the start.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

const trackingOf = (documentId: string, locale: string) =>
  t.app().db.query(ARTICLE as any).findOne({ select: ['contentHash', 'translatedFrom'], where: { documentId, locale, publishedAt: null } });

test('at start the fingerprinting waits for the server to listen, then runs in the background', async () => {
  const legacy = await localized(t.docs, ARTICLE, { en: { title: 'Older news' }, ru: { title: 'Старая новость' } }, []);
  await t.app().db.query(ARTICLE as any).updateMany({ where: { documentId: legacy }, data: { contentHash: null, translatedFrom: null } });

  const app = await t.reboot();
  // Loaded (every bootstrap done) but not listening: nothing was written.
  expect((await trackingOf(legacy, 'en')).contentHash).toBeNull();

  const listening = new Promise((resolve) => app.server.httpServer.once('listening', resolve));
  app.server.listen(0, '127.0.0.1');
  await listening;
  expect(await app.plugin('newsroom-translations').service('tracker').settled()).toBe(1);
  const en = await trackingOf(legacy, 'en');
  expect(en.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(await trackingOf(legacy, 'ru')).toMatchObject({ translatedFrom: { locale: 'en', hash: en.contentHash } });
});

test('between batches the fingerprinting lets other work run (SQLite answers synchronously)', async () => {
  const ids = [];
  for (const title of ['Old one', 'Old two', 'Old three']) ids.push(await localized(t.docs, ARTICLE, { en: { title } }, []));
  await t.app().db.query(ARTICLE as any).updateMany({ where: { documentId: { $in: ids } }, data: { contentHash: null } });

  // A stand-in for the requests a listening server must answer: one turn per event-loop pass.
  let turns = 0;
  let spinning = true;
  const spin = () => {
    if (!spinning) return;
    turns += 1;
    setImmediate(spin);
  };
  setImmediate(spin);
  const seenBeforeEachBatch: number[] = [];
  const done = await t.app().plugin('newsroom-translations').service('tracker').backfill(1, () => {
    seenBeforeEachBatch.push(turns);
    return false;
  });
  spinning = false;

  expect(done).toBe(3);
  expect(seenBeforeEachBatch).toHaveLength(3);
  // Other work ran between every two batches.
  for (let i = 1; i < seenBeforeEachBatch.length; i++) expect(seenBeforeEachBatch[i]).toBeGreaterThan(seenBeforeEachBatch[i - 1]);
});
