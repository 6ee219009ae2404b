import { describe, expect, it } from 'vitest';
import { countdownText, elapsedMs, isRunning, paused, resumed, seeked, startedClock } from './clock';

describe('the exercise clock', () => {
  it('does not count the time it is paused', () => {
    let c = startedClock(1_000);
    expect(elapsedMs(c, 3_000)).toBe(2_000);
    c = paused(c, 3_000);
    expect(isRunning(c)).toBe(false);
    expect(elapsedMs(c, 60_000)).toBe(2_000);
    c = resumed(c, 60_000);
    expect(elapsedMs(c, 61_500)).toBe(3_500);
  });

  it('pausing twice or resuming twice changes nothing', () => {
    const c = paused(paused(startedClock(0), 10), 500);
    expect(elapsedMs(c, 900)).toBe(10);
    const r = resumed(resumed(c, 1_000), 2_000);
    expect(elapsedMs(r, 2_000)).toBe(1_010);
  });

  it('jumps to a moment and keeps running, or stays paused', () => {
    expect(elapsedMs(seeked(startedClock(0), 15_000, 100), 600)).toBe(15_500);
    expect(elapsedMs(seeked(paused(startedClock(0), 50), 30_000, 100), 9_999)).toBe(30_000);
    expect(elapsedMs(seeked(startedClock(0), -1, 0), 0)).toBe(0);
  });

  it('writes a countdown as minutes and seconds, rounded up', () => {
    expect(countdownText(300_000)).toBe('5:00');
    expect(countdownText(65_001)).toBe('1:06');
    expect(countdownText(999)).toBe('0:01');
    expect(countdownText(-20)).toBe('0:00');
  });
});
