import { describe, expect, it } from 'vitest';
import { metresPerPixel, project } from '../../../core/coverage/mercator';
import { fitView, pan, radiusPixels, ringPath, tilesFor, tileUrl, toScreen, zoomBy } from './map-view';

const size = { width: 800, height: 600 };
const huaibei = [
  { lat: 34.021, lng: 116.812 },
  { lat: 33.702, lng: 116.545 },
  { lat: 33.872, lng: 116.835 },
  { lat: 33.995, lng: 116.748 },
];

describe('the coverage map view', () => {
  it('fits every place inside the map, as close as a whole zoom allows', () => {
    const v = fitView(huaibei, size);
    for (const p of huaibei) {
      const s = toScreen(p, v, size);
      expect(s.x).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(s.x).toBeLessThanOrEqual(776 + 1e-6);
      expect(s.y).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(s.y).toBeLessThanOrEqual(576 + 1e-6);
    }
    // One more level would not fit.
    const closer = zoomBy(v, 1);
    expect(
      huaibei.some((p) => {
        const s = toScreen(p, closer, size);
        return s.x < 23 || s.x > 777 || s.y < 23 || s.y > 577;
      }),
    ).toBe(true);
  });

  it('without tiles, fills the map at a fractional zoom', () => {
    const v = fitView(huaibei, size, 24, false);
    expect(Number.isInteger(v.zoom)).toBe(false);
    expect(v.zoom).toBeGreaterThan(fitView(huaibei, size).zoom);
    const xs = huaibei.map((p) => toScreen(p, v, size));
    const touches = xs.some(
      (s) =>
        Math.abs(s.x - 24) < 1e-6 ||
        Math.abs(s.x - 776) < 1e-6 ||
        Math.abs(s.y - 24) < 1e-6 ||
        Math.abs(s.y - 576) < 1e-6,
    );
    expect(touches).toBe(true);
  });

  it('keeps the centre when zooming and moves by pixels when panning', () => {
    const v = fitView(huaibei, size);
    const mid = { lat: 33.9, lng: 116.7 };
    const before = toScreen(mid, v, size);
    const moved = toScreen(mid, pan(v, 50, -20), size);
    expect(moved.x).toBeCloseTo(before.x - 50, 6);
    expect(moved.y).toBeCloseTo(before.y + 20, 6);
    const z = zoomBy(v, 1);
    expect(z.zoom).toBe(v.zoom + 1);
    expect(z.center.x).toBeCloseTo(v.center.x * 2, 6);
    expect(zoomBy({ zoom: 17, center: { x: 0, y: 0 } }, 1).zoom).toBe(17);
  });

  it('draws 865 m as the pixels it covers at that latitude', () => {
    expect(radiusPixels(865, 33.96, 13)).toBeCloseTo(865 / metresPerPixel(33.96, 13), 9);
    expect(radiusPixels(865, 33.96, 14)).toBeCloseTo(2 * radiusPixels(865, 33.96, 13), 9);
  });

  it('lays tiles edge to edge over the whole map, with the right numbers', () => {
    const v = { zoom: 12, center: project(116.7946, 33.9597, 12) };
    const tiles = tilesFor('https://{s}.t.example/{z}/{x}/{y}.png', v, size);
    const lefts = new Set(tiles.map((t) => t.left));
    expect(Math.min(...lefts)).toBeLessThanOrEqual(0);
    expect(Math.max(...tiles.map((t) => t.left + 256))).toBeGreaterThanOrEqual(800);
    expect(Math.max(...tiles.map((t) => t.top + 256))).toBeGreaterThanOrEqual(600);
    expect(tiles.some((t) => /\/12\/3376\/1636\.png$/.test(t.url))).toBe(true);
    expect(tileUrl('https://{s}.x/{z}/{x}/{y}', 3, 1, 1)).toBe('https://c.x/3/1/1');
  });

  it('writes an outline as a closed path', () => {
    const v = fitView(huaibei, size);
    expect(ringPath(huaibei.slice(0, 3), v, size)).toMatch(
      /^M[\d.-]+,[\d.-]+L[\d.-]+,[\d.-]+L[\d.-]+,[\d.-]+Z$/,
    );
    expect(ringPath([], v, size)).toBe('');
  });
});
