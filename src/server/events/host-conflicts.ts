import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import { type DutySpan, dutyOf } from './host-duty';
import { overlappingAppointments, overlappingHostedEvents, type Window } from './staff-repository';

export interface HostConflict {
  userId: string;
  name: string;
  /** Another event, a booked appointment, or counselling duty at a station (open slots of a roster). */
  with: 'event' | 'appointment' | 'duty';
  /** The other event, when it is one (an appointment says only when: nothing of the booking). */
  eventId: string | null;
  startsAt: string;
  endsAt: string;
  /** Where the duty is (duty only). */
  servicePointId?: string;
  servicePointName?: string;
  servicePointNameEn?: string;
}

/** A host's duty at one station within one window, as one clash from its first slot's start to its last's end. */
function dutyConflicts(duties: DutySpan[], windows: Window[], nameOf: Map<string, string>): HostConflict[] {
  const merged = new Map<string, HostConflict>();
  for (const d of duties) {
    const w = windows.findIndex((x) => d.startsAt < x.endsAt && d.endsAt > x.startsAt);
    const key = `${d.userId}|${d.servicePointId}|${w}`;
    const was = merged.get(key);
    const startsAt = d.startsAt.toISOString();
    const endsAt = d.endsAt.toISOString();
    if (was) {
      if (startsAt < was.startsAt) was.startsAt = startsAt;
      if (endsAt > was.endsAt) was.endsAt = endsAt;
      continue;
    }
    merged.set(key, {
      userId: d.userId,
      name: nameOf.get(d.userId) ?? '',
      with: 'duty',
      eventId: null,
      startsAt,
      endsAt,
      servicePointId: d.servicePointId,
      servicePointName: d.pointName,
      servicePointNameEn: d.pointNameEn,
    });
  }
  return [...merged.values()].sort((a, b) =>
    a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0,
  );
}

export interface ConflictOptions {
  /** Events changed in place (their own time is not a clash). */
  except?: string[];
  /** The caller chose to take the hosts' open duty slots for the event (blocked as the calendar blocks). */
  blockDutySlots?: boolean;
}

/**
 * A counsellor cannot be in two places at once: another live event of theirs, an appointment booked with
 * them, or their counselling duty at a station overlapping any of the windows refuses the change with 409
 * host_busy and what it clashes with. Duty nobody has booked yet can instead be taken for the event, when
 * the caller says so: the duty is returned, for `blockDuty` once the events are written.
 */
export async function refuseHostConflicts(
  db: Db,
  hosts: { userId: string; name: string }[],
  windows: Window[],
  options: ConflictOptions = {},
): Promise<DutySpan[]> {
  const ids = [...new Set(hosts.map((h) => h.userId))];
  const nameOf = new Map(hosts.map((h) => [h.userId, h.name]));
  const events = await overlappingHostedEvents(db, ids, windows, options.except ?? []);
  const appointments = await overlappingAppointments(db, ids, windows);
  const duties = await dutyOf(db, ids, windows);
  const conflicts: HostConflict[] = [
    ...events.map((e) => ({
      userId: String(e.userId),
      name: nameOf.get(String(e.userId)) ?? '',
      with: 'event' as const,
      eventId: e.eventId,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
    })),
    ...appointments.map((a) => ({
      userId: a.userId,
      name: nameOf.get(a.userId) ?? '',
      with: 'appointment' as const,
      eventId: null,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    })),
    ...(options.blockDutySlots ? [] : dutyConflicts(duties, windows, nameOf)),
  ];
  if (conflicts.length) {
    const first = conflicts[0];
    const who = first?.name || 'A host';
    throw new AppError(
      'host_busy',
      first?.with === 'duty'
        ? `${who} is on duty at ${first.servicePointNameEn || first.servicePointName} at that time (blockDutySlots takes the open slots)`
        : `${who} is busy at that time`,
      { conflicts: conflicts.slice(0, 20) },
    );
  }
  return options.blockDutySlots ? duties : [];
}
