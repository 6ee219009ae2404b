import { randomUUID } from 'node:crypto';
import { type Action, grantsFor, mayPerformOn, reachOf } from '../../core/access/policy';
import { normaliseMobile } from '../../core/booking/phone';
import { AppError } from '../../core/errors';
import { parseTicketCode } from '../../core/events/rules';
import { requireOn } from '../access';
import { recordAudit } from '../audit/record';
import { phoneOfBooker } from '../booking/booking';
import type { RequestContext } from '../http/request-context';
import { aad } from '../ops/sealed-columns';
import { refuseCheckIn } from './attendance';
import { ticketMatches } from './codes';
import type { EventDeps } from './offers';
import type { RegistrationView } from './presenters';
import {
  EVENT_CONSENT_VERSION,
  eventNotFound,
  refuseIfClosed,
  registrationNotFound,
  takePlace,
} from './registration';
import {
  bookersByIds,
  type EventRow,
  findEvent,
  findRegistration,
  LIVE_STATUSES,
  lockEvent,
  lockRegistration,
  organisationPath,
  organisationsByIds,
  type RegistrationRow,
  registrationsOfEvent,
  updateRegistration,
  waitlistPositions,
} from './repository';

type Ctx = RequestContext;

export interface StaffRegistrationView {
  id: string;
  status: RegistrationView['status'];
  source: 'worker' | 'officer';
  position: number | null;
  name: string | null;
  phone: string | null;
  organisationName: string | null;
  createdAt: string;
  offerExpiresAt: string | null;
  checkedInAt: string | null;
  checkInMethod: 'door_code' | 'ticket_scan' | 'staff_list' | null;
}

