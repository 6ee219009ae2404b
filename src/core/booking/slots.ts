import { zoneOffsetMinutes } from '../time';
import { isValidDate, occurrences, type RecurrenceRule, ruleProblems } from './recurrence';

export type ConsultMode = 'in_person' | 'phone' | 'video';
export interface RosterSpec {
  id: string;
  counsellorId: string;
  servicePointId: string;
  roomId: string | null;
  rule: RecurrenceRule;
  startTime: string; // 'HH:MM' local wall-clock, 00:00–23:59
  endTime: string; // 'HH:MM', later than startTime the same day, or '24:00'
  validFrom: string;
  validUntil: string | null; // local dates
  slotMinutes: number; // 15..240
  bufferMinutes: number; // 0..120, gap after each slot
  modes: ConsultMode[];
  timeZone: string; // IANA, the service point's
}
export interface RosterException {
  date: string;
  rosterId: string | null;
  servicePointId: string;
} // rosterId null = the whole service point is closed that day (holiday)
export interface BusyInterval {
  counsellorId: string | null;
  roomId: string | null;
  start: Date;
  end: Date;
} // existing commitments (other bookings, blocked time, walk-ins) that slots must not overlap
export interface SlotCandidate {
  rosterId: string;
  counsellorId: string;
  servicePointId: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  modes: ConsultMode[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MODES: readonly ConsultMode[] = ['in_person', 'phone', 'video'];

export const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

// Not localeCompare: the order must not depend on the machine's locale.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const localDate = (instant: Date, timeZone: string): string =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * MINUTE_MS).toISOString().slice(0, 10);

/**
 * Wall-clock arithmetic for one local date: `at` gives the instant of a wall-clock minute, `reads` the
 * wall-clock minute (from that midnight) shown at an instant. A day's instants lie well inside the three
 * days around it, and zones change offset at most once in such a span, so the offsets at its ends and the
 * minute of the change (bisected, on the few days that have one) settle every instant of the day.
 */
function wallClock(date: string, timeZone: string) {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const offset = (t: number) => zoneOffsetMinutes(new Date(t), timeZone);
  let [lo, hi] = [midnight - DAY_MS, midnight + 2 * DAY_MS];
  const [before, after] = [offset(lo), offset(hi)];
  while (before !== after && hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offset(mid) === before) lo = mid;
    else hi = mid;
  }
  const reads = (t: number): number => (t - midnight) / MINUTE_MS + (t < hi ? before : after);
  const at = (minutes: number): number | null => {
    // The larger offset gives the earlier instant: in a fall-back overlap both fit and the first is used;
    // in a spring-forward gap neither does.
    const early = midnight + (minutes - Math.max(before, after)) * MINUTE_MS;
    const late = midnight + (minutes - Math.min(before, after)) * MINUTE_MS;
    return reads(early) === minutes ? early : reads(late) === minutes ? late : null;
  };
  return { at, reads };
}

/** Each zone look-up builds an Intl formatter, which is slow, and rosters share zones and dates: remember them. */
function zoneCalendar(window: { from: Date; to: Date }) {
  const memo = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    cache.set(key, made);
    return made;
  };
  const spans = new Map<string, [string, string]>();
  const clocks = new Map<string, ReturnType<typeof wallClock>>();
  return {
    /** The local dates of the window's ends. */
    span: (zone: string) =>
      memo(spans, zone, (): [string, string] => [localDate(window.from, zone), localDate(window.to, zone)]),
    clock: (date: string, zone: string) => memo(clocks, `${zone}|${date}`, () => wallClock(date, zone)),
  };
}

function rosterSlots(
  r: RosterSpec,
  closed: Set<string>,
  window: { from: Date; to: Date },
  zones: ReturnType<typeof zoneCalendar>,
): SlotCandidate[] {
  const out: SlotCandidate[] = [];
  const start = minutesOf(r.startTime);
  const end = r.endTime === '24:00' ? 1440 : minutesOf(r.endTime);
  const [from, to] = zones.span(r.timeZone);
  for (const date of occurrences(r.rule, r.validFrom, r.validUntil, from, to)) {
    if (closed.has(`roster|${r.id}|${date}`) || closed.has(`point|${r.servicePointId}|${date}`)) continue;
    const { at, reads } = zones.clock(date, r.timeZone);
    for (let m = start; m + r.slotMinutes <= end; m += r.slotMinutes + r.bufferMinutes) {
      const startsAt = at(m);
      if (startsAt === null || startsAt < window.from.getTime() || startsAt >= window.to.getTime()) continue;
      const endsAt = startsAt + r.slotMinutes * MINUTE_MS;
      // Across a spring-forward gap real elapsed time can run past the roster's closing time.
      if (reads(endsAt) > end) continue;
      out.push({
        rosterId: r.id,
        counsellorId: r.counsellorId,
        servicePointId: r.servicePointId,
        roomId: r.roomId,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        modes: [...r.modes],
      });
    }
  }
  return out;
}

type Interval = { start: Date; end: Date };

const keys = (counsellorId: string | null, roomId: string | null): string[] => [
  ...(counsellorId === null ? [] : [`c|${counsellorId}`]),
  ...(roomId === null ? [] : [`r|${roomId}`]),
];

