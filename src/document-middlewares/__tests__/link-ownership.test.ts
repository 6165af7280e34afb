import { LINKS_DECIDED_BY_OTHER_SIDE, rowsToRestore } from '../link-ownership';
import speaker from '../../api/speaker/content-types/speaker/schema.json';
import institution from '../../api/institution/content-types/institution/schema.json';
import quote from '../../api/quote/content-types/quote/schema.json';

// Join rows of speaker.articles: speaker_id is the entity column.
const row = (id: number, speaker_id: number, article_id: number, article_ord: number) => ({ id, speaker_id, article_id, article_ord, speaker_ord: 1 });

describe('rowsToRestore', () => {
  const before = [
    { id: 1, locale: 'en', published_at: null }, // draft en
    { id: 2, locale: 'en', published_at: '2026-01-01' }, // published en, replaced
    { id: 3, locale: 'kk', published_at: null },
    { id: 4, locale: 'kk', published_at: '2026-01-01' }, // published kk, not republished
  ];
  const after = [
    { id: 1, locale: 'en', published_at: null },
    { id: 9, locale: 'en', published_at: '2026-02-01' },
    { id: 3, locale: 'kk', published_at: null },
    { id: 4, locale: 'kk', published_at: '2026-01-01' },
  ];

  test("puts the drafts' rows back verbatim and moves the replaced published rows to the new row", () => {
    const snapshot = [row(10, 1, 100, 1), row(11, 2, 200, 3), row(12, 2, 201, 1), row(13, 3, 300, 1), row(14, 4, 400, 1)];
    expect(rowsToRestore(snapshot, 'speaker_id', before, after)).toEqual([
      row(10, 1, 100, 1),
      { speaker_id: 9, article_id: 200, article_ord: 3, speaker_ord: 1 },
      { speaker_id: 9, article_id: 201, article_ord: 1, speaker_ord: 1 },
      row(13, 3, 300, 1),
    ]);
  });

  test('a first publish restores no published link; ids compare across string and number', () => {
    const first = [{ id: '1', locale: 'en', published_at: null }];
    const then = [...first, { id: '5', locale: 'en', published_at: 'now' }];
    expect(rowsToRestore([row(10, 1, 100, 1)], 'speaker_id', first, then)).toEqual([row(10, 1, 100, 1)]);
  });

  test('a replaced published row without a new published row in its locale (unpublished meanwhile) is dropped', () => {
    const gone = after.filter((v) => v.id !== 9);
    expect(rowsToRestore([row(11, 2, 200, 3)], 'speaker_id', before, gone)).toEqual([]);
  });
});

describe('LINKS_DECIDED_BY_OTHER_SIDE', () => {
  const schemas: Record<string, any> = { 'api::speaker.speaker': speaker, 'api::institution.institution': institution, 'api::quote.quote': quote };

  test('names relations of the schema, and never the article (which decides its own links)', () => {
    expect(Object.keys(LINKS_DECIDED_BY_OTHER_SIDE).sort()).toEqual(Object.keys(schemas).sort());
    for (const [uid, names] of Object.entries(LINKS_DECIDED_BY_OTHER_SIDE)) {
      for (const name of names) expect([uid, name, schemas[uid].attributes[name]?.type]).toEqual([uid, name, 'relation']);
    }
  });

  test('every inverse (mappedBy) side of speaker and institution is listed: the owning side decides', () => {
    for (const uid of ['api::speaker.speaker', 'api::institution.institution']) {
      const inverse = Object.entries(schemas[uid].attributes).filter(([, a]: any) => a.mappedBy).map(([n]) => n);
      expect([...LINKS_DECIDED_BY_OTHER_SIDE[uid]].sort()).toEqual(inverse.sort());
    }
  });
});
