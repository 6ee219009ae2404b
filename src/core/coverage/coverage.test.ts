import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMetres, travelMinutes } from '../booking/geo';
import { coverageFigures } from './figures';
import { DEFAULT_SPEEDS, reachRadiusMetres } from './reach';
import { suggestSites } from './suggestions';
import type { Enterprise, Place } from './types';
import { isoWeekLabel, isoWeekOf, openInWeek } from './week';

// A place `metres` north of the origin (one degree of latitude ≈ 111,195 m on the mean sphere).
const origin = { lat: 33.96, lng: 116.79 };
const north = (metres: number) => ({ lat: origin.lat + metres / 111_195, lng: origin.lng });

describe('reach radius', () => {
  it('agrees with the minutes the worker’s phone shows (booking’s travelMinutes) at the default speeds', () => {
    const walk = reachRadiusMetres('walk', DEFAULT_SPEEDS);
    const drive = reachRadiusMetres('drive', DEFAULT_SPEEDS);
    expect(walk).toBe(865); // 15 min × 75 m/min ÷ 1.3
    expect(drive).toBe(3571); // (15 − 3 parking) min × 416.7 m/min ÷ 1.4
    expect(travelMinutes(walk).walk).toBeLessThanOrEqual(15);
    expect(travelMinutes(walk + 20).walk).toBeGreaterThan(15);
    expect(travelMinutes(drive).drive).toBeLessThanOrEqual(15);
    expect(travelMinutes(drive + 20).drive).toBeGreaterThan(15);
  });

  it('grows with the configured speed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (a, b) => {
          const [slow, fast] = a < b ? [a, b] : [b, a];
          expect(reachRadiusMetres('drive', { walkKmh: 4, driveKmh: slow })).toBeLessThanOrEqual(
            reachRadiusMetres('drive', { walkKmh: 4, driveKmh: fast }),
          );
        },
      ),
    );
  });
});

