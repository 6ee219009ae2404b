import { describe, expect, it } from 'vitest';
import { dueWords } from './due-text';

const zone = 'Asia/Shanghai';
// 2026-12-01 10:00 in Beijing.
const now = new Date('2026-12-01T02:00:00Z');

describe('a follow-up’s due time in words', () => {
  it('says how long it is overdue, in minutes, hours or days', () => {
    expect(dueWords('2026-12-01T01:45:00Z', now, zone)).toMatchObject({
      tone: 'overdue',
      key: 'overdueMinutes',
      values: { count: 15 },
    });
    expect(dueWords('2026-11-30T23:00:00Z', now, zone)).toMatchObject({
      key: 'overdueHours',
      values: { count: 3 },
    });
    expect(dueWords('2026-11-28T02:00:00Z', now, zone)).toMatchObject({
      key: 'overdueDays',
      values: { count: 3 },
    });
  });

  it('reads today and tomorrow on the federation’s calendar, not UTC’s', () => {
    // 23:30 in Beijing is still today, though it is the 1st in UTC... and 00:30 Beijing is tomorrow.
    expect(dueWords('2026-12-01T15:30:00Z', now, zone)).toMatchObject({
      tone: 'today',
      key: 'today',
      values: { time: '23:30' },
    });
    expect(dueWords('2026-12-01T16:30:00Z', now, zone)).toMatchObject({
      tone: 'soon',
      key: 'tomorrow',
      values: { time: '00:30' },
    });
  });

  it('gives the date further on, and calls the next week soon', () => {
    expect(dueWords('2026-12-05T01:00:00Z', now, zone)).toMatchObject({
      tone: 'soon',
      key: 'on',
      values: { date: '12-05', time: '09:00' },
    });
    expect(dueWords('2026-12-20T01:00:00Z', now, zone)).toMatchObject({
      tone: 'later',
      values: { date: '12-20' },
    });
  });
});
