import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { SPEAKER } from '../helpers/newsroom-docs';

/**
 * Issue 12, item 8: a speaker's kk version made automatically (transliterated from the
 * English name when a translation was started) takes the spelling of a Kazakh release
 * of the same event that names them; a kk name an editor has reviewed is kept.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const press = (name: string) => path.join(__dirname, '..', 'fixtures', 'press', name);
const importer = () => t.app().plugin('press-import').service('importer');
const localizer = () => t.app().plugin('press-import').service('localizer');
const importFixture = (name: string) => importer().importFile({ fileName: name, bytes: fs.readFileSync(press(name)), source: 'cli' });

const speakerId = async (enName: string) =>
  (await t.app().db.query(SPEAKER as any).findOne({ where: { fullName: enName, locale: 'en' } })).documentId as string;
const kkName = async (documentId: string) => (await t.docs(SPEAKER).findOne({ documentId, locale: 'kk', status: 'draft' }))?.fullName;

test('the kk release spells the automatic kk names; a reviewed kk name stays', async () => {
  expect((await importFixture('en-kaznu-30-years-of-diplomacy.txt')).status).toBe('imported');
  const karabulov = await speakerId('Ruslan Karabulov');
  const tuimebayev = await speakerId('Zhanseit Tuimebayev');
  // What "Start translation" (kk) makes of them: transliterations, flagged for review.
  await localizer().ensureLinksInLocale([karabulov, tuimebayev], [], 'kk');
  expect([await kkName(karabulov), await kkName(tuimebayev)]).toEqual(['Руслан Карабулов', 'Жансеит Туймебаев']);
  // An editor reviews one of them (and keeps a spelling of their own).
  await t.docs(SPEAKER).update({ documentId: tuimebayev, locale: 'kk', data: { fullName: 'Жансейіт Түймебаев', needsReview: false } });

  const kk = await importFixture('kk-kaznu-30-years-of-diplomacy.txt');
  expect(kk.status).toBe('imported');
  expect(kk.speakers.find((s: any) => s.name === 'Руслан Қарабұлов')).toMatchObject({ decision: 'matched', documentId: karabulov });
  expect(await kkName(karabulov)).toBe('Руслан Қарабұлов');
  expect(await kkName(tuimebayev)).toBe('Жансейіт Түймебаев');
  // Still one speaker each.
  expect(await t.app().db.query(SPEAKER as any).count({ where: { fullName: { $in: ['Руслан Қарабұлов', 'Руслан Карабулов'] } } })).toBe(1);
});
