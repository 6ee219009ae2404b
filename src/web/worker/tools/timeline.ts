/**
 * A guided exercise as a row of timed segments (breathe in 4 s, hold 7 s …; tense 5 s, release 10 s …) and
 * where a given moment falls in it. Pure, so the breathing and relaxation guides are tested without a clock.
 */
export interface Segment<T> {
  value: T;
  ms: number;
}

export interface Timeline<T> {
  segments: readonly Segment<T>[];
  /** When each segment starts, from the start of the exercise. */
  starts: readonly number[];
  totalMs: number;
}

export function timeline<T>(segments: readonly Segment<T>[]): Timeline<T> {
  const starts: number[] = [];
  let at = 0;
  for (const s of segments) {
    starts.push(at);
    at += s.ms;
  }
  return { segments, starts, totalMs: at };
}

export interface Position<T> {
  index: number;
  value: T;
  /** Whole seconds left in this segment, counting down to 1 (never 0 while it runs). */
  secondsLeft: number;
  /** 0 at the segment's start, 1 at its end. */
  progress: number;
  elapsedMs: number;
  remainingMs: number;
  done: boolean;
}

/** The segment running at `elapsedMs`; past the end, the last segment, finished. */
export function positionAt<T>(line: Timeline<T>, elapsedMs: number): Position<T> | null {
  const { segments, starts, totalMs } = line;
  if (segments.length === 0) return null;
  const at = Math.min(Math.max(elapsedMs, 0), totalMs);
  let index = 0;
  // The last segment whose start is at or before `at` (a finished exercise stays on its last segment).
  while (index + 1 < segments.length && (starts[index + 1] ?? totalMs) <= at) index++;
  if (at >= totalMs) index = segments.length - 1;
  const segment = segments[index] as Segment<T>;
  const into = at - (starts[index] ?? 0);
  const done = at >= totalMs;
  return {
    index,
    value: segment.value,
    secondsLeft: done ? 0 : Math.max(1, Math.ceil((segment.ms - into) / 1000)),
    progress: segment.ms === 0 ? 1 : Math.min(1, into / segment.ms),
    elapsedMs: at,
    remainingMs: totalMs - at,
    done,
  };
}
