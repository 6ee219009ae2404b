import { eq } from 'drizzle-orm';
import type { RecurrenceRule } from '../../core/booking/recurrence';
import { AppError } from '../../core/errors';
import { reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import { findRoom } from '../booking/repository';
import { isPlatform, staffTenant } from '../booking/staff-scope';
import type { Db } from '../db/client';
import { findOrganisation } from '../organisations/repository';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';
import { inviteTokenHash, newInviteToken } from './codes';
import { refuseHostConflicts } from './host-conflicts';
import { blockDuty } from './host-duty';
import { type Occurrence, seriesOccurrences } from './series';
import { inviteLinkFor, type ManagedEventView, presentManaged, presentSummary } from './staff-presenters';
import {
  counsellorHosts,
  countsOf,
  type EventFilter,
  eventsWithin,
  findEventWithPlace,
  hostsOf,
} from './staff-repository';
import type { EventInput } from './staff-schemas';
import { type Ctx, type EventsDeps, eventInScope } from './staff-scope';
import { eventHosts, eventSeries, groupEvents } from './tables';

/** Creating, listing and reading group events on the staff side; changes are in staff-changes.ts. */

export type CreateEventsInput = EventInput & {
  /** The grassroots order the events deliver (the orders use-case passes it). */
  orderId?: string;
  /** Published at once instead of drafts (an order's scheduled, invitation-only events). */
  publish?: boolean;
};

type HostInput = EventInput['hosts'][number];
export interface ResolvedHost {
  userId: string | null;
  name: string;
  nameEn: string;
}

const invalid = (problems: string[]) => new AppError('validation_failed', problems.join('; '), { problems });

/** Counsellors by account (they must have a profile in the federation), outside experts by their names. */
export async function resolveHosts(db: Db, tenantId: string, hosts: HostInput[]): Promise<ResolvedHost[]> {
  const ids = [...new Set(hosts.flatMap((h) => ('userId' in h ? [h.userId] : [])))];
  const found = new Map((await counsellorHosts(db, tenantId, ids)).map((c) => [c.id, c]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw invalid(missing.map((id) => `host ${id} is not a counsellor with a profile here`));
  const seen = new Set<string>();
  const out: ResolvedHost[] = [];
  for (const h of hosts) {
    if ('userId' in h) {
      if (seen.has(h.userId)) continue;
      seen.add(h.userId);
      const c = found.get(h.userId);
      out.push({ userId: h.userId, name: c?.name ?? '', nameEn: c?.nameEn ?? '' });
    } else out.push({ userId: null, name: h.name, nameEn: h.nameEn });
  }
  return out;
}

export const counsellorsOf = (hosts: ResolvedHost[]) =>
  hosts.flatMap((h) => (h.userId ? [{ userId: h.userId, name: h.name }] : []));

/** The place's columns, and the zone its times are read in. */
export async function placeColumns(db: Db, tenantId: string, place: EventInput['place']) {
  const none = {
    servicePointId: null,
    roomId: null,
    siteName: null,
    siteAddress: null,
    siteLatitude: null,
    siteLongitude: null,
    onlineUrl: null,
  };
  if (place.kind === 'service_point') {
    const [point] = await db.select().from(servicePoints).where(eq(servicePoints.id, place.servicePointId));
    if (!point || point.tenantId !== tenantId)
      throw invalid(['place.servicePointId is not a service point here']);
    if (place.roomId) {
      const room = await findRoom(db, place.roomId);
      if (!room || room.servicePointId !== point.id)
        throw invalid(['place.roomId is not a room of that point']);
    }
    return {
      columns: {
        ...none,
        placeKind: 'service_point',
        servicePointId: point.id,
        roomId: place.roomId ?? null,
      },
      timeZone: point.timeZone,
    };
  }
  const [tenant] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const timeZone = tenant?.timeZone ?? 'Asia/Shanghai';
  if (place.kind === 'online')
    return { columns: { ...none, placeKind: 'online', onlineUrl: place.onlineUrl }, timeZone };
  if ((place.latitude === undefined) !== (place.longitude === undefined))
    throw invalid(['give both latitude and longitude, or neither']);
  return {
    columns: {
      ...none,
      placeKind: 'site',
      siteName: place.siteName,
      siteAddress: place.siteAddress,
      siteLatitude: place.latitude ?? null,
      siteLongitude: place.longitude ?? null,
    },
    timeZone,
  };
}

/** Times and the registration window make sense together. */
export function timeProblems(o: Occurrence): string[] {
  const problems: string[] = [];
  if (o.endsAt <= o.startsAt) problems.push('endsAt must come after startsAt');
  if (o.endsAt.getTime() - o.startsAt.getTime() > 3 * 86_400_000)
    problems.push('an event lasts at most three days');
  if (o.registrationOpensAt && o.registrationClosesAt && o.registrationClosesAt <= o.registrationOpensAt)
    problems.push('registration closes before it opens');
  if (o.registrationClosesAt && o.registrationClosesAt > o.endsAt)
    problems.push('registration closes after the event ends');
  if (o.registrationOpensAt && o.registrationOpensAt >= o.startsAt)
    problems.push('registration opens after the event starts');
  return problems;
}

/** An invitation goes to an organisation of the same federation; an open event invites no one. */
export async function invitedOrganisation(
  db: Db,
  tenantId: string,
  visibility: string,
  invitedOrganisationId: string | null | undefined,
): Promise<string | null> {
  if (visibility !== 'invitation') return null;
  if (!invitedOrganisationId) throw invalid(['an invitation-only event needs invitedOrganisationId']);
  const org = await findOrganisation(db, invitedOrganisationId);
  if (!org || org.tenantId !== tenantId) throw invalid(['invitedOrganisationId is not an organisation here']);
  return org.id;
}

/** The organisation an event goes under, if the principal may manage events there. */
export async function managedOrganisation(ctx: Ctx, db: Db, organisationId: string) {
  const org = await findOrganisation(db, organisationId);
  const notFound = new AppError('not_found', 'That organisation was not found');
  if (!org) throw notFound;
  if (ctx.principal.kind !== 'staff' || (ctx.principal.tenantId !== org.tenantId && !isPlatform(ctx)))
    throw notFound;
  requireOn(ctx, 'event.manage', { tenantId: org.tenantId, orgPath: org.path }, 'this organisation');
  return org;
}

/**
 * Creates an event, or a series of them (one per occurrence of the rule, at the same local time): drafts,
 * unless `publish` (an order's scheduled events). A host busy at any of the times refuses all of them.
 * An invitation-only event gets an invite token; its link is in this answer only.
 */
export async function createManagedEvents(
  deps: EventsDeps,
  ctx: Ctx,
  input: CreateEventsInput,
  now: Date,
): Promise<ManagedEventView[]> {
  const { db } = deps;
  const org = await managedOrganisation(ctx, db, input.organisationId);
  const tenantId = org.tenantId;
  const { columns, timeZone } = await placeColumns(db, tenantId, input.place);
  const first: Occurrence = {
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null,
    registrationClosesAt: input.registrationClosesAt ? new Date(input.registrationClosesAt) : null,
  };
  const problems = timeProblems(first);
  if (first.endsAt <= now) problems.push('the event would already be over');
  if (problems.length) throw invalid(problems);
  const invited = await invitedOrganisation(db, tenantId, input.visibility, input.invitedOrganisationId);
  const hosts = await resolveHosts(db, tenantId, input.hosts);
  const times = input.series
    ? seriesOccurrences(first, input.series.rule as RecurrenceRule, input.series.until, timeZone)
    : [first];

  const links = new Map<string, string>();
  const ids = await db.transaction(async (tx) => {
    const duty = await refuseHostConflicts(tx, counsellorsOf(hosts), times, {
      blockDutySlots: input.blockDutySlots,
    });
    const [series] = input.series
      ? await tx
          .insert(eventSeries)
          .values({ tenantId, rule: input.series.rule as RecurrenceRule, createdBy: ctx.actorId })
          .returning({ id: eventSeries.id })
      : [];
    const made: string[] = [];
    for (const t of times) {
      const token = invited ? newInviteToken() : null;
      const [row] = await tx
        .insert(groupEvents)
        .values({
          tenantId,
          organisationId: org.id,
          seriesId: series?.id ?? null,
          orderId: input.orderId ?? null,
          kind: input.kind,
          title: input.title,
          titleEn: input.titleEn,
          description: input.description,
          descriptionEn: input.descriptionEn,
          ...columns,
          ...t,
          capacity: input.capacity,
          audiences: input.audiences,
          visibility: input.visibility,
          invitedOrganisationId: invited,
          inviteTokenHash: token ? inviteTokenHash(token) : null,
          status: input.publish ? 'published' : 'draft',
          publishedAt: input.publish ? now : null,
          createdBy: ctx.actorId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: groupEvents.id });
      if (!row) throw new Error('insert returned no row');
      if (hosts.length) await tx.insert(eventHosts).values(hosts.map((h) => ({ eventId: row.id, ...h })));
      if (token) links.set(row.id, inviteLinkFor(deps.publicUrl, row.id, token));
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'event.create',
        objectType: 'group_event',
        objectId: row.id,
        organisationId: org.id,
        details: {
          kind: input.kind,
          startsAt: t.startsAt.toISOString(),
          seriesId: series?.id ?? null,
          orderId: input.orderId ?? null,
          published: Boolean(input.publish),
        },
      });
      made.push(row.id);
    }
    if (duty.length) await blockDuty(tx, ctx, duty, dutyNote(input.title), made);
    return made;
  });
  return managedViews(db, ids, links);
}

/** What the staff calendar shows on the blocked time an event took. */
export const dutyNote = (title: string) => `活动 Event: ${title}`.slice(0, 200);

/** The events as the staff see them, in the order given, with the links just made. */
export async function managedViews(db: Db, ids: string[], links = new Map<string, string>()) {
  const rows = (await Promise.all(ids.map((id) => findEventWithPlace(db, id)))).flatMap((r) =>
    r ? [r] : [],
  );
  const hosts = await hostsOf(db, ids);
  const counts = await countsOf(db, ids);
  return rows.map((r) => presentManaged(r, hosts, counts.get(r.event.id), links.get(r.event.id) ?? null));
}

export async function managedView(db: Db, id: string, link: string | null = null): Promise<ManagedEventView> {
  const [view] = await managedViews(db, [id], link ? new Map([[id, link]]) : undefined);
  if (!view) throw new AppError('event_not_found', 'That event was not found');
  return view;
}

/** Events in reach of event.read (an officer: their enterprise's and those it is invited to). */
export async function listManagedEvents(db: Db, ctx: Ctx, filter: EventFilter) {
  staffTenant(ctx);
  const rows = await eventsWithin(db, reachFor(ctx, 'event.read'), filter);
  const ids = rows.map((r) => r.event.id);
  const hosts = await hostsOf(db, ids);
  const counts = await countsOf(db, ids);
  return rows.map((r) => presentSummary(r, hosts, counts.get(r.event.id)));
}

export async function readManagedEvent(db: Db, ctx: Ctx, id: string) {
  await eventInScope(db, ctx, id, 'event.read');
  return managedView(db, id);
}

/** Who can host, for the editor: the federation's counsellors with a profile. */
export async function listEventHosts(db: Db, ctx: Ctx) {
  const rows = await counsellorHosts(db, staffTenant(ctx));
  return rows.filter((r) => r.active).map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn }));
}
