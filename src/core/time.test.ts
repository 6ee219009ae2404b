import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, localDateOf, zoneOffsetMinutes } from './time';

describe('time zones', () => {
  it('knows Shanghai is UTC+8 all year', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
    expect(zoneOffsetMinutes(new Date('2026-07-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
  });
  it('gives a Shanghai calendar day as UTC instants', () => {
    expect(dayStart('2026-11-30', 'Asia/Shanghai').toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(dayEnd('2026-11-30', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T15:59:59.999Z');
  });
  it('handles a zone with daylight saving', () => {
    expect(dayStart('2026-07-01', 'Europe/London').toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(dayStart('2026-01-01', 'Europe/London').toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('names the day an instant falls on in a zone', () => {
    expect(localDateOf(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(localDateOf(new Date('2026-11-30T16:30:00Z'), 'Europe/London')).toBe('2026-11-30');
  });
});
