import { type Segment, type Timeline, timeline } from './timeline';

/**
 * Paced breathing: the rhythms offered, and the session a rhythm and a length make. A session is whole
 * breaths (it always ends after breathing out), as close to the chosen minutes as whole breaths allow.
 */
export type BreathPhase = 'in' | 'hold' | 'out' | 'rest';

export const rhythmIds = ['calm', 'coherent', 'box', 'relax478'] as const;
export type RhythmId = (typeof rhythmIds)[number];

/** Seconds of each phase, in order. `rest` is box breathing's hold with empty lungs. */
export const rhythms: Record<RhythmId, readonly { phase: BreathPhase; seconds: number }[]> = {
  // 4-6: a longer breath out than in, the gentlest start.
  calm: [
    { phase: 'in', seconds: 4 },
    { phase: 'out', seconds: 6 },
  ],
  // 5-5: about six breaths a minute ("coherent" breathing).
  coherent: [
    { phase: 'in', seconds: 5 },
    { phase: 'out', seconds: 5 },
  ],
  box: [
    { phase: 'in', seconds: 4 },
    { phase: 'hold', seconds: 4 },
    { phase: 'out', seconds: 4 },
    { phase: 'rest', seconds: 4 },
  ],
  relax478: [
    { phase: 'in', seconds: 4 },
    { phase: 'hold', seconds: 7 },
    { phase: 'out', seconds: 8 },
  ],
};

export const sessionMinutes = [1, 3, 5] as const;
export type SessionMinutes = (typeof sessionMinutes)[number];

export const isRhythmId = (v: unknown): v is RhythmId => rhythmIds.includes(v as RhythmId);
export const isSessionMinutes = (v: unknown): v is SessionMinutes =>
  sessionMinutes.includes(v as SessionMinutes);

export const breathSeconds = (rhythm: RhythmId): number =>
  rhythms[rhythm].reduce((sum, p) => sum + p.seconds, 0);

/** Whole breaths nearest the chosen length, at least one. */
export const breathCount = (rhythm: RhythmId, minutes: SessionMinutes): number =>
  Math.max(1, Math.round((minutes * 60) / breathSeconds(rhythm)));

export interface BreathStep {
  phase: BreathPhase;
  /** Which breath, from 1. */
  breath: number;
}

export function breathingSession(rhythm: RhythmId, minutes: SessionMinutes): Timeline<BreathStep> {
  const segments: Segment<BreathStep>[] = [];
  const count = breathCount(rhythm, minutes);
  for (let breath = 1; breath <= count; breath++)
    for (const { phase, seconds } of rhythms[rhythm])
      segments.push({ value: { phase, breath }, ms: seconds * 1000 });
  return timeline(segments);
}

/** Smallest and largest size of the guide's circle: full at the top of a breath, small when empty. */
export const CIRCLE_MIN = 0.55;
export const CIRCLE_MAX = 1;

/** The circle's size at this point of a phase: growing in, full while holding, shrinking out, small at rest. */
export function circleScale(phase: BreathPhase, progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  const span = CIRCLE_MAX - CIRCLE_MIN;
  if (phase === 'in') return CIRCLE_MIN + span * p;
  if (phase === 'out') return CIRCLE_MAX - span * p;
  return phase === 'hold' ? CIRCLE_MAX : CIRCLE_MIN;
}

/** A short buzz to feel each phase change without looking: one for in, two for out, a tap for a hold. */
export const phaseBuzz: Record<BreathPhase, number | number[]> = {
  in: 80,
  hold: 30,
  out: [50, 80, 50],
  rest: 30,
};
