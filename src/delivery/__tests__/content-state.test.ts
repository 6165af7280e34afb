import { createContentStateReader } from '../content-state';
import { stateFingerprint } from '../http-cache';

/** A database stand-in whose state the test moves, counting reads; `hold` keeps a read open. */
function fakeDatabase() {
  const db = { version: 1, reads: 0, hold: null as null | Promise<void> };
  const read = async () => {
    db.reads += 1;
    const seen = db.version;
    if (db.hold) await db.hold;
    return [['version', String(seen)]] as const;
  };
  return { db, read };
}

describe('content state reader', () => {
  test('reads the database at most once per maxAgeMs', async () => {
    const { db, read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 60_000, read as any);
    expect(await reader.read()).toEqual([['version', '1']]);
    db.version = 2; // changed elsewhere
    expect(await reader.read()).toEqual([['version', '1']]);
    expect(db.reads).toBe(1);
  });

  test('the fingerprint is made once per database read and moves with the state', async () => {
    const { db, read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 60_000, read as any);
    const first = await reader.readWithFingerprint();
    expect(first.fingerprint).toBe(stateFingerprint(first.state));
    // The memoised read hands back the same object: nothing is serialised again.
    expect(await reader.readWithFingerprint()).toBe(first);
    db.version = 2;
    reader.invalidate();
    const second = await reader.readWithFingerprint();
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(db.reads).toBe(2);
  });

  test('with maxAgeMs 0, reads on every call', async () => {
    const { db, read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 0, read as any);
    await reader.read();
    db.version = 2;
    expect(await reader.read()).toEqual([['version', '2']]);
    expect(db.reads).toBe(2);
  });

  test('invalidate makes the next read go to the database', async () => {
    const { db, read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 60_000, read as any);
    await reader.read();
    db.version = 2;
    reader.invalidate();
    expect(await reader.read()).toEqual([['version', '2']]);
  });

  test('a read that started before an invalidation is not kept', async () => {
    const { db, read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 60_000, read as any);
    let release!: () => void;
    db.hold = new Promise((r) => (release = r));
    const inFlight = reader.read(); // sees version 1
    db.version = 2;
    reader.invalidate(); // the change committed while the read was out
    db.hold = null;
    release();
    expect(await inFlight).toEqual([['version', '1']]);
    expect(await reader.read()).toEqual([['version', '2']]);
  });

  test('remembered values share the state lifetime', async () => {
    const { read } = fakeDatabase();
    const reader = createContentStateReader({} as any, () => 60_000, read as any);
    let loads = 0;
    const load = async () => ++loads;
    expect(await reader.remember('locales', load)).toBe(1);
    expect(await reader.remember('locales', load)).toBe(1);
    reader.invalidate();
    expect(await reader.remember('locales', load)).toBe(2);
  });
});
