import { distanceMetres, type LatLng, WITHIN_MINUTES } from '../booking/geo';

/**
 * How far 15 minutes reach. This is an estimate from straight-line distance, not a routing service: the
 * straight line is stretched by a detour factor (streets are not straight), and a car loses minutes parking.
 * The factors are the ones `src/core/booking/geo.ts` uses for "minutes away" on the worker's phone, so the
 * map and the phone agree; only the speeds are configurable (MAP_WALK_KMH, MAP_DRIVE_KMH).
 */
export const travelModes = ['walk', 'drive'] as const;
export type TravelMode = (typeof travelModes)[number];

export interface Speeds {
  walkKmh: number;
  driveKmh: number;
}

export const DEFAULT_SPEEDS: Speeds = { walkKmh: 4.5, driveKmh: 25 };

/** Route length ÷ straight-line length; the same as booking's travelMinutes. */
export const DETOUR_FACTOR: Record<TravelMode, number> = { walk: 1.3, drive: 1.4 };
/** Minutes lost before moving (parking at the far end); the same as booking's travelMinutes. */
export const OVERHEAD_MINUTES: Record<TravelMode, number> = { walk: 0, drive: 3 };

export const REACH_MINUTES = WITHIN_MINUTES;

/** The straight-line radius, in whole metres, that the minutes reach in this mode. */
export function reachRadiusMetres(mode: TravelMode, speeds: Speeds, minutes = REACH_MINUTES): number {
  const kmh = mode === 'walk' ? speeds.walkKmh : speeds.driveKmh;
  const moving = Math.max(0, minutes - OVERHEAD_MINUTES[mode]);
  return Math.floor((moving * kmh * 1000) / 60 / DETOUR_FACTOR[mode]);
}

export const withinRadius = (a: LatLng, b: LatLng, radiusMetres: number): boolean =>
  distanceMetres(a, b) <= radiusMetres;

export { distanceMetres, type LatLng };
