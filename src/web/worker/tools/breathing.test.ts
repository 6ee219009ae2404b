import { describe, expect, it } from 'vitest';
import {
  breathCount,
  breathingSession,
  breathSeconds,
  CIRCLE_MAX,
  CIRCLE_MIN,
  circleScale,
  rhythmIds,
  sessionMinutes,
} from './breathing';
import { positionAt } from './timeline';

describe('paced breathing', () => {
  it('has the rhythms it names: 4-7-8, box 4-4-4-4, calm 4-6, coherent 5-5', () => {
    expect(breathSeconds('relax478')).toBe(19);
    expect(breathSeconds('box')).toBe(16);
    expect(breathSeconds('calm')).toBe(10);
    expect(breathSeconds('coherent')).toBe(10);
  });

  it('makes whole breaths nearest the chosen minutes', () => {
    expect(breathCount('calm', 1)).toBe(6);
    expect(breathCount('coherent', 5)).toBe(30);
    expect(breathCount('box', 3)).toBe(11); // 180 / 16 = 11.25
    expect(breathCount('relax478', 1)).toBe(3); // 60 / 19 = 3.16
    for (const r of rhythmIds)
      for (const m of sessionMinutes) {
        const s = breathingSession(r, m);
        expect(Math.abs(s.totalMs - m * 60_000)).toBeLessThanOrEqual((breathSeconds(r) * 1000) / 2);
      }
  });

  it('walks through the phases of 4-7-8 in order, second by second', () => {
    const s = breathingSession('relax478', 1);
    expect(s.segments.map((x) => x.value.phase).slice(0, 4)).toEqual(['in', 'hold', 'out', 'in']);
    expect(positionAt(s, 0)).toMatchObject({ value: { phase: 'in', breath: 1 }, secondsLeft: 4 });
    expect(positionAt(s, 3_999)).toMatchObject({ value: { phase: 'in' }, secondsLeft: 1 });
    expect(positionAt(s, 4_000)).toMatchObject({ value: { phase: 'hold' }, secondsLeft: 7 });
    expect(positionAt(s, 11_000)).toMatchObject({ value: { phase: 'out' }, secondsLeft: 8 });
    expect(positionAt(s, 19_000)).toMatchObject({ value: { phase: 'in', breath: 2 } });
  });

  it('box breathing holds with empty lungs too, and every session ends after breathing out or resting', () => {
    const box = breathingSession('box', 1);
    expect(box.segments.slice(0, 4).map((x) => x.value.phase)).toEqual(['in', 'hold', 'out', 'rest']);
    for (const r of rhythmIds) {
      const last = breathingSession(r, 3).segments.at(-1)?.value.phase;
      expect(['out', 'rest']).toContain(last);
    }
  });

  it('says when the time is up, and never runs past the end', () => {
    const s = breathingSession('calm', 1);
    expect(positionAt(s, 59_999)).toMatchObject({ done: false, remainingMs: 1 });
    expect(positionAt(s, 60_000)).toMatchObject({ done: true, remainingMs: 0, secondsLeft: 0 });
    expect(positionAt(s, 10_000_000)).toMatchObject({ done: true, index: s.segments.length - 1 });
    expect(positionAt(s, -5)).toMatchObject({ index: 0, elapsedMs: 0 });
  });

  it('grows the circle breathing in, keeps it while holding, shrinks it breathing out', () => {
    expect(circleScale('in', 0)).toBe(CIRCLE_MIN);
    expect(circleScale('in', 1)).toBe(CIRCLE_MAX);
    expect(circleScale('hold', 0.5)).toBe(CIRCLE_MAX);
    expect(circleScale('out', 0.5)).toBeCloseTo((CIRCLE_MIN + CIRCLE_MAX) / 2);
    expect(circleScale('rest', 0.2)).toBe(CIRCLE_MIN);
    expect(circleScale('out', 2)).toBe(CIRCLE_MIN);
  });
});
