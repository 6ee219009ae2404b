import { describe, expect, it } from 'vitest';
import { appointmentsOf, attendanceOpen, counsellorName, entryState, ownOnly } from './appointments';
import type { CalendarBooking, CalendarEntry, Session } from './types';

const entry = (
  kind: CalendarEntry['slot']['kind'],
  booking: Partial<CalendarBooking> | null,
  startsAt = '2026-12-01T06:00:00.000Z',
): CalendarEntry => ({
  slot: { id: 's', kind, startsAt, endsAt: '2026-12-01T06:50:00.000Z', modes: ['in_person'], note: null },
  servicePoint: { id: 'p', name: '驿站', nameEn: 'Station', timeZone: 'Asia/Shanghai' },
  counsellor: { id: 'c', name: '王老师' },
  room: null,
  booking: booking
    ? {
        id: 'b',
        status: 'booked',
        source: 'worker',
        mode: 'in_person',
        topic: null,
        sharesResults: false,
        sharedResults: null,
        contact: null,
        checkedInAt: null,
        createdAt: '2026-11-20T00:00:00.000Z',
        ...booking,
      }
    : null,
});

const session = (roles: string[]) => ({ roles: roles.map((role) => ({ role })) }) as unknown as Session;

describe('the appointments calendar', () => {
  it('tells open slots, blocked time and appointments apart', () => {
    expect(entryState(entry('rostered', null))).toBe('open');
    expect(entryState(entry('block', null))).toBe('blocked');
    expect(entryState(entry('rostered', { status: 'booked' }))).toBe('booked');
    expect(entryState(entry('walk_in', { status: 'attended' }))).toBe('attended');
    expect(entryState(entry('rostered', { status: 'no_show' }))).toBe('no_show');
    expect(entryState(entry('rostered', { status: 'cancelled' }))).toBe('open');
    const list = [entry('rostered', null), entry('block', null), entry('rostered', { status: 'booked' })];
    expect(appointmentsOf(list)).toHaveLength(1);
  });

  it('offers attendance from 15 minutes before the start, as the server accepts it', () => {
    const e = entry('rostered', {}, '2026-12-01T06:00:00.000Z');
    expect(attendanceOpen(e, new Date('2026-12-01T05:44:59Z'))).toBe(false);
    expect(attendanceOpen(e, new Date('2026-12-01T05:45:00Z'))).toBe(true);
    expect(attendanceOpen(e, new Date('2026-12-02T00:00:00Z'))).toBe(true);
  });

  it('knows a counsellor sees only their own, and a manager who is also a counsellor sees more', () => {
    expect(ownOnly(session(['counsellor']), 'appointment.read')).toBe(true);
    expect(ownOnly(session(['counsellor', 'supervisor']), 'appointment.read')).toBe(true);
    expect(ownOnly(session(['counsellor', 'station_manager']), 'appointment.read')).toBe(false);
    expect(ownOnly(session(['station_manager']), 'appointment.read')).toBe(false);
    expect(ownOnly(session(['auditor']), 'appointment.read')).toBe(false);
  });

  it('names a counsellor as workers know them', () => {
    const c = { id: 'c', accountName: '演示·心理咨询师 王老师', active: true, profile: null };
    expect(counsellorName(c, 'zh-CN')).toBe('演示·心理咨询师 王老师');
    const p = { ...c, profile: { name: '王老师', nameEn: 'Ms Wang' } } as never;
    expect(counsellorName(p, 'zh-CN')).toBe('王老师');
    expect(counsellorName(p, 'en')).toBe('Ms Wang');
  });
});
