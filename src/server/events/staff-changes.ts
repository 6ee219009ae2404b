import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { doorCodeHash, doorLink, inviteTokenHash, newDoorCode, newInviteToken } from './codes';
import { refuseHostConflicts } from './host-conflicts';
import { blockDuty } from './host-duty';
import {
  counsellorsOf,
  dutyNote,
  invitedOrganisation,
  managedOrganisation,
  managedView,
  placeColumns,
  resolveHosts,
  timeProblems,
} from './staff-events';
import { cancelledText, changedText, textLiveRegistrations } from './staff-notices';
import { eventTimeZone, inviteLinkFor } from './staff-presenters';
import { carePackagesOf, type EventWithPlace, hostsOf, lockEvent, replanReminders } from './staff-repository';
import type { EventChanges } from './staff-schemas';
import { type Ctx, type EventsDeps, eventInScope, refuseIfCancelled } from './staff-scope';
import { eventCarePackages, eventHosts, eventWalkIns, groupEvents } from './tables';

/** Changes to an event on the staff side: edit, publish, cancel, materials, the door's counts and codes. */

const date = (v: string | null | undefined, was: Date | null) =>
  v === undefined ? was : v ? new Date(v) : null;

/**
 * Changes what the fields name. Capacity below the places held is refused (409 conflict); a host busy at the
 * new time refuses it (409 host_busy); a new time re-plans the registered's reminders, and a new time or
 * place is texted to everyone registered, waiting or offered a place.
 */
export async function changeManagedEvent(deps: EventsDeps, ctx: Ctx, id: string, changes: EventChanges) {
  const { db } = deps;
  const current = await eventInScope(db, ctx, id, 'event.manage');
  refuseIfCancelled(current);
  const e = current.event;
  if (changes.organisationId && changes.organisationId !== e.organisationId)
    await managedOrganisation(ctx, db, changes.organisationId);
  const times = {
    startsAt: date(changes.startsAt, e.startsAt) as Date,
    endsAt: date(changes.endsAt, e.endsAt) as Date,
    registrationOpensAt: date(changes.registrationOpensAt, e.registrationOpensAt),
    registrationClosesAt: date(changes.registrationClosesAt, e.registrationClosesAt),
  };
  const problems = timeProblems(times);
  if (problems.length) throw new AppError('validation_failed', problems.join('; '), { problems });
  const moved =
    times.startsAt.getTime() !== e.startsAt.getTime() || times.endsAt.getTime() !== e.endsAt.getTime();
  const place = changes.place ? await placeColumns(db, e.tenantId, changes.place) : null;
  const visibility = changes.visibility ?? e.visibility;
  const invited =
    changes.visibility !== undefined || changes.invitedOrganisationId !== undefined
      ? await invitedOrganisation(
          db,
          e.tenantId,
          visibility,
          changes.invitedOrganisationId === undefined
            ? e.invitedOrganisationId
            : changes.invitedOrganisationId,
        )
      : e.invitedOrganisationId;
  const hosts = changes.hosts ? await resolveHosts(db, e.tenantId, changes.hosts) : null;
  const token = visibility === 'invitation' && !e.inviteTokenHash ? newInviteToken() : null;
  const {
    hosts: _h,
    place: _p,
    startsAt: _s,
    endsAt: _e,
    registrationOpensAt: _o,
    registrationClosesAt: _c,
    blockDutySlots,
    ...plain
  } = changes;

  await db.transaction(async (tx) => {
    const locked = await lockEvent(tx, id);
    if (!locked) throw new AppError('event_not_found', 'That event was not found');
    if (changes.capacity !== undefined && changes.capacity < locked.held)
      throw new AppError('conflict', `${locked.held} places are taken: capacity cannot go below that`, {
        held: locked.held,
      });
    if (moved || hosts) {
      const who =
        hosts ?? (await hostsOf(tx, [id])).map((h) => ({ userId: h.userId, name: h.name, nameEn: h.nameEn }));
      const duty = await refuseHostConflicts(tx, counsellorsOf(who), [times], {
        except: [id],
        blockDutySlots,
      });
      if (duty.length) await blockDuty(tx, ctx, duty, dutyNote(changes.title ?? e.title), [id]);
    }
    await tx
      .update(groupEvents)
      .set({
        ...plain,
        ...(place?.columns ?? {}),
        ...times,
        visibility,
        invitedOrganisationId: invited,
        ...(token ? { inviteTokenHash: inviteTokenHash(token) } : {}),
        ...(visibility === 'open' ? { inviteTokenHash: null } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(groupEvents.id, id));
    if (hosts) {
      await tx.delete(eventHosts).where(eq(eventHosts.eventId, id));
      if (hosts.length) await tx.insert(eventHosts).values(hosts.map((h) => ({ eventId: id, ...h })));
    }
    if (moved) await replanReminders(tx, id, times.startsAt, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: e.tenantId,
      action: 'event.update',
      objectType: 'group_event',
      objectId: id,
      organisationId: changes.organisationId ?? e.organisationId,
      details: { fields: Object.keys(changes), moved },
    });
  });
  if ((moved || changes.place) && e.status === 'published') {
    const zone = place?.timeZone ?? eventTimeZone(current);
    const view = await managedView(db, id);
    await textLiveRegistrations(deps, e.tenantId, id, (lang) =>
      changedText(lang, times.startsAt, zone, {
        name: view.place.name,
        online: view.place.kind === 'online',
      }),
    );
  }
  return managedView(db, id, token ? inviteLinkFor(deps.publicUrl, id, token) : null);
}

export async function publishManagedEvent(deps: EventsDeps, ctx: Ctx, id: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.manage');
  refuseIfCancelled(row);
  if (row.event.endsAt <= ctx.now)
    throw new AppError('event_closed', 'This event is over', { refusal: 'started' });
  if (row.event.status === 'draft')
    await deps.db.transaction(async (tx) => {
      await tx
        .update(groupEvents)
        .set({ status: 'published', publishedAt: ctx.now, updatedAt: ctx.now })
        .where(eq(groupEvents.id, id));
      await audit(tx, ctx, row.event, 'event.publish');
    });
  return managedView(deps.db, id);
}

/**
 * Cancels the event with its reason. Registrations stay as they were (the worker's list shows the event
 * cancelled, with the reason); everyone registered, waiting or offered a place is texted.
 */
export async function cancelManagedEvent(deps: EventsDeps, ctx: Ctx, id: string, reason: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.manage');
  await deps.db.transaction((tx) => cancelEventIn(tx, ctx, row, reason));
  await textCancellation(deps, row);
  return managedView(deps.db, id);
}

/**
 * The cancellation itself, for a use-case that has already decided the caller may (an enterprise cancelling
 * its order cancels the order's events, which it may not manage otherwise), inside that use-case's
 * transaction; `textCancellation` once it is committed.
 */
export async function cancelEventIn(db: Db, ctx: Ctx, row: EventWithPlace, reason: string) {
  refuseIfCancelled(row);
  await db
    .update(groupEvents)
    .set({ status: 'cancelled', cancelReason: reason, cancelledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(groupEvents.id, row.event.id));
  await audit(db, ctx, row.event, 'event.cancel', {
    reason,
    wasPublished: row.event.status === 'published',
  });
}

/** A published event's registered, waiting and offered are told it is cancelled (a draft told no one). */
export async function textCancellation(deps: EventsDeps, row: EventWithPlace) {
  if (row.event.status !== 'published') return;
  const zone = eventTimeZone(row);
  await textLiveRegistrations(deps, row.event.tenantId, row.event.id, (lang) =>
    cancelledText(lang, row.event.startsAt, zone),
  );
}

export async function saveMaterials(
  deps: EventsDeps,
  ctx: Ctx,
  id: string,
  materials: { replayUrl?: string | null; summary?: string | null; summaryEn?: string | null },
) {
  const row = await eventInScope(deps.db, ctx, id, 'event.manage');
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groupEvents)
      .set({ ...materials, updatedAt: ctx.now })
      .where(eq(groupEvents.id, id));
    await audit(tx, ctx, row.event, 'event.materials', { fields: Object.keys(materials) });
  });
  return managedView(deps.db, id);
}

