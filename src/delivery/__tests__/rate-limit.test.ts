import { FixedWindowLimiter } from '../rate-limit';

describe('FixedWindowLimiter', () => {
  test('allows max requests per window and per key, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(2, 10_000, () => now);
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit('b')).toMatchObject({ allowed: true, remaining: 1 });
    now += 2_500;
    expect(limiter.hit('a')).toEqual({ allowed: false, limit: 2, remaining: 0, resetSeconds: 8 });
    now += 7_500;
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 1 });
  });

  test('forgets finished windows, so memory follows active clients', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(5, 1_000, () => now);
    for (let i = 0; i < 50; i += 1) limiter.hit(`ip-${i}`);
    expect(limiter.size).toBe(50);
    now = 5_000;
    limiter.hit('late');
    expect(limiter.size).toBe(1);
  });

  test('charge spends more of the window for a costly answer', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(5, 1_000, () => now);
    expect(limiter.charge('a', 2)).toBeUndefined(); // no window yet: nothing to charge
    limiter.hit('a');
    expect(limiter.charge('a', 3)).toEqual({ remaining: 1 });
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit('a')).toMatchObject({ allowed: false });
    now = 1_000;
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 4 });
  });
});
