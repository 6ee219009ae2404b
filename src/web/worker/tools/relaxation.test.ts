import { describe, expect, it } from 'vitest';
import { groupStartMs, muscleGroups, RELEASE_MS, relaxationSession, TENSE_MS } from './relaxation';
import { positionAt } from './timeline';

describe('progressive muscle relaxation', () => {
  const s = relaxationSession();

  it('tenses each group for 5 s, then lets go for 10 s, hands first and feet last', () => {
    expect(TENSE_MS).toBe(5_000);
    expect(RELEASE_MS).toBe(10_000);
    expect(s.segments).toHaveLength(muscleGroups.length * 2);
    expect(s.totalMs).toBe(muscleGroups.length * 15_000);
    expect(s.segments[0]?.value).toEqual({ group: 'hands', groupIndex: 0, phase: 'tense' });
    expect(s.segments[1]?.value).toMatchObject({ group: 'hands', phase: 'release' });
    expect(s.segments.at(-1)?.value).toMatchObject({ group: 'feet', phase: 'release' });
  });

  it('counts each step down', () => {
    expect(positionAt(s, 0)).toMatchObject({ value: { phase: 'tense' }, secondsLeft: 5 });
    expect(positionAt(s, 5_000)).toMatchObject({ value: { phase: 'release' }, secondsLeft: 10 });
    expect(positionAt(s, 14_100)).toMatchObject({ value: { phase: 'release' }, secondsLeft: 1 });
    expect(positionAt(s, 15_000)).toMatchObject({ value: { group: 'arms', phase: 'tense' } });
  });

  it('finds where each group starts, for back and next', () => {
    expect(groupStartMs(s, 0)).toBe(0);
    expect(groupStartMs(s, 2)).toBe(30_000);
    expect(groupStartMs(s, -1)).toBe(0);
    expect(groupStartMs(s, muscleGroups.length)).toBe(s.totalMs);
  });

  it('numbers the groups of any list it is given, in order', () => {
    const short = relaxationSession(['hands', 'feet']);
    expect(short.segments.map((x) => x.value.group)).toEqual(['hands', 'hands', 'feet', 'feet']);
    expect(short.segments[2]?.value.groupIndex).toBe(1);
  });
});
