import { describe, expect, it } from 'vitest';
import { hoursLabel, weekdaysLabel } from './service-points';

describe('a station’s opening hours in words', () => {
  it('joins runs of weekdays and lists the rest', () => {
    expect(weekdaysLabel([1, 2, 3, 4, 5], 'zh-CN')).toBe('周一至周五');
    expect(weekdaysLabel([5, 1, 3], 'zh-CN')).toBe('周一、周三、周五');
    expect(weekdaysLabel([6, 7], 'zh-CN')).toBe('周六、周日');
    expect(weekdaysLabel([1, 2, 3, 5, 6, 7], 'en')).toBe('Mon–Wed, Fri–Sun');
    expect(weekdaysLabel([], 'en')).toBe('');
  });

  it('puts several stretches on one line', () => {
    const hours = [
      { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:30' },
      { weekdays: [6], opens: '09:00', closes: '12:00' },
    ];
    expect(hoursLabel(hours, 'zh-CN')).toBe('周一至周五 09:00–17:30；周六 09:00–12:00');
    expect(hoursLabel(hours, 'en')).toBe('Mon–Fri 09:00–17:30; Sat 09:00–12:00');
  });
});
