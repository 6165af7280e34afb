import { checkSort, guardFilters, guardLevel, type GetModel } from '../published-relations';

const models: Record<string, any> = {
  article: {
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      seo: { type: 'component', component: 'shared.seo' },
      speakers: { type: 'relation', relation: 'manyToMany', target: 'speaker' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'article' },
      cover: { type: 'media' },
      related: { type: 'relation', relation: 'morphToMany' },
    },
  },
  speaker: {
    options: { draftAndPublish: true },
    attributes: { fullName: { type: 'string' }, articles: { type: 'relation', relation: 'manyToMany', target: 'article' }, tag: { type: 'relation', relation: 'manyToOne', target: 'tag' } },
  },
  tag: { options: { draftAndPublish: false }, attributes: { name: { type: 'string' } } },
  'shared.seo': { attributes: { metaTitle: { type: 'string' }, author: { type: 'relation', relation: 'manyToOne', target: 'speaker' } } },
  'plugin::upload.file': { attributes: { name: { type: 'string' } } },
};
const getModel: GetModel = (uid) => models[uid];
const P = { publishedAt: { $notNull: true } };

describe('guardFilters', () => {
  test('a relation condition is narrowed to published rows of the target', () => {
    expect(guardFilters({ localizations: { title: { $contains: 'x' } } }, 'article', getModel)).toEqual({
      localizations: { $and: [{ title: { $contains: 'x' } }, P] },
    });
  });

  test('at every depth: under $or/$not, through relations and components', () => {
    const out = guardFilters(
      { $or: [{ speakers: { articles: { title: 'a' } } }, { $not: { seo: { author: { fullName: 'b' } } } }], title: 'c' },
      'article',
      getModel,
    );
    expect(out).toEqual({
      $or: [
        { speakers: { $and: [{ articles: { $and: [{ title: 'a' }, P] } }, P] } },
        { $not: { seo: { author: { $and: [{ fullName: 'b' }, P] } } } },
      ],
      title: 'c',
    });
  });

  test('a target without draft & publish (and media) is walked but not narrowed', () => {
    expect(guardFilters({ speakers: { tag: { name: 'x' } }, cover: { name: 'y' } }, 'article', getModel)).toEqual({
      speakers: { $and: [{ tag: { name: 'x' } }, P] },
      cover: { name: 'y' },
    });
  });

  test('group operators inside a relation condition are kept inside its $and', () => {
    expect(guardFilters({ speakers: { $or: [{ fullName: 'a' }, { fullName: 'b' }] } }, 'article', getModel)).toEqual({
      speakers: { $and: [{ $or: [{ fullName: 'a' }, { fullName: 'b' }] }, P] },
    });
  });

  test.each([
    ['an operator on the relation itself', { localizations: { $notNull: true } }],
    ['an id compared directly', { speakers: 5 }],
    ['an id list', { speakers: { $in: [1, 2] } }],
    ['a polymorphic relation', { related: { id: 1 } }],
  ])('refused with a 400: %s', (_name, filters) => {
    expect(() => guardFilters(filters, 'article', getModel)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
  });

  test('a client-supplied publishedAt inside a relation cannot undo the guard', () => {
    expect(guardFilters({ localizations: { publishedAt: { $null: true } } }, 'article', getModel)).toEqual({
      localizations: { $and: [{ publishedAt: { $null: true } }, P] },
    });
  });
});

describe('checkSort', () => {
  test.each(['title:asc', ['title', 'publishedAt:desc'], 'seo.metaTitle:asc', { title: 'asc' }, [{ seo: { metaTitle: 'desc' } }], 'unknown.field'])(
    'own fields and components are allowed: %j',
    (sort) => expect(() => checkSort(sort, 'article', getModel)).not.toThrow(),
  );
  test.each(['localizations.title', 'title:asc,speakers.fullName:desc', ['speakers.fullName'], { speakers: { fullName: 'asc' } }, 'seo.author.fullName', 'cover.name'])(
    'a path through a relation or media is refused: %j',
    (sort) => expect(() => checkSort(sort, 'article', getModel)).toThrow(/Sorting through the relation/),
  );
});

describe('guardLevel', () => {
  test('populate entries get their filters guarded and sorts checked, recursively', () => {
    const out = guardLevel(
      { populate: { speakers: { filters: { articles: { title: 'x' } }, populate: { articles: { filters: { localizations: { title: 'y' } } } } } } },
      'article',
      getModel,
    ) as any;
    expect(out.populate.speakers.filters).toEqual({ articles: { $and: [{ title: 'x' }, P] } });
    expect(out.populate.speakers.populate.articles.filters).toEqual({ localizations: { $and: [{ title: 'y' }, P] } });
    expect(() => guardLevel({ populate: { speakers: { sort: 'articles.title' } } }, 'article', getModel)).toThrow(/Sorting through/);
  });

  test('string and boolean populates pass as they are', () => {
    expect(guardLevel({ populate: '*' }, 'article', getModel)).toEqual({ populate: '*' });
    expect(guardLevel({ populate: { speakers: true } }, 'article', getModel)).toEqual({ populate: { speakers: true } });
  });
});

describe('relation joins per query', () => {
  const limits = { maxRelations: 3, maxToMany: 2 };
  test('counted in every branch, to-many apart', () => {
    const two = { $or: [{ speakers: { fullName: 'a' } }, { localizations: { title: 'b' } }] };
    expect(() => guardLevel({ filters: two }, 'article', getModel, [], limits)).not.toThrow();
    const three = { $or: [{ speakers: { fullName: 'a' } }, { speakers: { fullName: 'b' } }, { speakers: { fullName: 'c' } }] };
    expect(() => guardLevel({ filters: three }, 'article', getModel, [], limits)).toThrow(/at most 2 to-many relations/);
    const deep = { seo: { author: { tag: { name: 'x' } } }, speakers: { tag: { name: 'y' } } };
    expect(() => guardLevel({ filters: deep }, 'article', getModel, [], limits)).toThrow(/at most 3 relations/);
  });
  test('each populated relation is a query of its own, with its own count', () => {
    const filters = { speakers: { fullName: 'a' }, localizations: { title: 'b' } };
    expect(() => guardLevel({ filters, populate: { speakers: { filters: { articles: { title: 'c' } } } } }, 'article', getModel, [], limits)).not.toThrow();
  });
});

describe('filter size per query', () => {
  const limits = { maxRelations: 4, maxToMany: 2, maxConditions: 5, maxValueLength: 10 };
  test('branches and compared values count, $in lists included', () => {
    expect(() => guardLevel({ filters: { $or: [{ title: 'a' }, { title: 'b' }] } }, 'article', getModel, [], limits)).not.toThrow();
    expect(() => guardLevel({ filters: { $or: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] } }, 'article', getModel, [], limits)).toThrow(/at most 5 conditions/);
    expect(() => guardLevel({ filters: { title: { $in: ['a', 'b', 'c', 'd', 'e', 'f'] } } }, 'article', getModel, [], limits)).toThrow(/at most 5 conditions/);
    expect(() => guardLevel({ filters: { speakers: { fullName: { $in: ['a', 'b', 'c', 'd', 'e', 'f'] } } } }, 'article', getModel, [], limits)).toThrow(/at most 5 conditions/);
  });
  test('a compared string is bounded', () => {
    expect(() => guardLevel({ filters: { title: { $containsi: 'x'.repeat(11) } } }, 'article', getModel, [], limits)).toThrow(/at most 10 characters/);
    expect(() => guardLevel({ filters: { title: { $containsi: 'x'.repeat(10) } } }, 'article', getModel, [], limits)).not.toThrow();
  });
});