describe('open in a week', () => {
  const hours = [{ weekdays: [1, 3], opens: '09:00', closes: '17:00' }];
  it('finds the ISO week of any day, Monday to Sunday, across a year end', () => {
    expect(isoWeekOf('2026-12-04')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(isoWeekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(isoWeekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2026-12-04')).toBe('2026-W49');
    expect(() => isoWeekOf('2026-02-30')).toThrow(RangeError);
  });
  it('counts a point open when active and open on some day of the week that is not a closed day', () => {
    const point = { active: true, openingHours: hours, closedDates: [] as string[] };
    expect(openInWeek(point, '2026-12-02')).toBe(true);
    // Closed on its Monday only: still open on Wednesday.
    expect(openInWeek({ ...point, closedDates: ['2026-11-30'] }, '2026-12-02')).toBe(true);
    // Closed on both its days that week (the Spring Festival): not open that week, open the next.
    const holiday = { ...point, closedDates: ['2026-11-30', '2026-12-02'] };
    expect(openInWeek(holiday, '2026-12-06')).toBe(false);
    expect(openInWeek(holiday, '2026-12-07')).toBe(true);
    expect(openInWeek({ ...point, active: false }, '2026-12-01')).toBe(false);
    expect(openInWeek({ ...point, openingHours: [] }, '2026-12-01')).toBe(false);
    expect(
      openInWeek(
        { ...point, openingHours: [{ weekdays: [2], opens: '17:00', closes: '09:00' }] },
        '2026-12-01',
      ),
    ).toBe(false);
  });
});

describe('coverage figures', () => {
  const e = (id: string, metres: number, members: number): Enterprise => ({ id, members, ...north(metres) });
  it('counts enterprises and members within the radius and lists the rest, largest first', () => {
    const point: Place = { id: 'p', ...origin };
    const firms = [e('near', 500, 100), e('edge', 860, 50), e('far', 2000, 30), e('farther', 5000, 300)];
    const f = coverageFigures([point], firms, 865);
    expect(f.enterprises).toEqual({ total: 4, covered: 2, share: 0.5 });
    expect(f.members).toEqual({ total: 480, covered: 150, share: 150 / 480 });
    expect(f.outside.map((o) => o.id)).toEqual(['farther', 'far']);
    expect(f.outside[0]?.nearestMetres).toBeCloseTo(5000, -1);
  });
  it('with no open point, nobody is covered; with no enterprise, shares are unknown', () => {
    expect(coverageFigures([], [e('a', 0, 10)], 865).members).toEqual({ total: 10, covered: 0, share: 0 });
    expect(coverageFigures([{ id: 'p', ...origin }], [], 865).enterprises.share).toBeNull();
  });
});

/** The most members any k candidates could bring within reach, by trying every choice. */
function bruteForce(candidates: Place[], firms: Enterprise[], radius: number, k: number): number {
  const sets = candidates.map((c) => firms.filter((f) => distanceMetres(c, f) <= radius));
  let best = 0;
  const walk = (start: number, left: number, covered: Set<Enterprise>) => {
    best = Math.max(
      best,
      [...covered].reduce((s, f) => s + f.members, 0),
    );
    if (left === 0) return;
    for (let i = start; i < sets.length; i++)
      walk(i + 1, left - 1, new Set([...covered, ...(sets[i] ?? [])]));
  };
  walk(0, k, new Set());
  return best;
}

describe('where next (greedy maximum coverage)', () => {
  it('takes the site adding most members first, then what the next adds on top', () => {
    const firms: Enterprise[] = [
      { id: 'big', members: 1000, ...north(0) },
      { id: 'mid', members: 400, ...north(600) },
      { id: 'small', members: 300, ...north(5000) },
    ];
    const candidates: Place[] = [
      { id: 'c-small', ...north(5000) },
      { id: 'c-between', ...north(300) },
      { id: 'c-big', ...north(0) },
    ];
    const s = suggestSites(candidates, firms, 865, 5);
    expect(s.map((x) => [x.site.id, x.addedMembers])).toEqual([
      ['c-between', 1400],
      ['c-small', 300],
    ]); // then nobody is left to add, so only two sites
    expect(s[0]?.addedEnterpriseIds.sort()).toEqual(['big', 'mid']);
  });

  const place = fc.record({
    lat: fc.double({ min: 33.9, max: 34.0, noNaN: true }),
    lng: fc.double({ min: 116.7, max: 116.85, noNaN: true }),
  });
  const instance = fc.record({
    firms: fc.array(fc.tuple(place, fc.integer({ min: 0, max: 2000 })), { minLength: 1, maxLength: 9 }),
    candidates: fc.array(place, { minLength: 1, maxLength: 7 }),
    k: fc.integer({ min: 1, max: 3 }),
    radius: fc.integer({ min: 500, max: 6000 }),
  });

  it('is never worse than 1 − 1/e of the best possible choice (brute force on small instances)', () => {
    fc.assert(
      fc.property(instance, ({ firms, candidates, k, radius }) => {
        const fs: Enterprise[] = firms.map(([p, members], i) => ({ id: `e${i}`, members, ...p }));
        const cs: Place[] = candidates.map((p, i) => ({ id: `c${i}`, ...p }));
        const greedy = suggestSites(cs, fs, radius, k);
        const got = greedy.reduce((s, x) => s + x.addedMembers, 0);
        const best = bruteForce(cs, fs, radius, k);
        expect(got).toBeLessThanOrEqual(best);
        expect(got).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9);
        // Each site's figure is what it truly adds: the enterprises it names are distinct and reached.
        const ids = greedy.flatMap((x) => x.addedEnterpriseIds);
        expect(new Set(ids).size).toBe(ids.length);
        expect(greedy.length).toBeLessThanOrEqual(k);
      }),
      { numRuns: 300 },
    );
  });

  it('chooses at most five sites, and none when nobody is uncovered', () => {
    const firms = Array.from(
      { length: 8 },
      (_, i): Enterprise => ({ id: `e${i}`, members: 10, ...north(i * 5000) }),
    );
    const cands = firms.map((f) => ({ id: `c-${f.id}`, lat: f.lat, lng: f.lng }));
    expect(suggestSites(cands, firms, 865, 9)).toHaveLength(5);
    expect(suggestSites(cands, [], 865, 3)).toEqual([]);
  });
});
