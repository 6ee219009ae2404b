import { distanceMetres } from '../booking/geo';
import type { Enterprise, Place } from './types';

export const MAX_SUGGESTIONS = 5;

export interface Suggestion<C extends Place> {
  site: C;
  /** Members newly within reach by this site, given the sites chosen before it. */
  addedMembers: number;
  /** Ids of the enterprises it newly brings within reach. */
  addedEnterpriseIds: string[];
}

/** Which uncovered enterprises each candidate would reach. */
function reachSets(candidates: readonly Place[], uncovered: readonly Enterprise[], radiusMetres: number) {
  return candidates.map((c) =>
    uncovered.filter((e) => distanceMetres(c, e) <= radiusMetres).map((e) => e.id),
  );
}

/**
 * Where next: greedy maximum coverage. Each step takes the candidate that adds the most uncovered members
 * (ties: more enterprises, then the candidate's order), until `count` sites are chosen or no site adds
 * anyone. Choosing the best k sites exactly is NP-hard; greedy is guaranteed to bring at least 1 − 1/e
 * (≈ 63%) of the members the best possible k sites would (Nemhauser, Wolsey & Fisher, 1978), and is often
 * much closer. `uncovered` are the enterprises no open point reaches today.
 */
export function suggestSites<C extends Place>(
  candidates: readonly C[],
  uncovered: readonly Enterprise[],
  radiusMetres: number,
  count: number,
): Suggestion<C>[] {
  const k = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(count)));
  const members = new Map(uncovered.map((e) => [e.id, e.members]));
  const sets = reachSets(candidates, uncovered, radiusMetres);
  const taken = new Set<string>();
  const chosen: Suggestion<C>[] = [];
  const used = new Set<number>();
  while (chosen.length < k) {
    let best = -1;
    let bestGain = 0;
    let bestCount = 0;
    sets.forEach((set, i) => {
      if (used.has(i)) return;
      let gain = 0;
      let n = 0;
      for (const id of set) {
        if (taken.has(id)) continue;
        gain += members.get(id) ?? 0;
        n += 1;
      }
      if (n > 0 && (gain > bestGain || (gain === bestGain && n > bestCount))) {
        best = i;
        bestGain = gain;
        bestCount = n;
      }
    });
    if (best < 0) break;
    used.add(best);
    const added = (sets[best] ?? []).filter((id) => !taken.has(id));
    for (const id of added) taken.add(id);
    chosen.push({ site: candidates[best] as C, addedMembers: bestGain, addedEnterpriseIds: added });
  }
  return chosen;
}
