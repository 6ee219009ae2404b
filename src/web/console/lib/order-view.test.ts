import { describe, expect, it } from 'vitest';
import { datesText, hoursText, timelineDetails } from './order-view';

describe('order view helpers', () => {
  it('writes preferred dates with and without a time', () => {
    expect(datesText([{ date: '2026-12-15', time: '14:00' }, { date: '2026-12-17' }])).toBe(
      '2026-12-15 14:00、2026-12-17',
    );
    expect(datesText([{ date: '2026-12-15', time: '14:00' }, { date: '2026-12-17' }], 'en')).toBe(
      '2026-12-15 14:00, 2026-12-17',
    );
  });
  it('lists what a timeline row says, the proposal dates and message first', () => {
    const rows = timelineDetails({
      id: '1',
      step: 'propose',
      fromState: 'submitted',
      toState: 'proposed',
      side: 'federation',
      actorName: null,
      details: { dates: [{ date: '2026-12-20', time: '15:00' }], message: '20 日可以吗？' },
      at: '2026-12-01T00:00:00Z',
    });
    expect(rows).toEqual([
      ['proposedDates', '2026-12-20 15:00'],
      ['message', '20 日可以吗？'],
    ]);
  });
  it('shows hours under two days, days beyond', () => {
    expect(hoursText(20, 'zh-CN')).toBe('20 小时');
    expect(hoursText(240, 'en')).toBe('10 days');
    expect(hoursText(null, 'en')).toBe('—');
  });
});
