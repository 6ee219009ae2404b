import { addDays } from '../../core/booking/recurrence';
import { type ConsultMode, generateSlots, type RosterSpec } from '../../core/booking/slots';
import { zoneOffsetMinutes } from '../../core/time';
import type { Db } from '../db/client';
import {
  activeRosters,
  exceptionsOf,
  insertSlotsSkippingConflicts,
  liveSlotsBetween,
  type RosterWithPoint,
} from './repository';

const DAY_MS = 86_400_000;

export const rosterSpecOf = ({ roster, point }: RosterWithPoint): RosterSpec => ({
  id: roster.id,
  counsellorId: roster.counsellorId,
  servicePointId: roster.servicePointId,
  roomId: roster.roomId,
  rule: roster.rule,
  startTime: roster.startTime,
  endTime: roster.endTime,
  validFrom: roster.validFrom,
  validUntil: roster.validUntil,
  slotMinutes: roster.slotMinutes,
  bufferMinutes: roster.bufferMinutes,
  modes: roster.modes as ConsultMode[],
  timeZone: point.timeZone,
});

const localDateOf = (instant: Date, timeZone: string): string =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000).toISOString().slice(0, 10);

/**
 * Materialises open slots from the active rosters (of a tenant, a service point or a counsellor) from now to
 * each point's booking horizon. Running it again creates nothing twice: existing slots count as busy, and
 * PostgreSQL's exclusion constraint skips anything that would overlap a counsellor's or a room's live slot.
 */
export async function generateOpenSlots(
  db: Db,
  scope: { tenantId?: string; servicePointId?: string; counsellorId?: string },
  now: Date,
): Promise<{ created: number }> {
  const rosters = await activeRosters(db, scope);
  if (rosters.length === 0) return { created: 0 };
  const horizonDays = Math.max(...rosters.map((r) => r.point.maxAdvanceDays)) + 1;
  const window = { from: now, to: new Date(now.getTime() + horizonDays * DAY_MS) };
  const pointIds = [...new Set(rosters.map((r) => r.roster.servicePointId))];
  const zone = rosters[0]?.point.timeZone ?? 'Asia/Shanghai';
  // Exceptions by local date: a day either side covers every zone the points may be in.
  const exceptions = await exceptionsOf(
    db,
    pointIds,
    addDays(localDateOf(window.from, zone), -1),
    addDays(localDateOf(window.to, zone), 1),
  );
  const counsellorIds = [...new Set(rosters.map((r) => r.roster.counsellorId))];
  const roomIds = [...new Set(rosters.map((r) => r.roster.roomId).filter((x): x is string => x !== null))];
  const existing = await liveSlotsBetween(db, { counsellorIds, roomIds }, window.from, window.to);
  const candidates = generateSlots(
    rosters.map(rosterSpecOf),
    exceptions.map((e) => ({ date: e.date, rosterId: e.rosterId, servicePointId: e.servicePointId })),
    existing.map((s) => ({
      counsellorId: s.counsellorId,
      roomId: s.roomId,
      start: s.startsAt,
      end: s.endsAt,
    })),
    window,
  );
  const tenantOf = new Map(rosters.map((r) => [r.roster.id, r.roster.tenantId]));
  const created = await insertSlotsSkippingConflicts(
    db,
    candidates.map((c) => ({
      tenantId: tenantOf.get(c.rosterId) as string,
      servicePointId: c.servicePointId,
      counsellorId: c.counsellorId,
      roomId: c.roomId,
      rosterId: c.rosterId,
      kind: 'rostered',
      status: 'open',
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      modes: c.modes,
    })),
  );
  return { created };
}
