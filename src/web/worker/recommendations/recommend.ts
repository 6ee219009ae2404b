import { evaluate } from '../../../core/recommendations/evaluate';
import type { Recommendation, RecommendType, Rule, Target } from '../../../core/recommendations/types';
import type { Crisis, Result } from '../checkup/types';

/**
 * What the report recommends, worked out on the phone from the results it already holds (no result is sent for
 * this): the federation's rules, or the bundled defaults offline, through the core's own function.
 */

/** What the worker app can show: every kind of target, events by their kind (the list filtered to it). */
export const shownHere: readonly RecommendType[] = ['tool', 'topic', 'article', 'counsellor', 'event_kind'];

export function recommendationsFor(
  rules: readonly Rule[],
  results: readonly Pick<Result, 'instrument' | 'band'>[],
  crisis: Pick<Crisis, 'triggered'>,
  mine: readonly string[],
): Recommendation[] {
  const facts = {
    results: results.map((r) => ({ instrument: r.instrument, band: r.band.code, level: r.band.level })),
    crisis: crisis.triggered,
  };
  return evaluate(rules, facts, mine, { shows: shownHere });
}

/** Where a recommendation leads in the worker app. */
export function linkOf(target: Target): string | null {
  switch (target.type) {
    case 'crisis_help':
      return '/help';
    case 'counsellor':
      return '/stations';
    case 'tool':
      return `/tools/${target.tool}`;
    case 'topic':
      return `/learn?topic=${encodeURIComponent(target.topic)}`;
    case 'article':
      return `/learn/${encodeURIComponent(target.slug)}`;
    case 'event_kind':
      return `/events?kind=${encodeURIComponent(target.kind)}`;
  }
}
