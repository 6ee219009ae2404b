import { distanceMetres } from '../booking/geo';
import type { Enterprise, Place } from './types';

export interface CoverageFigures<E extends Enterprise> {
  enterprises: { total: number; covered: number; share: number | null };
  members: { total: number; covered: number; share: number | null };
  /** Enterprises beyond the radius of every open point, most members first (then by id, for a stable order). */
  outside: (E & { nearestMetres: number | null })[];
  /** For each enterprise id, whether some open point reaches it. */
  coveredIds: Set<string>;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Nearest distance from a place to any of the points, or null when there are none. */
export function nearestMetres(place: Place, points: readonly Place[]): number | null {
  let best: number | null = null;
  for (const p of points) {
    const d = distanceMetres(place, p);
    if (best === null || d < best) best = d;
  }
  return best;
}

/**
 * Who is within reach of an open point: an enterprise is covered when its site is within `radiusMetres`
 * (straight line) of at least one point. Shares are null when there is nothing to divide by.
 */
export function coverageFigures<E extends Enterprise>(
  openPoints: readonly Place[],
  enterprises: readonly E[],
  radiusMetres: number,
): CoverageFigures<E> {
  const coveredIds = new Set<string>();
  const outside: (E & { nearestMetres: number | null })[] = [];
  let coveredMembers = 0;
  let totalMembers = 0;
  for (const e of enterprises) {
    totalMembers += e.members;
    const nearest = nearestMetres(e, openPoints);
    if (nearest !== null && nearest <= radiusMetres) {
      coveredIds.add(e.id);
      coveredMembers += e.members;
    } else {
      outside.push({ ...e, nearestMetres: nearest });
    }
  }
  outside.sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    enterprises: {
      total: enterprises.length,
      covered: coveredIds.size,
      share: share(coveredIds.size, enterprises.length),
    },
    members: { total: totalMembers, covered: coveredMembers, share: share(coveredMembers, totalMembers) },
    outside,
    coveredIds,
  };
}
