import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedInstant, zoneOffsetMinutes } from '../time';
import { addDays, type Weekday } from './recurrence';
import {
  type BusyInterval,
  generateSlots,
  overlaps,
  type RosterSpec,
  rosterProblems,
  type SlotCandidate,
} from './slots';

const roster = (over: Partial<RosterSpec> = {}): RosterSpec => ({
  id: 'r1',
  counsellorId: 'c1',
  servicePointId: 'p1',
  roomId: null,
  rule: { freq: 'weekly', weekdays: [2, 4] },
  startTime: '09:00',
  endTime: '12:00',
  validFrom: '2026-01-01',
  validUntil: null,
  slotMinutes: 50,
  bufferMinutes: 10,
  modes: ['in_person', 'phone'],
  timeZone: 'Asia/Shanghai',
  ...over,
});
const once = (date: string) => ({ freq: 'once' as const, date });
const windowOf = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const starts = (slots: SlotCandidate[]) => slots.map((s) => s.startsAt.toISOString());
const June = windowOf('2026-05-31T16:00:00Z', '2026-06-30T16:00:00Z'); // June 2026 in Shanghai

describe('generateSlots in Asia/Shanghai', () => {
  it('steps by slot plus buffer on every Tuesday and Thursday', () => {
    const slots = generateSlots([roster()], [], [], windowOf('2026-05-31T16:00:00Z', '2026-06-07T16:00:00Z'));
    expect(starts(slots)).toEqual([
      '2026-06-02T01:00:00.000Z',
      '2026-06-02T02:00:00.000Z',
      '2026-06-02T03:00:00.000Z',
      '2026-06-04T01:00:00.000Z',
      '2026-06-04T02:00:00.000Z',
      '2026-06-04T03:00:00.000Z',
    ]);
    expect(slots[0]).toEqual({
      rosterId: 'r1',
      counsellorId: 'c1',
      servicePointId: 'p1',
      roomId: null,
      startsAt: zonedInstant('2026-06-02', '09:00:00.000', 'Asia/Shanghai'),
      endsAt: new Date('2026-06-02T01:50:00Z'),
      modes: ['in_person', 'phone'],
    });
  });
  it('serves the 2nd and 4th Thursday of the month', () => {
    const r = roster({
      rule: { freq: 'monthly_nth', weekday: 4, nths: [2, 4] },
      startTime: '14:00',
      endTime: '17:00',
      slotMinutes: 60,
      bufferMinutes: 0,
    });
    expect(starts(generateSlots([r], [], [], June))).toEqual([
      '2026-06-11T06:00:00.000Z',
      '2026-06-11T07:00:00.000Z',
      '2026-06-11T08:00:00.000Z',
      '2026-06-25T06:00:00.000Z',
      '2026-06-25T07:00:00.000Z',
      '2026-06-25T08:00:00.000Z',
    ]);
  });
  it('includes a slot starting at the window start and excludes one starting at its end', () => {
    const slots = generateSlots([roster()], [], [], windowOf('2026-06-02T02:00:00Z', '2026-06-04T02:00:00Z'));
    expect(starts(slots)).toEqual([
      '2026-06-02T02:00:00.000Z',
      '2026-06-02T03:00:00.000Z',
      '2026-06-04T01:00:00.000Z',
    ]);
  });
  it('runs to 24:00 and yields nothing for an empty window', () => {
    const r = roster({
      rule: once('2026-06-02'),
      startTime: '22:00',
      endTime: '24:00',
      slotMinutes: 60,
      bufferMinutes: 0,
    });
    expect(starts(generateSlots([r], [], [], June))).toEqual([
      '2026-06-02T14:00:00.000Z',
      '2026-06-02T15:00:00.000Z',
    ]);
    expect(generateSlots([r], [], [], windowOf('2026-06-30T00:00:00Z', '2026-06-01T00:00:00Z'))).toEqual([]);
  });
  it('respects validFrom and validUntil, and ignores invalid rosters', () => {
    expect(
      generateSlots([roster({ validFrom: '2026-06-10', validUntil: '2026-06-11' })], [], [], June),
    ).toHaveLength(3);
    expect(generateSlots([roster({ slotMinutes: 0, bufferMinutes: 0 })], [], [], June)).toEqual([]);
  });
});

