import { curation } from '../../../core/instruments/curation';
import type { SharedResult } from './types';

/*
 * What a worker shared with their counsellor from a check-up, worded and ordered by the instruments' own
 * curation. Apart from the calendar helpers, so that only the appointments page carries the curation.
 */

export type Concern = 'urgent' | 'elevated' | null;

/** How pressing one flag is, by the instrument's curation: urgent for thoughts of self-harm (PHQ-9 item 9). */
export function flagConcern(instrument: string, flag: string): Concern {
  return curation[instrument]?.flags.find((r) => r.code === flag)?.crisis ?? null;
}

/** How pressing a shared result's flags are: urgent for thoughts of self-harm, elevated for very high scores. */
export function concernOf(result: SharedResult): Concern {
  const levels = result.flags.map((flag) => flagConcern(result.instrument, flag));
  if (levels.includes('urgent')) return 'urgent';
  if (levels.includes('elevated')) return 'elevated';
  return null;
}

/** The most pressing concern among a worker's shared results. */
export function worstConcern(results: readonly SharedResult[]): Concern {
  const all = results.map(concernOf);
  return all.includes('urgent') ? 'urgent' : all.includes('elevated') ? 'elevated' : null;
}

const rank = { urgent: 0, elevated: 1 } as const;

/** Results with the most pressing first (self-harm, then very high scores), then by band, worst first. */
export const byConcern = (results: readonly SharedResult[]): SharedResult[] =>
  [...results].sort((a, b) => {
    const [ca, cb] = [concernOf(a), concernOf(b)];
    return (ca ? rank[ca] : 2) - (cb ? rank[cb] : 2) || b.level - a.level;
  });

/** The short name (PHQ-9) and band code (moderate) of a result, for wording it in the reader's language. */
export function resultCodes(result: SharedResult): { shortName: string; band: string | null } {
  const c = curation[result.instrument];
  if (!c) return { shortName: result.name, band: null };
  const i = c.bandLevels.indexOf(result.level as never);
  return { shortName: c.shortName, band: i >= 0 ? (c.bandCodes[i] ?? null) : null };
}

/** A band's colour: calm for none or mild, warmer as it rises. */
export const levelColour = (level: number): string =>
  level >= 3 ? 'red' : level === 2 ? 'orange' : level === 1 ? 'gold' : 'green';
