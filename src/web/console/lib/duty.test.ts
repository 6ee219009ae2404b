import { describe, expect, it } from 'vitest';
import { dutyUntilOf } from './duty';

const zone = 'Asia/Shanghai';

describe('until when I am on duty', () => {
  it('says a time today in the federation’s zone', () => {
    // 09:00 in Shanghai; on duty until 17:30 there.
    expect(dutyUntilOf('2026-11-02T09:30:00Z', new Date('2026-11-02T01:00:00Z'), zone)).toEqual({
      day: 'today',
      time: '17:30',
      date: '11-02',
    });
  });

  it('says tomorrow for a night duty that ends after midnight there', () => {
    // 20:00 in Shanghai on the 2nd; 12 hours on ends at 08:00 on the 3rd (still the 2nd in UTC).
    expect(dutyUntilOf('2026-11-03T00:00:00Z', new Date('2026-11-02T12:00:00Z'), zone)).toEqual({
      day: 'tomorrow',
      time: '08:00',
      date: '11-03',
    });
  });

  it('says the date when it is further off, across a month end', () => {
    expect(dutyUntilOf('2026-12-02T02:00:00Z', new Date('2026-11-30T10:00:00Z'), zone)).toEqual({
      day: 'later',
      time: '10:00',
      date: '12-02',
    });
    expect(dutyUntilOf('2026-12-01T02:00:00Z', new Date('2026-11-30T10:00:00Z'), zone).day).toBe('tomorrow');
  });
});