describe('generateSlots across daylight saving (America/New_York)', () => {
  const ny = (over: Partial<RosterSpec>) =>
    roster({ timeZone: 'America/New_York', bufferMinutes: 0, ...over });
  const March = windowOf('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z');
  const November = windowOf('2026-10-25T00:00:00Z', '2026-11-10T00:00:00Z');

  it('skips the wall-clock hour that does not exist on 8 March 2026', () => {
    const r = ny({ rule: once('2026-03-08'), startTime: '01:00', endTime: '04:00', slotMinutes: 60 });
    const slots = generateSlots([r], [], [], March);
    // 01:00 EST and 03:00 EDT; 02:00 never happens.
    expect(starts(slots)).toEqual(['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z']);
    expect(slots.map((s) => s.endsAt.toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T08:00:00.000Z',
    ]);
  });
  it('drops a slot that would overlap, in real time, the one before the gap', () => {
    // Wall-clock starts 00:00, 01:30, 03:00, 04:30; 01:30 EST runs to 03:30 EDT, so 03:00 EDT cannot be offered.
    const r = ny({
      rule: once('2026-03-08'),
      startTime: '00:00',
      endTime: '06:00',
      slotMinutes: 60,
      bufferMinutes: 30,
    });
    expect(starts(generateSlots([r], [], [], March))).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T08:30:00.000Z',
    ]);
  });
  it('drops a slot whose real end runs past closing time across the gap', () => {
    // 01:30 EST + 60 min is 03:30 EDT, later than the 03:00 close.
    const r = ny({ rule: once('2026-03-08'), startTime: '00:30', endTime: '03:00', slotMinutes: 60 });
    expect(starts(generateSlots([r], [], [], March))).toEqual(['2026-03-08T05:30:00.000Z']);
  });
  it('uses the first of the repeated hour on 1 November 2026, with no overlaps', () => {
    const r = ny({ rule: once('2026-11-01'), startTime: '01:00', endTime: '03:00', slotMinutes: 30 });
    const slots = generateSlots([r], [], [], November);
    // 01:00 and 01:30 EDT (UTC−4), then 02:00 and 02:30 EST (UTC−5): the repeated 01:00–02:00 EST is left out.
    expect(starts(slots)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T07:30:00.000Z',
    ]);
    for (const [i, a] of slots.entries()) {
      for (const b of slots.slice(i + 1)) {
        expect(overlaps({ start: a.startsAt, end: a.endsAt }, { start: b.startsAt, end: b.endsAt })).toBe(
          false,
        );
      }
    }
  });
  it('picks the first instant in a zone east of UTC too (Europe/Berlin, 25 October 2026)', () => {
    const r = roster({
      timeZone: 'Europe/Berlin',
      rule: once('2026-10-25'),
      startTime: '02:00',
      endTime: '03:00',
      slotMinutes: 30,
      bufferMinutes: 0,
    });
    // 02:00 CEST is 00:00Z; the second 02:00 (CET) would be 01:00Z.
    expect(starts(generateSlots([r], [], [], November))).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T00:30:00.000Z',
    ]);
  });
});

