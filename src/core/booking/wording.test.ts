import { describe, expect, it } from 'vitest';
import { appointmentWhen } from './wording';

describe('appointment times in text messages', () => {
  const tuesdayAfternoon = new Date('2026-12-01T06:00:00Z'); // 14:00 in Shanghai

  it('reads as people write it, in Chinese and in English', () => {
    expect(appointmentWhen(tuesdayAfternoon, 'Asia/Shanghai', 'zh-CN')).toBe('12月1日（周二）14:00');
    expect(appointmentWhen(tuesdayAfternoon, 'Asia/Shanghai', 'en')).toBe('Tue 1 Dec, 14:00');
  });

  it('uses the station’s clock, so the date can differ from UTC’s', () => {
    const lateEvening = new Date('2026-12-31T16:30:00Z'); // 00:30 on New Year’s Day in Shanghai
    expect(appointmentWhen(lateEvening, 'Asia/Shanghai', 'zh-CN')).toBe('1月1日（周五）00:30');
    expect(appointmentWhen(lateEvening, 'Asia/Urumqi', 'en')).toBe('Thu 31 Dec, 22:30');
  });

  it('writes hours on a 24-hour clock with two digits', () => {
    expect(appointmentWhen(new Date('2026-12-07T01:05:00Z'), 'Asia/Shanghai', 'zh-CN')).toBe(
      '12月7日（周一）09:05',
    );
  });
});
