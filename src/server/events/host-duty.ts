import { addDays } from '../../core/booking/recurrence';
import { generateSlots } from '../../core/booking/slots';
import { AppError } from '../../core/errors';
import { zoneOffsetMinutes } from '../../core/time';
import { recordAudit } from '../audit/record';
import {
  activeRosters,
  exceptionsOf,
  insertSlot,
  liveSlotsBetween,
  lockOverlappingSlots,
  setSlotsCancelled,
} from '../booking/repository';
import { rosterSpecOf } from '../booking/slot-generation';
import type { Db } from '../db/client';
import { isExclusionViolation } from '../db/errors';
import type { RequestContext } from '../http/request-context';
import { openDutySlots, type Window } from './staff-repository';

/** One stretch of a counsellor's counselling duty at a station: an open slot, made or still to be made. */
export interface DutySpan {
  userId: string;
  tenantId: string;
  servicePointId: string;
  pointName: string;
  pointNameEn: string;
  organisationId: string;
  /** The open slot, when it is already made; null for one the roster will make later. */
  slotId: string | null;
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 86_400_000;
/** Slots start at most this long before a window and still overlap it (rosters' slotMinutes are ≤ 240). */
const LONGEST_SLOT_MS = 240 * 60_000;

const localDateOf = (instant: Date, zone: string) =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, zone) * 60_000).toISOString().slice(0, 10);

const overlapsAny = (s: { startsAt: Date; endsAt: Date }, windows: Window[]) =>
  windows.some((w) => s.startsAt < w.endsAt && s.endsAt > w.startsAt);

/**
 * The counsellors' duty overlapping the windows: open slots nobody booked, and the slots their rosters
 * will open there (an event months ahead is past the booking horizon, but the roster still covers it).
 * Booked slots are appointments, found by the caller apart.
 */
export async function dutyOf(db: Db, userIds: string[], windows: Window[]): Promise<DutySpan[]> {
  if (userIds.length === 0 || windows.length === 0) return [];
  const made: DutySpan[] = (await openDutySlots(db, userIds, windows)).map((s) => ({
    userId: s.counsellorId,
    tenantId: s.tenantId,
    servicePointId: s.servicePointId,
    pointName: s.pointName,
    pointNameEn: s.pointNameEn,
    organisationId: s.organisationId,
    slotId: s.id,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
  }));
  const rosters = (await Promise.all(userIds.map((id) => activeRosters(db, { counsellorId: id })))).flat();
  if (rosters.length === 0) return made;
  const from = new Date(Math.min(...windows.map((w) => w.startsAt.getTime())) - LONGEST_SLOT_MS);
  const to = new Date(Math.max(...windows.map((w) => w.endsAt.getTime())));
  const zone = rosters[0]?.point.timeZone ?? 'Asia/Shanghai';
  const pointIds = [...new Set(rosters.map((r) => r.roster.servicePointId))];
  const exceptions = await exceptionsOf(
    db,
    pointIds,
    addDays(localDateOf(from, zone), -1),
    addDays(localDateOf(to, zone), 1),
  );
  const roomIds = [...new Set(rosters.flatMap((r) => (r.roster.roomId ? [r.roster.roomId] : [])))];
  // Every live slot counts as taken, so what is generated here is exactly what the roster has yet to make.
  const existing = await liveSlotsBetween(
    db,
    { counsellorIds: userIds, roomIds },
    new Date(from.getTime() - DAY_MS),
    new Date(to.getTime() + DAY_MS),
  );
  const busy = existing.map((s) => ({
    counsellorId: s.counsellorId,
    roomId: s.roomId,
    start: s.startsAt,
    end: s.endsAt,
  }));
  const byRoster = new Map(rosters.map((r) => [r.roster.id, r]));
  const specs = rosters.map(rosterSpecOf);
  const exceptionList = exceptions.map((e) => ({
    date: e.date,
    rosterId: e.rosterId,
    servicePointId: e.servicePointId,
  }));
  const later: DutySpan[] = [];
  for (const w of windows) {
    const window = { from: new Date(w.startsAt.getTime() - LONGEST_SLOT_MS), to: w.endsAt };
    for (const c of generateSlots(specs, exceptionList, busy, window)) {
      if (!overlapsAny(c, [w])) continue;
      const r = byRoster.get(c.rosterId);
      if (!r) continue;
      later.push({
        userId: c.counsellorId,
        tenantId: r.roster.tenantId,
        servicePointId: c.servicePointId,
        pointName: r.point.name,
        pointNameEn: r.point.nameEn,
        organisationId: r.point.organisationId,
        slotId: null,
        startsAt: c.startsAt,
        endsAt: c.endsAt,
      });
    }
  }
  // A window's slot seen twice (series windows a day apart share a generated day) counts once.
  const seen = new Set<string>();
  return [...made, ...later].filter((d) => {
    const key = `${d.userId}|${d.startsAt.toISOString()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const busyAppointment = () =>
  new AppError('host_busy', 'A host’s open counselling slot was just booked', {
    conflicts: [],
  });

/**
 * Takes the duty for the event as the staff calendar's blocked time does: the open slots are withdrawn and
 * blocked time stands in their place (so the roster will not open them again), audited as
 * `appointment.block`. A slot booked meanwhile refuses all of it; the exclusion constraint settles races with
 * the slot generator.
 */
export async function blockDuty(
  tx: Db,
  ctx: RequestContext,
  duties: DutySpan[],
  note: string,
  eventIds: string[],
): Promise<number> {
  let blocked = 0;
  for (const d of duties) {
    const locked = await lockOverlappingSlots(tx, d.userId, d.startsAt, d.endsAt);
    if (locked.some((s) => s.booked)) throw busyAppointment();
    await setSlotsCancelled(
      tx,
      locked.filter((s) => s.kind === 'rostered').map((s) => s.id),
    );
    if (locked.some((s) => s.kind !== 'rostered')) continue; // already blocked time there
    let slotId: string;
    try {
      const slot = await insertSlot(tx, {
        tenantId: d.tenantId,
        servicePointId: d.servicePointId,
        counsellorId: d.userId,
        roomId: null,
        kind: 'block',
        status: 'open',
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        modes: ['in_person'],
        note,
        createdAt: ctx.now,
      });
      slotId = slot.id;
    } catch (err) {
      if (isExclusionViolation(err)) throw busyAppointment();
      throw err;
    }
    await recordAudit(tx, ctx, {
      tenantId: d.tenantId,
      action: 'appointment.block',
      objectType: 'slot',
      objectId: slotId,
      organisationId: d.organisationId,
      details: { eventIds, reason: 'event_host' },
    });
    blocked++;
  }
  return blocked;
}
