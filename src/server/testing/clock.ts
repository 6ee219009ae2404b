import type { Clock } from '../http/request-context';

/** A clock tests move by hand, for time-outs, lock-outs and TOTP steps. */
export interface TestClock extends Clock {
  advance(ms: number): void;
  set(at: Date): void;
}

export function testClock(start = new Date('2026-11-30T09:00:00+08:00')): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    set(at) {
      t = at.getTime();
    },
  };
}