/** People who came without registering, counted at the door (event.checkin: whoever is at the door). */
export async function addWalkIns(deps: EventsDeps, ctx: Ctx, id: string, count: number, note?: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.checkin');
  refuseIfCancelled(row);
  return deps.db.transaction(async (tx) => {
    const [walkIn] = await tx
      .insert(eventWalkIns)
      .values({ eventId: id, count, note: note ?? null, recordedBy: ctx.actorId, recordedAt: ctx.now })
      .returning();
    await audit(tx, ctx, row.event, 'event.walk_in', { count });
    const all = await tx
      .select({ count: eventWalkIns.count })
      .from(eventWalkIns)
      .where(eq(eventWalkIns.eventId, id));
    return {
      walkIn: {
        id: walkIn?.id ?? '',
        count,
        note: walkIn?.note ?? null,
        recordedAt: (walkIn?.recordedAt ?? ctx.now).toISOString(),
      },
      walkIns: all.reduce((n, w) => n + w.count, 0),
    };
  });
}

export async function addCarePackages(
  deps: EventsDeps,
  ctx: Ctx,
  id: string,
  audienceGroup: string,
  count: number,
) {
  const row = await eventInScope(deps.db, ctx, id, 'event.checkin');
  refuseIfCancelled(row);
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(eventCarePackages)
      .values({ eventId: id, audienceGroup, count, recordedBy: ctx.actorId, recordedAt: ctx.now });
    await audit(tx, ctx, row.event, 'event.care_packages', { audienceGroup, count });
  });
  return { carePackages: await carePackagesOf(deps.db, id) };
}

/** A new door poster: the code and its QR are shown once (only the hash is kept; the old poster stops). */
export async function renewDoorCode(deps: EventsDeps, ctx: Ctx, id: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.manage');
  refuseIfCancelled(row);
  const code = newDoorCode();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groupEvents)
      .set({ doorCodeHash: doorCodeHash(id, code), updatedAt: ctx.now })
      .where(eq(groupEvents.id, id));
    await audit(tx, ctx, row.event, 'event.door_code.renew');
  });
  const link = doorLink(deps.publicUrl, id, code);
  return {
    code,
    link,
    qrSvg: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
  };
}

/** A new invitation link for an invitation-only event (the old link stops working). */
export async function renewInviteLink(deps: EventsDeps, ctx: Ctx, id: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.manage');
  refuseIfCancelled(row);
  if (row.event.visibility !== 'invitation')
    throw new AppError('conflict', 'An open event needs no invitation link', {
      visibility: row.event.visibility,
    });
  const token = newInviteToken();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(groupEvents)
      .set({ inviteTokenHash: inviteTokenHash(token), updatedAt: ctx.now })
      .where(eq(groupEvents.id, id));
    await audit(tx, ctx, row.event, 'event.invite_link.renew');
  });
  return { link: inviteLinkFor(deps.publicUrl, id, token) };
}

function audit(
  tx: EventsDeps['db'],
  ctx: Ctx,
  e: { id: string; tenantId: string; organisationId: string },
  action: string,
  details?: Record<string, unknown>,
) {
  return recordAudit(tx, ctx, {
    tenantId: e.tenantId,
    action,
    objectType: 'group_event',
    objectId: e.id,
    organisationId: e.organisationId,
    details,
  });
}