describe('generateSlots near the date line', () => {
  it('maps the same local date to different UTC days', () => {
    const common = {
      rule: once('2026-06-10'),
      startTime: '09:00',
      endTime: '10:00',
      slotMinutes: 60,
      bufferMinutes: 0,
    };
    const kiritimati = roster({ ...common, id: 'k', counsellorId: 'ck', timeZone: 'Pacific/Kiritimati' });
    const pagoPago = roster({ ...common, id: 'p', counsellorId: 'cp', timeZone: 'Pacific/Pago_Pago' });
    const slots = generateSlots(
      [pagoPago, kiritimati],
      [],
      [],
      windowOf('2026-06-01T00:00:00Z', '2026-06-20T00:00:00Z'),
    );
    expect(slots.map((s) => [s.rosterId, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['k', '2026-06-09T19:00:00.000Z', '2026-06-09T20:00:00.000Z'], // UTC+14
      ['p', '2026-06-10T20:00:00.000Z', '2026-06-10T21:00:00.000Z'], // UTC−11
    ]);
  });
  it('finds local dates from the window in the roster zone', () => {
    // 2026-06-09T19:00Z is already the 10th in Kiritimati: a window of that one hour still finds the slot.
    const r = roster({
      rule: once('2026-06-10'),
      timeZone: 'Pacific/Kiritimati',
      startTime: '09:00',
      endTime: '10:00',
      slotMinutes: 60,
      bufferMinutes: 0,
    });
    expect(
      starts(generateSlots([r], [], [], windowOf('2026-06-09T19:00:00Z', '2026-06-09T20:00:00Z'))),
    ).toEqual(['2026-06-09T19:00:00.000Z']);
  });
});

describe('exceptions and busy time', () => {
  const day = windowOf('2026-06-01T16:00:00Z', '2026-06-02T16:00:00Z'); // Tuesday 2 June in Shanghai
  const other = roster({ id: 'r2', counsellorId: 'c2', servicePointId: 'p2' });

  it('closes a whole service point for a holiday, and only that point', () => {
    const slots = generateSlots(
      [roster(), other],
      [{ date: '2026-06-02', rosterId: null, servicePointId: 'p1' }],
      [],
      day,
    );
    expect(new Set(slots.map((s) => s.rosterId))).toEqual(new Set(['r2']));
  });
  it('gives one roster a day off without touching another at the same point', () => {
    const colleague = roster({ id: 'r3', counsellorId: 'c3' });
    const slots = generateSlots(
      [roster(), colleague],
      [{ date: '2026-06-02', rosterId: 'r1', servicePointId: 'p1' }],
      [],
      day,
    );
    expect(new Set(slots.map((s) => s.rosterId))).toEqual(new Set(['r3']));
    expect(
      generateSlots([roster()], [{ date: '2026-06-03', rosterId: 'r1', servicePointId: 'p1' }], [], day),
    ).toHaveLength(3);
  });
  it("drops slots overlapping the counsellor's busy time, half-open", () => {
    const busy: BusyInterval[] = [
      {
        counsellorId: 'c1',
        roomId: null,
        start: new Date('2026-06-02T02:30:00Z'),
        end: new Date('2026-06-02T02:40:00Z'),
      },
      {
        counsellorId: 'c1',
        roomId: null,
        start: new Date('2026-06-02T03:50:00Z'),
        end: new Date('2026-06-02T05:00:00Z'),
      },
      {
        counsellorId: 'c9',
        roomId: null,
        start: new Date('2026-06-02T01:00:00Z'),
        end: new Date('2026-06-02T02:00:00Z'),
      },
    ];
    expect(starts(generateSlots([roster()], [], busy, day))).toEqual([
      '2026-06-02T01:00:00.000Z',
      '2026-06-02T03:00:00.000Z',
    ]);
  });
  it('drops slots whose room is busy, whoever holds it', () => {
    const busy: BusyInterval[] = [
      {
        counsellorId: null,
        roomId: 'room-a',
        start: new Date('2026-06-02T01:00:00Z'),
        end: new Date('2026-06-02T01:10:00Z'),
      },
    ];
    expect(generateSlots([roster({ roomId: 'room-a' })], [], busy, day)).toHaveLength(2);
    expect(generateSlots([roster({ roomId: 'room-b' })], [], busy, day)).toHaveLength(3);
    expect(generateSlots([roster()], [], busy, day)).toHaveLength(3);
  });
  it('lets the earlier roster win when one counsellor is rostered at two points at once', () => {
    const morning = roster({ id: 'north', servicePointId: 'p1', slotMinutes: 60, bufferMinutes: 0 }); // 09:00–12:00
    const late = roster({
      id: 'south',
      servicePointId: 'p2',
      startTime: '10:30',
      endTime: '13:30',
      slotMinutes: 60,
      bufferMinutes: 0,
    });
    const byRoster = (slots: SlotCandidate[]) =>
      slots.map((s) => `${s.rosterId}@${s.startsAt.toISOString().slice(11, 16)}`);
    expect(byRoster(generateSlots([morning, late], [], [], day))).toEqual([
      'north@01:00',
      'north@02:00',
      'north@03:00',
      'south@04:30',
    ]);
    expect(byRoster(generateSlots([late, morning], [], [], day))).toEqual([
      'north@01:00',
      'south@02:30',
      'south@03:30',
      'south@04:30',
    ]);
  });
  it('never double-books a room between two counsellors', () => {
    const a = roster({ roomId: 'room-a' });
    const b = roster({ id: 'r2', counsellorId: 'c2', roomId: 'room-a', startTime: '09:30' });
    const slots = generateSlots([a, b], [], [], day);
    expect(slots.every((s) => s.rosterId === 'r1')).toBe(true);
  });
  it('sorts by start, then counsellor', () => {
    const slots = generateSlots(
      [roster({ counsellorId: 'zoe' }), roster({ id: 'r2', counsellorId: 'amy' })],
      [],
      [],
      day,
    );
    expect(slots.slice(0, 2).map((s) => s.counsellorId)).toEqual(['amy', 'zoe']);
  });
});

describe('generateSlots properties', () => {
  const zones = [
    'America/New_York',
    'Europe/Berlin',
    'Asia/Shanghai',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/Santiago',
  ];
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const rosterArb = fc
    .record({
      counsellorId: fc.constantFrom('c1', 'c2'),
      roomId: fc.constantFrom(null, 'room-a', 'room-b'),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
      start: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
      length: fc.integer({ min: 15, max: 600 }),
      slotMinutes: fc.integer({ min: 15, max: 240 }),
      bufferMinutes: fc.integer({ min: 0, max: 120 }),
      timeZone: fc.constantFrom(...zones),
    })
    .map(
      (x): RosterSpec =>
        roster({
          counsellorId: x.counsellorId,
          roomId: x.roomId,
          rule: {
            freq: 'weekly',
            weekdays: x.weekdays as Weekday[],
          },
          startTime: hhmm(x.start),
          endTime: x.start + x.length >= 1440 ? '24:00' : hhmm(x.start + x.length),
          slotMinutes: x.slotMinutes,
          bufferMinutes: x.bufferMinutes,
          timeZone: x.timeZone,
        }),
    );
  // Windows around the 2026 transitions of the zones above, plus a quiet week.
  const windowArb = fc
    .constantFrom(
      '2026-03-06',
      '2026-03-27',
      '2026-04-03',
      '2026-09-03',
      '2026-10-23',
      '2026-10-30',
      '2026-06-10',
    )
    .map((d) => windowOf(`${d}T00:00:00Z`, `${addDays(d, 4)}T00:00:00Z`));
  const wall = (t: Date, zone: string) => t.getTime() + zoneOffsetMinutes(t, zone) * 60_000;

  it('never overlaps one counsellor or one room, and stays within each roster’s local hours', () => {
    fc.assert(
      fc.property(fc.array(rosterArb, { minLength: 1, maxLength: 4 }), windowArb, (drawn, window) => {
        const rosters = drawn.map((r, i) => ({ ...r, id: `r${i}` }));
        const slots = generateSlots(rosters, [], [], window);
        for (const [i, a] of slots.entries()) {
          for (const b of slots.slice(i + 1)) {
            if (a.counsellorId === b.counsellorId || (a.roomId !== null && a.roomId === b.roomId)) {
              expect(
                overlaps({ start: a.startsAt, end: a.endsAt }, { start: b.startsAt, end: b.endsAt }),
              ).toBe(false);
            }
          }
        }
        for (const s of slots) {
          const r = rosters.find((x) => x.id === s.rosterId) as RosterSpec;
          expect(s.startsAt >= window.from && s.startsAt < window.to).toBe(true);
          expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(r.slotMinutes * 60_000);
          const date = new Date(wall(s.startsAt, r.timeZone)).toISOString().slice(0, 10);
          const open = Date.parse(`${date}T00:00:00Z`);
          const [sh, sm] = r.startTime.split(':').map(Number) as [number, number];
          const [eh, em] = r.endTime.split(':').map(Number) as [number, number];
          expect(wall(s.startsAt, r.timeZone) - open).toBeGreaterThanOrEqual((sh * 60 + sm) * 60_000);
          expect(wall(s.endsAt, r.timeZone) - open).toBeLessThanOrEqual((eh * 60 + em) * 60_000);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('rosterProblems', () => {
  const { id: _id, ...good } = roster();
  it('accepts a good roster', () => {
    expect(rosterProblems(good)).toEqual([]);
    expect(rosterProblems({ ...good, startTime: '23:00', endTime: '24:00', slotMinutes: 60 })).toEqual([]);
  });
  it('names what is wrong', () => {
    expect(rosterProblems({ ...good, startTime: '9:00', endTime: '25:00' })).toEqual([
      'startTime must be HH:MM',
      'endTime must be HH:MM or 24:00',
    ]);
    expect(rosterProblems({ ...good, startTime: '12:00', endTime: '12:00' })).toEqual([
      'endTime must be later than startTime',
    ]);
    expect(rosterProblems({ ...good, startTime: '09:00', endTime: '09:30', slotMinutes: 45 })).toEqual([
      'no slot fits between startTime and endTime',
    ]);
    expect(rosterProblems({ ...good, slotMinutes: 10, bufferMinutes: 121 })).toEqual([
      'slotMinutes must be a whole number from 15 to 240',
      'bufferMinutes must be a whole number from 0 to 120',
    ]);
    expect(rosterProblems({ ...good, modes: [] })).toEqual(['modes must not be empty']);
    expect(rosterProblems({ ...good, modes: ['phone', 'phone'] })).toEqual(['modes must not repeat']);
    expect(rosterProblems({ ...good, timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone is not a known IANA zone',
    ]);
    expect(rosterProblems({ ...good, validFrom: '2026-06-01', validUntil: '2026-05-31' })).toEqual([
      'validUntil must not be before validFrom',
    ]);
    expect(rosterProblems({ ...good, rule: { freq: 'weekly', weekdays: [] } })).toEqual([
      'weekdays must not be empty',
    ]);
  });
});

describe('overlaps', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
  it('treats intervals as half-open', () => {
    expect(overlaps({ start: at(1), end: at(2) }, { start: at(2), end: at(3) })).toBe(false);
    expect(overlaps({ start: at(1), end: at(3) }, { start: at(2), end: at(4) })).toBe(true);
    expect(overlaps({ start: at(1), end: at(4) }, { start: at(2), end: at(3) })).toBe(true);
  });
});
