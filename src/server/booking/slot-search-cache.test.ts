import { describe, expect, it } from 'vitest';
import { SlotSearchCache } from './slot-search-cache';

describe('the slot-search cache', () => {
  it('answers repeated questions from one load until it expires or is cleared', async () => {
    const cache = new SlotSearchCache<number>(2_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', 0, load)).toBe(1);
    expect(await cache.get('a', 1_999, load)).toBe(1);
    expect(await cache.get('a', 2_000, load)).toBe(2);
    cache.clear();
    expect(await cache.get('a', 2_001, load)).toBe(3);
    expect(await cache.get('b', 2_001, load)).toBe(4);
  });

  it('shares one load among requests that arrive while it runs, and forgets a failed load', async () => {
    const cache = new SlotSearchCache<string>();
    let loads = 0;
    let release: (v: string) => void = () => {};
    const slow = () => {
      loads++;
      return new Promise<string>((r) => {
        release = r;
      });
    };
    const many = Promise.all(Array.from({ length: 50 }, () => cache.get('k', 0, slow)));
    release('slots');
    expect(await many).toEqual(Array(50).fill('slots'));
    expect(loads).toBe(1);
    await expect(cache.get('x', 0, () => Promise.reject(new Error('database down')))).rejects.toThrow();
    expect(await cache.get('x', 1, async () => 'recovered')).toBe('recovered');
  });
});
