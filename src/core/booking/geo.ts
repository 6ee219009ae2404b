export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8; // the mean radius (IUGG), which minimises haversine's error on average

export function distanceMetres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  // min() guards asin against rounding just above 1 for antipodal points.
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** Estimated door-to-door minutes, rounded up: on foot at 4.5 km/h with a 1.3 route factor; by car at 25 km/h city average with a 1.4 route factor plus 3 minutes to park. */
export function travelMinutes(metres: number): { walk: number; drive: number } {
  const m = Math.max(0, metres);
  // Written as whole-number ratios (1.3 × 60 / 4500 = 13/750, 1.4 × 60 / 25000 = 21/6250) so that an exact
  // minute is not pushed up by floating-point noise before rounding up.
  return { walk: Math.ceil((m * 13) / 750), drive: Math.ceil((m * 21) / 6250) + 3 };
}

export const WITHIN_MINUTES = 15;

/** Sorts places: those reachable within 15 minutes (by the faster of walk and drive) first, then by distance; places without coordinates last in input order. Returns new objects with distanceMetres/walkMinutes/driveMinutes/withinReach (null for places without coordinates). */
export function rankByReach<T extends { latitude: number | null; longitude: number | null }>(
  places: T[],
  from: LatLng,
): (T & {
  distanceMetres: number | null;
  walkMinutes: number | null;
  driveMinutes: number | null;
  withinReach: boolean;
})[] {
  const ranked = places.map((place, index) => {
    if (place.latitude === null || place.longitude === null) {
      return {
        index,
        place: { ...place, distanceMetres: null, walkMinutes: null, driveMinutes: null, withinReach: false },
      };
    }
    const metres = distanceMetres(from, { lat: place.latitude, lng: place.longitude });
    const { walk, drive } = travelMinutes(metres);
    const withinReach = Math.min(walk, drive) <= WITHIN_MINUTES;
    return {
      index,
      place: { ...place, distanceMetres: metres, walkMinutes: walk, driveMinutes: drive, withinReach },
    };
  });
  const group = (p: { distanceMetres: number | null; withinReach: boolean }) =>
    p.distanceMetres === null ? 2 : p.withinReach ? 0 : 1;
  return ranked
    .sort(
      (a, b) =>
        group(a.place) - group(b.place) ||
        (a.place.distanceMetres ?? 0) - (b.place.distanceMetres ?? 0) ||
        a.index - b.index,
    )
    .map((r) => r.place);
}

export function parseLatLng(text: string): LatLng | null {
  // Accepts the full-width comma too, since coordinates are often pasted from Chinese map apps.
  const match = /^\s*([+-]?\d+(?:\.\d+)?)\s*[,，]\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}
