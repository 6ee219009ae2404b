import type { LatLng } from '../booking/geo';

/**
 * A district's outline, stored as GeoJSON (RFC 7946: positions are [longitude, latitude], rings closed).
 * Kept small on purpose: it is drawn on the coverage map when there is no tile server, not used for GIS.
 */
export type Position = [number, number];
export type Boundary =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export const MAX_BOUNDARY_POSITIONS = 2000;

/** Why an outline is refused, or null when it is acceptable. */
export function boundaryProblem(b: Boundary): string | null {
  const polygons = b.type === 'Polygon' ? [b.coordinates] : b.coordinates;
  if (polygons.length === 0) return 'an outline needs at least one polygon';
  let count = 0;
  for (const rings of polygons) {
    if (rings.length === 0) return 'a polygon needs an outer ring';
    for (const ring of rings) {
      if (ring.length < 4) return 'a ring needs at least four positions (the first repeated last)';
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring must end where it starts';
      for (const [lng, lat] of ring) {
        if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) return 'positions are [longitude, latitude]';
      }
      count += ring.length;
    }
  }
  if (count > MAX_BOUNDARY_POSITIONS)
    return `an outline may have at most ${MAX_BOUNDARY_POSITIONS} positions`;
  return null;
}

/** The outer rings of an outline, as lists of points. */
export const outerRings = (b: Boundary): LatLng[][] =>
  (b.type === 'Polygon' ? [b.coordinates] : b.coordinates).map((rings) =>
    (rings[0] ?? []).map(([lng, lat]) => ({ lat, lng })),
  );

const cross = (o: LatLng, a: LatLng, b: LatLng) =>
  (a.lng - o.lng) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lng - o.lng);

/**
 * The convex hull (Andrew's monotone chain) of a district's places, counter-clockwise, not closed: the
 * approximate outline drawn when a district has none. Fewer than three distinct places give what they are.
 */
export function convexHull(points: readonly LatLng[]): LatLng[] {
  const sorted = [...points].sort((a, b) => a.lng - b.lng || a.lat - b.lat);
  const unique = sorted.filter(
    (p, i) => i === 0 || p.lng !== sorted[i - 1]?.lng || p.lat !== sorted[i - 1]?.lat,
  );
  if (unique.length < 3) return unique;
  const half = (list: LatLng[]) => {
    const out: LatLng[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2] as LatLng, out[out.length - 1] as LatLng, p) <= 0)
        out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(unique), ...half([...unique].reverse())];
}

/** Grows a hull outwards from its centre by `metres`, so places on its edge are not drawn on the line. */
export function padHull(hull: readonly LatLng[], metres: number): LatLng[] {
  if (hull.length === 0) return [];
  const c = {
    lat: hull.reduce((s, p) => s + p.lat, 0) / hull.length,
    lng: hull.reduce((s, p) => s + p.lng, 0) / hull.length,
  };
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((c.lat * Math.PI) / 180));
  if (hull.length < 3) {
    // A single place or a pair: a box around them.
    const lats = hull.map((p) => p.lat);
    const lngs = hull.map((p) => p.lng);
    const [s, n, w, e] = [
      Math.min(...lats) - dLat,
      Math.max(...lats) + dLat,
      Math.min(...lngs) - dLng,
      Math.max(...lngs) + dLng,
    ];
    return [
      { lat: s, lng: w },
      { lat: s, lng: e },
      { lat: n, lng: e },
      { lat: n, lng: w },
    ];
  }
  return hull.map((p) => {
    const y = (p.lat - c.lat) / dLat;
    const x = (p.lng - c.lng) / dLng;
    const len = Math.hypot(x, y) || 1;
    return { lat: p.lat + (y / len) * dLat, lng: p.lng + (x / len) * dLng };
  });
}
