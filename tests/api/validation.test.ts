import { fullAccessToken, useStrapi } from '../helpers/harness';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
let token: string;
beforeAll(async () => {
  token = await fullAccessToken(t.app());
});

const expectClear400 = (res: any, pattern: RegExp) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.message).toMatch(pattern);
};

describe('bad requests get a clear 4xx, not a 500', () => {
  test('creating an article without a title', async () => {
    const res = await t.http().post('/api/articles').set('Authorization', `Bearer ${token}`).send({ data: { lead: 'No title' } });
    expectClear400(res, /title/i);
    expect(await t.app().db.query('api::article.article').count()).toBe(0);
  });

  test('creating a quote without text, and a body that is not {data: {...}}', async () => {
    const noText = await t.http().post('/api/quotes').set('Authorization', `Bearer ${token}`).send({ data: { order: 1 } });
    expectClear400(noText, /text/i);
    const noData = await t.http().post('/api/speakers').set('Authorization', `Bearer ${token}`).send({ fullName: 'x' });
    expect(noData.status).toBe(400);
  });

  test('a wrong type or an invalid ISO country code', async () => {
    const res = await t
      .http()
      .post('/api/institutions')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Somewhere', country: 'Kazakhstan' } });
    expectClear400(res, /country|match|format/i);
    const kind = await t
      .http()
      .post('/api/institutions')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Somewhere', kind: 'castle' } });
    expectClear400(kind, /kind|one of/i);
  });

  test.each(['/api/articles?locale=xx', '/api/quotes?locale=de-DE', '/api/speakers/abc?locale=zz'])(
    'unknown locale: %s',
    async (url) => {
      const res = await t.http().get(url);
      expectClear400(res, /Unknown locale/);
      expect(res.body.error.details.availableLocales).toEqual(expect.arrayContaining(['en', 'kk', 'ru']));
    }
  );

  test.each([
    ['/api/articles?pagination[pageSize]=1000', /over the maximum of 100/],
    ['/api/articles?pagination[limit]=500', /over the maximum of 100/],
    ['/api/articles?pagination[page]=0', /positive integer/],
    ['/api/articles?pagination[pageSize]=ten', /positive integer/],
    ['/api/articles?pagination[start]=-1', /non-negative/],
  ])('pagination: %s', async (url, pattern) => {
    expectClear400(await t.http().get(url), pattern);
  });

  test('valid queries still pass', async () => {
    await t.http().get('/api/articles?locale=kk&pagination[pageSize]=100&pagination[page]=2').expect(200);
    await t.http().get('/api/articles?locale=*').expect(200);
  });
});
