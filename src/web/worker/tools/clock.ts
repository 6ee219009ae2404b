/**
 * A clock that can pause: how long an exercise has been running, not counting the pauses. Plain values in,
 * plain values out (the screens pass `performance.now()`), so it is tested without waiting.
 */
export interface Clock {
  /** Time already run before the current stretch. */
  runMs: number;
  /** When the current stretch began, or null while paused. */
  since: number | null;
}

export const startedClock = (now: number): Clock => ({ runMs: 0, since: now });

export const elapsedMs = (c: Clock, now: number): number =>
  c.runMs + (c.since === null ? 0 : Math.max(0, now - c.since));

export const isRunning = (c: Clock): boolean => c.since !== null;

export const paused = (c: Clock, now: number): Clock =>
  c.since === null ? c : { runMs: elapsedMs(c, now), since: null };

export const resumed = (c: Clock, now: number): Clock => (c.since === null ? { ...c, since: now } : c);

/** Jumps to a moment of the exercise (e.g. the start of a muscle group), running or paused as it was. */
export const seeked = (c: Clock, toMs: number, now: number): Clock => ({
  runMs: Math.max(0, toMs),
  since: c.since === null ? null : now,
});

/** "1:05" for a countdown, rounded up so it shows 0:00 only at the very end. */
export const countdownText = (ms: number): string => {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};
