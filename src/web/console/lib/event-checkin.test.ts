import { describe, expect, it } from 'vitest';
import {
  checkInCounts,
  parseMemberList,
  registrantLabel,
  sortRegistrations,
  tickable,
  ticketFromScan,
} from './event-checkin';
import type { StaffRegistration } from './event-types';

const id = '0b5d3a52-4c2e-4f6a-9a43-0e6b7f2c9d11';
const token = 'abcdEFGH1234_-xyz';

const row = (over: Partial<StaffRegistration>): StaffRegistration => ({
  id: over.id ?? 'r',
  status: 'registered',
  source: 'worker',
  position: null,
  phone: '138****5678',
  name: null,
  organisationName: null,
  createdAt: '2026-12-01T00:00:00Z',
  offerExpiresAt: null,
  checkedInAt: null,
  checkInMethod: null,
  ...over,
});

describe('a code at the door', () => {
  it('takes the QR text as it is, and the id.token part typed by hand', () => {
    expect(ticketFromScan(` carnation-event:${id}.${token}\n`)).toBe(`carnation-event:${id}.${token}`);
    expect(ticketFromScan(`${id}.${token}`)).toBe(`carnation-event:${id}.${token}`);
  });

  it('refuses what cannot be a ticket, such as the door poster code', () => {
    expect(ticketFromScan('ABCD EFGH JKMN')).toBeNull();
    expect(ticketFromScan('')).toBeNull();
  });
});

describe('the registrations at the door', () => {
  const rows = [
    row({ id: 'w2', status: 'waitlisted', position: 2 }),
    row({ id: 'done', checkedInAt: '2026-12-08T06:05:00Z', name: '王芳', source: 'officer' }),
    row({ id: 'w1', status: 'waitlisted', position: 1 }),
    row({ id: 'x', status: 'cancelled' }),
    row({ id: 'new', name: '李强', phone: null, source: 'officer' }),
  ];

  it('lists those still to arrive first, then the waitlist in its order', () => {
    expect(sortRegistrations(rows).map((r) => r.id)).toEqual(['new', 'done', 'w1', 'w2', 'x']);
  });

  it('counts attended of registered, leaving out the waitlist and the cancelled', () => {
    expect(checkInCounts(rows)).toEqual({ attended: 1, registered: 2 });
  });

  it('names a member by name and a worker by the masked phone', () => {
    expect(registrantLabel(rows[4] as StaffRegistration)).toBe('李强');
    expect(registrantLabel(rows[0] as StaffRegistration)).toBe('138****5678');
  });

  it('offers to tick only those holding a place, found by name or digits', () => {
    expect(tickable(rows, '').map((r) => r.id)).toEqual(['new', 'done']);
    expect(tickable(rows, '李').map((r) => r.id)).toEqual(['new']);
    expect(tickable(rows, '5678').map((r) => r.id)).toEqual(['done']);
  });
});

describe('an officer’s pasted list of members', () => {
  it('reads a name and a number in either order, with spaces, commas, tabs or +86', () => {
    const { members, problems } = parseMemberList(
      '张三 13800138000\n13900139000，李四\n\n王 五\t+86 137-0013-7000\n',
    );
    expect(problems).toEqual([]);
    expect(members).toEqual([
      { name: '张三', phone: '13800138000' },
      { name: '李四', phone: '13900139000' },
      { name: '王 五', phone: '13700137000' },
    ]);
  });

  it('reports lines without a number or a name, and a number given twice, by line', () => {
    const { members, problems } = parseMemberList('张三\n13800138000\n李四 13900139000\n赵六 13900139000');
    expect(members).toEqual([{ name: '李四', phone: '13900139000' }]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'no_phone'],
      [2, 'no_name'],
      [4, 'duplicate'],
    ]);
  });
});
