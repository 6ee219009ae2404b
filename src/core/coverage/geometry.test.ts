import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Boundary, boundaryProblem, convexHull, MAX_BOUNDARY_POSITIONS, padHull } from './boundary';
import { metresPerPixel, project, TILE_SIZE, tileOf, unproject } from './mercator';

describe('Web Mercator', () => {
  it('puts (0, 0) in the middle of the world and the corners at the edges', () => {
    expect(project(0, 0, 0)).toEqual({ x: 128, y: 128 });
    const nw = project(-180, 85.05112878, 1);
    expect(nw.x).toBe(0);
    expect(nw.y).toBeCloseTo(0, 6);
  });
  it('finds the tile of a place as slippy maps number them', () => {
    // Huaibei at zoom 12 is tile x 3376, y 1636 (x = floor((lng + 180) / 360 × 2^z)).
    const t = tileOf(project(116.7946, 33.9597, 12));
    expect(t.x).toBe(Math.floor(((116.7946 + 180) / 360) * 4096));
    expect(t.y).toBe(1636); // floor((1 − ln(tan φ + sec φ) / π) / 2 × 2^z)
    expect(t.offsetX).toBeGreaterThanOrEqual(0);
    expect(t.offsetX).toBeLessThan(TILE_SIZE);
  });
  it('unprojects what it projects', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.integer({ min: 0, max: 18 }),
        (lng, lat, z) => {
          const back = unproject(project(lng, lat, z), z);
          expect(back.lng).toBeCloseTo(lng, 6);
          expect(back.lat).toBeCloseTo(lat, 6);
        },
      ),
    );
  });
  it('gives ground metres per pixel (156 km at the equator at zoom 0, halving each level)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.03, 1);
    expect(metresPerPixel(0, 1)).toBeCloseTo(156_543.03 / 2, 1);
    expect(metresPerPixel(60, 0)).toBeCloseTo(156_543.03 / 2, 1);
  });
});

describe('district outlines', () => {
  const square: Boundary = {
    type: 'Polygon',
    coordinates: [
      [
        [116.7, 33.9],
        [116.8, 33.9],
        [116.8, 34.0],
        [116.7, 34.0],
        [116.7, 33.9],
      ],
    ],
  };
  it('accepts a closed polygon and refuses open, short, swapped or oversized ones', () => {
    expect(boundaryProblem(square)).toBeNull();
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [square.coordinates] })).toBeNull();
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [116.7, 33.9],
            [116.8, 33.9],
            [116.8, 34],
            [116.7, 34],
          ],
        ],
      }),
    ).toMatch(/end where it starts/);
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [116.7, 33.9],
            [116.8, 33.9],
            [116.7, 33.9],
          ],
        ],
      }),
    ).toMatch(/four/);
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [33.9, 116.7],
            [34, 116.7],
            [34, 116.8],
            [33.9, 116.7],
          ],
        ],
      }),
    ).toMatch(/longitude, latitude/);
    const big: [number, number][] = Array.from({ length: MAX_BOUNDARY_POSITIONS + 1 }, (_, i) => [
      116 + i / 1e4,
      33,
    ]);
    big.push(big[0] as [number, number]);
    expect(boundaryProblem({ type: 'Polygon', coordinates: [big] })).toMatch(/at most/);
  });
  it('the convex hull holds every place, and padding moves its corners outwards', () => {
    const pt = fc.record({
      lat: fc.double({ min: 33, max: 35, noNaN: true }),
      lng: fc.double({ min: 116, max: 118, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 3, maxLength: 30 }), (points) => {
        const hull = convexHull(points);
        if (hull.length < 3) return; // all on one line
        for (const p of points) {
          for (let i = 0; i < hull.length; i++) {
            const a = hull[i] as { lat: number; lng: number };
            const b = hull[(i + 1) % hull.length] as { lat: number; lng: number };
            const cross = (b.lng - a.lng) * (p.lat - a.lat) - (b.lat - a.lat) * (p.lng - a.lng);
            expect(cross).toBeGreaterThanOrEqual(-1e-9); // counter-clockwise: every place on the left of each edge
          }
        }
      }),
    );
    expect(padHull([{ lat: 34, lng: 117 }], 500)).toHaveLength(4);
  });
});
