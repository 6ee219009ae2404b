import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import { overlappingAppointments, overlappingHostedEvents, type Window } from './staff-repository';

export interface HostConflict {
  userId: string;
  name: string;
  with: 'event' | 'appointment';
  /** The other event, when it is one (an appointment says only when: nothing of the booking). */
  eventId: string | null;
  startsAt: string;
  endsAt: string;
}

/**
 * A counsellor cannot be in two places at once: another live event of theirs, or an appointment booked with
 * them, overlapping any of the windows refuses the change with 409 host_busy and what it clashes with.
 */
export async function refuseHostConflicts(
  db: Db,
  hosts: { userId: string; name: string }[],
  windows: Window[],
  exceptEventIds: string[] = [],
): Promise<void> {
  const ids = [...new Set(hosts.map((h) => h.userId))];
  const nameOf = new Map(hosts.map((h) => [h.userId, h.name]));
  const events = await overlappingHostedEvents(db, ids, windows, exceptEventIds);
  const appointments = await overlappingAppointments(db, ids, windows);
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
  ];
  if (conflicts.length)
    throw new AppError('host_busy', `${conflicts[0]?.name ?? 'A host'} is busy at that time`, {
      conflicts: conflicts.slice(0, 20),
    });
}
