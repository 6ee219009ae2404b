import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMetres, parseLatLng, rankByReach, travelMinutes, WITHIN_MINUTES } from './geo';

describe('distanceMetres', () => {
  it('measures great circles on the mean earth radius', () => {
    expect(distanceMetres({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBe(111_195);
    expect(distanceMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBe(20_015_114); // half the circumference
    // Tiananmen to People's Square, Shanghai: about 1,068 km.
    expect(distanceMetres({ lat: 39.9087, lng: 116.3975 }, { lat: 31.2304, lng: 121.4737 })).toBe(1_068_140);
    expect(distanceMetres({ lat: 33.96, lng: 116.79 }, { lat: 33.96, lng: 116.79 })).toBe(0);
  });
  it('is symmetric, whole and never negative', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceMetres(a, b);
        expect(d).toBe(distanceMetres(b, a));
        expect(Number.isInteger(d) && d >= 0 && d <= 20_015_115).toBe(true);
      }),
    );
  });
});

describe('travelMinutes', () => {
  it('rounds walking and driving time up', () => {
    expect(travelMinutes(0)).toEqual({ walk: 0, drive: 3 });
    expect(travelMinutes(750)).toEqual({ walk: 13, drive: 6 }); // exactly 13 minutes on foot stays 13
    expect(travelMinutes(865)).toEqual({ walk: 15, drive: 6 });
    expect(travelMinutes(866)).toEqual({ walk: 16, drive: 6 });
    expect(travelMinutes(3571).drive).toBe(15);
    expect(travelMinutes(3572).drive).toBe(16);
  });
  it('never gets shorter as the distance grows', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [near, far] = [travelMinutes(Math.min(a, b)), travelMinutes(Math.max(a, b))];
        expect(near.walk <= far.walk && near.drive <= far.drive).toBe(true);
      }),
    );
  });
});

describe('rankByReach', () => {
  const home = { lat: 33.96, lng: 116.79 };
  const north = (metres: number) => home.lat + metres / 111_195; // a metre of latitude, near enough
  const places = [
    { name: 'far', latitude: north(10_000), longitude: home.lng },
    { name: 'unmapped-a', latitude: null, longitude: null },
    { name: 'drive', latitude: north(3_000), longitude: home.lng },
    { name: 'edge', latitude: north(4_000), longitude: home.lng },
    { name: 'half-mapped', latitude: 33.9, longitude: null },
    { name: 'walk', latitude: north(500), longitude: home.lng },
  ];

  it('puts places within reach first, nearest first, and unmapped places last in input order', () => {
    const ranked = rankByReach(places, home);
    expect(ranked.map((p) => [p.name, p.withinReach])).toEqual([
      ['walk', true],
      ['drive', true],
      ['edge', false],
      ['far', false],
      ['unmapped-a', false],
      ['half-mapped', false],
    ]);
    expect(ranked[0]).toMatchObject({ distanceMetres: 500, walkMinutes: 9, driveMinutes: 5 });
    expect(ranked[1]?.driveMinutes).toBeLessThanOrEqual(WITHIN_MINUTES);
    expect(ranked[4]).toEqual({
      ...places[1],
      distanceMetres: null,
      walkMinutes: null,
      driveMinutes: null,
      withinReach: false,
    });
  });
  it('returns new objects and leaves the input alone', () => {
    const before = structuredClone(places);
    const ranked = rankByReach(places, home);
    expect(places).toEqual(before);
    expect(ranked.some((p) => (places as object[]).includes(p))).toBe(false);
  });
});

describe('parseLatLng', () => {
  it.each([
    ['33.96,116.79', { lat: 33.96, lng: 116.79 }],
    [' 33.96 , 116.79 ', { lat: 33.96, lng: 116.79 }],
    ['33.96，116.79', { lat: 33.96, lng: 116.79 }],
    ['-90,180', { lat: -90, lng: 180 }],
    ['+1,-1.5', { lat: 1, lng: -1.5 }],
  ])('reads %s', (text, expected) => {
    expect(parseLatLng(text)).toEqual(expected);
  });
  it.each(['91,0', '0,180.5', '33.96', '', 'north,east', '1e2,3', '33.96,116.79,5', '33.,116'])(
    'refuses %j',
    (text) => {
      expect(parseLatLng(text)).toBeNull();
    },
  );
});
