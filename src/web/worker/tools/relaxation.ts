import { type Segment, type Timeline, timeline } from './timeline';

/**
 * Progressive muscle relaxation: one muscle group after another, tensed for 5 seconds, then let go for
 * 10 (the release is what the worker learns to notice, so it lasts twice as long), from the hands to the feet.
 */
export const muscleGroups = [
  'hands',
  'arms',
  'shoulders',
  'face',
  'neck',
  'back',
  'belly',
  'legs',
  'feet',
] as const;
export type MuscleGroup = (typeof muscleGroups)[number];

export const TENSE_MS = 5_000;
export const RELEASE_MS = 10_000;

export interface RelaxStep {
  group: MuscleGroup;
  /** Which group, from 0. */
  groupIndex: number;
  phase: 'tense' | 'release';
}

export function relaxationSession(groups: readonly MuscleGroup[] = muscleGroups): Timeline<RelaxStep> {
  const segments: Segment<RelaxStep>[] = groups.flatMap((group, groupIndex) => [
    { value: { group, groupIndex, phase: 'tense' }, ms: TENSE_MS },
    { value: { group, groupIndex, phase: 'release' }, ms: RELEASE_MS },
  ]);
  return timeline(segments);
}

/** When a group's tensing starts, for the guide's back and next buttons (clamped to the session). */
export function groupStartMs(line: Timeline<RelaxStep>, groupIndex: number): number {
  const index = line.segments.findIndex((s) => s.value.groupIndex === groupIndex);
  if (index >= 0) return line.starts[index] ?? 0;
  return groupIndex < 0 ? 0 : line.totalMs;
}