/**
 * Intervals already taken, per counsellor or room and per UTC day, so that a check reads one or two days'
 * worth rather than everything a busy counsellor holds. Days outside the window (plus one day for slots
 * that end after it) are never asked about, so long intervals are clipped to it.
 */
function occupancy(window: Interval) {
  const map = new Map<string, Interval[]>();
  const first = Math.floor(window.start.getTime() / DAY_MS);
  const last = Math.floor(window.end.getTime() / DAY_MS) + 1;
  const days = (i: Interval): number[] => {
    const out: number[] = [];
    const to = Math.min(last, Math.floor((i.end.getTime() - 1) / DAY_MS));
    for (let d = Math.max(first, Math.floor(i.start.getTime() / DAY_MS)); d <= to; d++) out.push(d);
    return out;
  };
  return {
    add(ks: string[], i: Interval): void {
      for (const k of ks) {
        for (const d of days(i)) {
          const list = map.get(`${k}|${d}`);
          if (list) list.push(i);
          else map.set(`${k}|${d}`, [i]);
        }
      }
    },
    clashes: (ks: string[], i: Interval): boolean =>
      ks.some((k) => days(i).some((d) => map.get(`${k}|${d}`)?.some((t) => overlaps(t, i)))),
  };
}

/** Slots of the rosters whose start lies in [from, to). Per occurrence date (local, in roster.timeZone), slots start at startTime and step by slotMinutes+bufferMinutes while start+slotMinutes <= endTime. Wall-clock times that do not exist (DST spring-forward gap) are skipped; an ambiguous wall-clock time (fall-back) uses its first instant; a slot's end is start + slotMinutes of real elapsed time. Dates in exceptions (for that roster, or rosterId null for its service point) yield nothing. A candidate overlapping a BusyInterval with the same counsellorId, or the same non-null roomId, is dropped. Candidates never overlap each other for one counsellor or one room: when two rosters collide, the one earlier in the input array wins (deterministic). Output sorted by startsAt then counsellorId. */
export function generateSlots(
  rosters: RosterSpec[],
  exceptions: RosterException[],
  busy: BusyInterval[],
  window: { from: Date; to: Date },
): SlotCandidate[] {
  if (window.to.getTime() <= window.from.getTime()) return [];
  const closed = new Set(
    exceptions.map((e) =>
      e.rosterId === null ? `point|${e.servicePointId}|${e.date}` : `roster|${e.rosterId}|${e.date}`,
    ),
  );
  // Busy time goes in first, then each accepted slot, so a roster earlier in the input (and, within a
  // roster, an earlier slot) keeps its time.
  const taken = occupancy({ start: window.from, end: window.to });
  for (const b of busy) taken.add(keys(b.counsellorId, b.roomId), b);

  const zones = zoneCalendar(window);
  const accepted: SlotCandidate[] = [];
  // A roster that fails validation could loop forever or read garbage times; it yields nothing instead.
  for (const r of rosters.filter((x) => rosterProblems(x).length === 0)) {
    for (const slot of rosterSlots(r, closed, window, zones)) {
      const interval = { start: slot.startsAt, end: slot.endsAt };
      const ks = keys(slot.counsellorId, slot.roomId);
      if (taken.clashes(ks, interval)) continue;
      taken.add(ks, interval);
      accepted.push(slot);
    }
  }
  return accepted.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      byCodeUnit(a.counsellorId, b.counsellorId) ||
      byCodeUnit(a.rosterId, b.rosterId),
  );
}

const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const isIntIn = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

export function rosterProblems(r: Omit<RosterSpec, 'id'>): string[] {
  const problems: string[] = [];
  const timeOk = HHMM.test(r.startTime);
  const endOk = r.endTime === '24:00' || HHMM.test(r.endTime);
  if (!timeOk) problems.push('startTime must be HH:MM');
  if (!endOk) problems.push('endTime must be HH:MM or 24:00');
  const okSlot = isIntIn(r.slotMinutes, 15, 240);
  if (!okSlot) problems.push('slotMinutes must be a whole number from 15 to 240');
  if (!isIntIn(r.bufferMinutes, 0, 120)) problems.push('bufferMinutes must be a whole number from 0 to 120');
  if (timeOk && endOk) {
    const span = (r.endTime === '24:00' ? 1440 : minutesOf(r.endTime)) - minutesOf(r.startTime);
    if (span <= 0) problems.push('endTime must be later than startTime');
    else if (okSlot && span < r.slotMinutes) problems.push('no slot fits between startTime and endTime');
  }
  if (r.modes.length === 0) problems.push('modes must not be empty');
  if (r.modes.some((m) => !MODES.includes(m))) problems.push('modes must be in_person, phone or video');
  if (new Set(r.modes).size !== r.modes.length) problems.push('modes must not repeat');
  if (!isTimeZone(r.timeZone)) problems.push('timeZone is not a known IANA zone');
  if (!isValidDate(r.validFrom)) problems.push('validFrom must be a valid YYYY-MM-DD date');
  if (r.validUntil !== null && !isValidDate(r.validUntil))
    problems.push('validUntil must be a valid YYYY-MM-DD date');
  else if (r.validUntil !== null && r.validUntil < r.validFrom)
    problems.push('validUntil must not be before validFrom');
  return [...problems, ...ruleProblems(r.rule)];
}