export const maskPhone = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`;

const isPlatform = (ctx: Ctx) =>
  ctx.principal.kind === 'staff' && ctx.principal.assignments.some((a) => a.role === 'platform_operator');

/** The event as staff reach it: in their federation (or any, for the platform), else not found. */
export async function staffEvent(deps: EventDeps, ctx: Ctx, id: string) {
  const event = await findEvent(deps.db, id);
  if (!event || ctx.principal.kind !== 'staff') throw eventNotFound();
  if (event.tenantId !== ctx.principal.tenantId && !isPlatform(ctx)) throw eventNotFound();
  const org = await organisationPath(deps.db, event.organisationId);
  return { event, target: { tenantId: event.tenantId, orgPath: org?.path ?? '' } };
}

/** Whether an organisation (by path) lies within where the principal may do `action`. */
export function reaches(ctx: Ctx, action: Action, tenantId: string, path: string): boolean {
  const reach = reachOf(ctx.principal, action);
  return (
    reach.platform ||
    reach.tenants.includes(tenantId) ||
    reach.subtrees.some((s) => s.tenantId === tenantId && path.startsWith(s.orgPath))
  );
}

/**
 * The event's registrations. Staff who check people in or run the event see everyone (phones masked, an
 * officer's members by name); an enterprise officer sees only the members their enterprise registered.
 */
export async function listEventRegistrations(
  deps: EventDeps,
  ctx: Ctx,
  eventId: string,
): Promise<StaffRegistrationView[]> {
  const { event, target } = await staffEvent(deps, ctx, eventId);
  const everyone =
    mayPerformOn(ctx.principal, 'event.checkin', target) ||
    mayPerformOn(ctx.principal, 'event.manage', target);
  const all = await registrationsOfEvent(deps.db, event.id);
  const orgs = await organisationsByIds(deps.db, [
    ...new Set(all.map((r) => r.organisationId).filter((o): o is string => Boolean(o))),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const ours = (r: RegistrationRow) => {
    if (r.registeredBy && r.registeredBy === ctx.actorId) return true;
    const org = r.organisationId ? orgById.get(r.organisationId) : undefined;
    return Boolean(
      org &&
        (reaches(ctx, 'event.register_members', event.tenantId, org.path) ||
          reaches(ctx, 'event.read', event.tenantId, org.path)),
    );
  };
  if (!everyone && !mayPerformOn(ctx.principal, 'event.read', target) && !(await openTo(deps, ctx, event)))
    throw eventNotFound();
  const shown = everyone ? all : all.filter(ours);
  // Opening members' sealed names is recorded, like any reading of sealed personal details.
  const named = shown.filter((r) => r.memberNameSealed).length;
  if (named > 0)
    await recordAudit(deps.db, ctx, {
      tenantId: event.tenantId,
      action: 'event.registrations.read',
      objectType: 'group_event',
      objectId: event.id,
      organisationId: event.organisationId,
      details: { shown: shown.length, named },
    });
  return present(deps, shown, orgById);
}

/** An officer reaches an event open to all, or one their enterprise is invited to. */
async function openTo(deps: EventDeps, ctx: Ctx, event: EventRow): Promise<boolean> {
  if (grantsFor(ctx.principal, 'event.register_members').length === 0) return false;
  if (event.visibility === 'open') return true;
  const invited = event.invitedOrganisationId
    ? await organisationPath(deps.db, event.invitedOrganisationId)
    : undefined;
  return Boolean(invited && reaches(ctx, 'event.register_members', event.tenantId, invited.path));
}

export async function present(
  deps: EventDeps,
  rows: RegistrationRow[],
  orgById: Map<string, { name: string }>,
): Promise<StaffRegistrationView[]> {
  const bookerIds = [...new Set(rows.map((r) => r.bookerId).filter((b): b is string => Boolean(b)))];
  const [bookers, positions] = await Promise.all([
    bookersByIds(deps.db, bookerIds),
    waitlistPositions(
      deps.db,
      rows.filter((r) => r.status === 'waitlisted').map((r) => r.id),
    ),
  ]);
  const bookerById = new Map(bookers.map((b) => [b.id, b]));
  return rows.map((r) => {
    const booker = r.bookerId ? bookerById.get(r.bookerId) : undefined;
    const phone = r.memberPhoneSealed
      ? deps.cipher.decrypt(r.memberPhoneSealed, aad.eventMemberPhone(r.id))
      : booker
        ? phoneOfBooker(deps.cipher, booker)
        : null;
    return {
      id: r.id,
      status: r.status as RegistrationView['status'],
      source: r.source as 'worker' | 'officer',
      position: positions.get(r.id) ?? null,
      name: r.memberNameSealed ? deps.cipher.decrypt(r.memberNameSealed, aad.eventMemberName(r.id)) : null,
      phone: phone ? maskPhone(phone) : null,
      organisationName: r.organisationId ? (orgById.get(r.organisationId)?.name ?? null) : null,
      createdAt: r.createdAt.toISOString(),
      offerExpiresAt: r.status === 'offered' ? (r.offerExpiresAt?.toISOString() ?? null) : null,
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      checkInMethod: r.checkInMethod as StaffRegistrationView['checkInMethod'],
    };
  });
}

export interface MemberResult {
  name: string;
  phone: string;
  registrationId: string | null;
  status: 'registered' | 'waitlisted' | 'already_registered' | 'invalid_phone';
  position: number | null;
}

/**
 * An enterprise officer registers a list of members (name and phone, sealed) for an event open to them: an
 * open one, or one their enterprise is invited to. Each gets a place or a place in line, like a worker; a
 * member already registered by the enterprise is not registered twice.
 */
export async function registerMembers(
  deps: EventDeps,
  ctx: Ctx,
  eventId: string,
  input: { members: { name: string; phone: string }[]; organisationId?: string },
  now: Date,
): Promise<MemberResult[]> {
  const { event } = await staffEvent(deps, ctx, eventId);
  // Another enterprise's invitation-only event does not exist for this officer.
  if (!(await openTo(deps, ctx, event))) throw eventNotFound();
  const grant = grantsFor(ctx.principal, 'event.register_members')[0];
  const orgId = input.organisationId ?? event.invitedOrganisationId ?? grant?.assignment.organisationId;
  const org = orgId ? await organisationPath(deps.db, orgId) : undefined;
  if (!org || org.tenantId !== event.tenantId)
    throw new AppError('not_found', 'That organisation was not found');
  requireOn(
    ctx,
    'event.register_members',
    { tenantId: event.tenantId, orgPath: org.path },
    'this enterprise',
  );
  if (event.visibility === 'invitation') {
    const invited = event.invitedOrganisationId
      ? await organisationPath(deps.db, event.invitedOrganisationId)
      : undefined;
    if (!invited || !org.path.startsWith(invited.path)) throw eventNotFound();
  }
  refuseIfClosed(event, now);

  const results: MemberResult[] = [];
  const ids = await deps.db.transaction(async (tx) => {
    const locked = (await lockEvent(tx, event.id)) as EventRow;
    refuseIfClosed(locked, now);
    // Phones already registered (and live) for this event by an officer, so a list sent twice adds no one.
    const known = new Set(
      (await registrationsOfEvent(tx, event.id))
        .filter((r) => r.memberPhoneSealed && (LIVE_STATUSES as readonly string[]).includes(r.status))
        .map((r) => deps.cipher.decrypt(r.memberPhoneSealed as string, aad.eventMemberPhone(r.id))),
    );
    const taken: string[] = [];
    for (const m of input.members) {
      const phone = normaliseMobile(m.phone);
      if (!phone) {
        results.push({
          name: m.name,
          phone: m.phone,
          registrationId: null,
          status: 'invalid_phone',
          position: null,
        });
        continue;
      }
      if (known.has(phone)) {
        results.push({
          name: m.name,
          phone: maskPhone(phone),
          registrationId: null,
          status: 'already_registered',
          position: null,
        });
        continue;
      }
      known.add(phone);
      const id = randomUUID();
      const r = await takePlace(
        tx,
        locked,
        {
          id,
          source: 'officer',
          organisationId: orgId as string,
          registeredBy: ctx.actorId,
          memberNameSealed: deps.cipher.encrypt(m.name.trim(), aad.eventMemberName(id)),
          memberPhoneSealed: deps.cipher.encrypt(phone, aad.eventMemberPhone(id)),
          lang: 'zh-CN',
          consentVersion: EVENT_CONSENT_VERSION,
        },
        true,
        now,
      );
      taken.push(r.id);
      results.push({
        name: m.name.trim(),
        phone: maskPhone(phone),
        registrationId: r.id,
        status: r.status as 'registered' | 'waitlisted',
        position: null,
      });
    }
    await recordAudit(tx, ctx, {
      tenantId: event.tenantId,
      action: 'event.register_members',
      objectType: 'group_event',
      objectId: event.id,
      organisationId: orgId,
      details: {
        registered: results.filter((r) => r.status === 'registered').length,
        waitlisted: results.filter((r) => r.status === 'waitlisted').length,
        skipped: results.filter((r) => r.registrationId === null).length,
      },
    });
    return taken;
  });
  const positions = await waitlistPositions(deps.db, ids);
  return results.map((r) => ({
    ...r,
    position: r.registrationId ? (positions.get(r.registrationId) ?? null) : null,
  }));
}

export type StaffCheckIn = { code: string } | { registrationId: string };

/**
 * Staff check a person in: by scanning the worker's QR ticket, or by ticking them on the list. Checking in
 * twice answers as the first time (alreadyCheckedIn), and each check-in is audited.
 */
export async function checkInByStaff(
  deps: EventDeps,
  ctx: Ctx,
  eventId: string,
  input: StaffCheckIn,
  now: Date,
): Promise<{ registration: StaffRegistrationView; alreadyCheckedIn: boolean }> {
  const { event, target } = await staffEvent(deps, ctx, eventId);
  requireOn(ctx, 'event.checkin', target, 'this event');
  let registrationId: string;
  const method = 'code' in input ? 'ticket_scan' : 'staff_list';
  if ('code' in input) {
    const parsed = parseTicketCode(input.code);
    const invalid = new AppError('invalid_checkin_code', 'That is not a ticket for this event');
    if (!parsed || !ticketMatches(deps.cipher, parsed.registrationId, parsed.token)) throw invalid;
    const r = await findRegistration(deps.db, parsed.registrationId);
    if (r?.eventId !== event.id) throw invalid;
    registrationId = r.id;
  } else {
    const r = await findRegistration(deps.db, input.registrationId);
    if (r?.eventId !== event.id) throw registrationNotFound();
    registrationId = r.id;
  }
  const already = await deps.db.transaction(async (tx) => {
    const r = (await lockRegistration(tx, registrationId)) as RegistrationRow;
    if (r.checkedInAt) return true;
    refuseCheckIn(event, r.status, now);
    await updateRegistration(tx, r.id, { checkedInAt: now, checkedInBy: ctx.actorId, checkInMethod: method });
    await recordAudit(tx, ctx, {
      tenantId: event.tenantId,
      action: 'event.checkin',
      objectType: 'event_registration',
      objectId: r.id,
      organisationId: event.organisationId,
      details: { eventId: event.id, method },
    });
    return false;
  });
  const row = (await findRegistration(deps.db, registrationId)) as RegistrationRow;
  const orgs = await organisationsByIds(deps.db, row.organisationId ? [row.organisationId] : []);
  const [view] = await present(deps, [row], new Map(orgs.map((o) => [o.id, o])));
  return { registration: view as StaffRegistrationView, alreadyCheckedIn: already };
}
