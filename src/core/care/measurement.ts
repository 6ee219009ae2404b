/**
 * Measurement-based care: a case repeats an instrument (PHQ-9, GAD-7, …) and reads each score against the
 * first one of the case (its baseline). A change counts as reliable only beyond the instrument's measurement
 * error, and recovery means moving from the screening range to below it with a reliable improvement
 * ("reliable recovery" in the NHS Talking Therapies sense) — so that noise is never celebrated or feared.
 *
 * Thresholds: PHQ-9 6 points and GAD-7 4 points (NHS Talking Therapies for anxiety and depression manual;
 * Richards & Borglin 2011); WHO-5 10 percentage points (instruments.md §3: "the usual meaningful change"),
 * i.e. 3 raw points since raw × 4 is the percentage. The screening range is the one the worker's report uses
 * (PHQ-9 and GAD-7 ≥ 10, WHO-5 raw < 13), so a case never says "recovered" while the report says
 * "moderate". Instruments without an agreed threshold show their trend only.
 */
export interface ChangeRule {
  instrumentId: string;
  /** The smallest change of the raw score that is beyond measurement error. */
  reliableChange: number;
  direction: 'higher_is_worse' | 'higher_is_better';
  /** Scores in the screening range ("caseness"). */
  inRange(score: number): boolean;
  /** Where the rule comes from, shown to counsellors. */
  source: string;
}

export const changeRules: Record<string, ChangeRule> = {
  phq9: {
    instrumentId: 'phq9',
    reliableChange: 6,
    direction: 'higher_is_worse',
    inRange: (s) => s >= 10,
    source: 'NHS Talking Therapies manual: reliable change ≥ 6; screening range ≥ 10',
  },
  gad7: {
    instrumentId: 'gad7',
    reliableChange: 4,
    direction: 'higher_is_worse',
    inRange: (s) => s >= 10,
    source: 'NHS Talking Therapies manual: reliable change ≥ 4; screening range ≥ 10 (as in the report)',
  },
  who5: {
    instrumentId: 'who5',
    reliableChange: 3,
    direction: 'higher_is_better',
    inRange: (s) => s < 13,
    source: 'WHO-5: 10 percentage points (3 raw); screening range raw < 13 (≤ 48%)',
  },
};

export type ReliableChange = 'improved' | 'deteriorated' | 'none';

export interface ChangeAssessment {
  /** Latest minus baseline, in raw points (positive = higher). */
  change: number;
  reliable: ReliableChange;
  baselineInRange: boolean;
  latestInRange: boolean;
  /** From the screening range to below it, with a reliable improvement. */
  reliableRecovery: boolean;
}

export function assessChange(rule: ChangeRule, baseline: number, latest: number): ChangeAssessment {
  const change = latest - baseline;
  const better = rule.direction === 'higher_is_worse' ? -change : change;
  const reliable: ReliableChange =
    better >= rule.reliableChange ? 'improved' : -better >= rule.reliableChange ? 'deteriorated' : 'none';
  const baselineInRange = rule.inRange(baseline);
  const latestInRange = rule.inRange(latest);
  return {
    change,
    reliable,
    baselineInRange,
    latestInRange,
    reliableRecovery: baselineInRange && !latestInRange && reliable === 'improved',
  };
}

export interface MeasurePoint {
  id: string;
  at: Date;
  score: number;
}

export interface SeriesPoint extends MeasurePoint {
  /** Against the case's first score of this instrument; null for the first itself or without a rule. */
  sinceBaseline: ChangeAssessment | null;
}

/** Each score of one instrument in time order, with its change since the first. */
export function measureSeries(instrumentId: string, points: readonly MeasurePoint[]): SeriesPoint[] {
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const rule = changeRules[instrumentId];
  const baseline = sorted[0];
  return sorted.map((p, i) => ({
    ...p,
    sinceBaseline: rule && baseline && i > 0 ? assessChange(rule, baseline.score, p.score) : null,
  }));
}
