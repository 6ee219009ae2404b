import { describe, expect, it } from 'vitest';
import {
  currentSense,
  END_STEP,
  type GroundingAction,
  grounding,
  groundingSenses,
  initialGrounding,
} from './grounding';

const run = (...actions: GroundingAction['type'][]) =>
  actions.reduce((s, type) => grounding(s, { type } as GroundingAction), initialGrounding());

describe('5-4-3-2-1 grounding', () => {
  it('goes 5 seen, 4 touched, 3 heard, 2 smelled, 1 tasted', () => {
    expect(groundingSenses.map((s) => `${s.count}${s.sense}`)).toEqual([
      '5see',
      '4touch',
      '3hear',
      '2smell',
      '1taste',
    ]);
  });

  it('starts before the first step, then steps forward to the end and no further', () => {
    expect(currentSense(initialGrounding())).toBeNull();
    expect(currentSense(run('start'))?.sense).toBe('see');
    const end = run('start', 'next', 'next', 'next', 'next', 'next', 'next');
    expect(end.step).toBe(END_STEP);
    expect(currentSense(end)).toBeNull();
  });

  it('goes back a step, never before the first', () => {
    expect(run('start', 'next', 'back').step).toBe(0);
    expect(run('start', 'back', 'back').step).toBe(0);
  });

  it('counts what is found up to the step’s number, per step, and never needs it to go on', () => {
    const s = run('start', 'found', 'found', 'found', 'found', 'found', 'found', 'found');
    expect(s.found[0]).toBe(5);
    const next = run('start', 'found', 'next', 'found');
    expect(next.found.slice(0, 2)).toEqual([1, 1]);
    expect(run('start', 'next').step).toBe(1);
  });

  it('starts again from the first step with nothing counted', () => {
    const s = run('start', 'found', 'next', 'found', 'restart');
    expect(s).toEqual({ step: 0, found: [0, 0, 0, 0, 0] });
  });
});
