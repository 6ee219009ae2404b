import { and, asc, eq } from 'drizzle-orm';
import { policyProblems } from '../../core/booking/policy';
import { AppError } from '../../core/errors';
import { reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { roleAssignments, users } from '../identity/tables';
import { findOrganisation } from '../organisations/repository';
import { insertServicePoint } from '../service-points/repository';
import { servicePoints } from '../service-points/tables';
import { presentCounsellor, presentRoom } from './presenters';
import {
  findProfile,
  findRoom,
  profilesOf,
  roomsOf,
  type ServicePointRow,
  servicePointsWithin,
} from './repository';
import { type Ctx, pointInScope, regenerate, staffTenant } from './staff-scope';
import { counsellorProfiles, serviceRooms } from './tables';

// ── Service points and rooms ─────────────────────────────────────────────────────────────────────────────

export interface ServicePointInput {
  organisationId: string;
  kind: string;
  name: string;
  nameEn: string;
  address: string;
  addressEn: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  description: string | null;
  descriptionEn: string | null;
  accessibility: string | null;
  accessibilityEn: string | null;
  timeZone: string;
  openingHours: { weekdays: number[]; opens: string; closes: string }[];
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  cancelCutoffMinutes: number;
  maxOpenBookings: number;
  active: boolean;
}

function pointProblems(p: Partial<ServicePointInput>): string[] {
  const problems: string[] = [];
  if (p.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: p.timeZone });
    } catch {
      problems.push('timeZone is not a known IANA time zone');
    }
  }
  if ((p.latitude === null) !== (p.longitude === null))
    problems.push('give both latitude and longitude, or neither');
  if (p.kind !== undefined && p.kind !== 'remote' && p.latitude === null)
    problems.push('a station people visit needs its coordinates');
  for (const h of p.openingHours ?? [])
    if (h.closes <= h.opens)
      problems.push(`opening hours ${h.opens}–${h.closes}: closing comes before opening`);
  if (p.minNoticeMinutes !== undefined)
    problems.push(
      ...policyProblems({
        minNoticeMinutes: p.minNoticeMinutes,
        maxAdvanceDays: p.maxAdvanceDays ?? 28,
        cancelCutoffMinutes: p.cancelCutoffMinutes ?? 0,
        maxOpenBookings: p.maxOpenBookings ?? 1,
      }),
    );
  return problems;
}

export async function createServicePoint(
  db: Db,
  ctx: Ctx,
  input: ServicePointInput,
): Promise<ServicePointRow> {
  const org = await findOrganisation(db, input.organisationId);
  if (!org) throw new AppError('not_found', 'That organisation was not found');
  requireOn(ctx, 'servicepoint.manage', { tenantId: org.tenantId, orgPath: org.path }, 'this organisation');
  const problems = pointProblems(input);
  if (problems.length) throw new AppError('validation_failed', problems.join('; '), { problems });
  return db.transaction(async (tx) => {
    const point = await insertServicePoint(tx, { ...input, tenantId: org.tenantId });
    await recordAudit(tx, ctx, {
      tenantId: org.tenantId,
      action: 'servicepoint.create',
      objectType: 'service_point',
      objectId: point.id,
      organisationId: org.id,
      details: { name: input.name },
    });
    return point;
  });
}

export async function updateServicePoint(
  db: Db,
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<ServicePointInput, 'organisationId'>>,
): Promise<ServicePointRow> {
  const point = await pointInScope(db, ctx, id, 'servicepoint.manage');
  const problems = pointProblems({ ...point, ...changes, kind: changes.kind ?? point.kind });
  if (problems.length) throw new AppError('validation_failed', problems.join('; '), { problems });
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(servicePoints).set(changes).where(eq(servicePoints.id, id)).returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.update',
      objectType: 'service_point',
      objectId: id,
      organisationId: point.organisationId,
      details: { fields: Object.keys(changes) },
    });
    return row as ServicePointRow;
  });
  // A longer horizon (max advance days) or a new zone changes which slots exist.
  if (changes.maxAdvanceDays !== undefined || changes.timeZone !== undefined || changes.active !== undefined)
    await regenerate(db, { servicePointId: id }, ctx.now);
  return updated;
}

/**
 * The service points the principal may see for editing, rosters and the calendar: those in the reach of
 * servicepoint.read (a station manager their subtree, a counsellor the federation, the platform operator
 * every federation), with their rooms.
 */
export async function listManagedServicePoints(db: Db, ctx: Ctx) {
  const points = await servicePointsWithin(db, reachFor(ctx, 'servicepoint.read'));
  const rooms = await roomsOf(
    db,
    points.map((p) => p.id),
  );
  return points.map((p) => ({ point: p, rooms: rooms.filter((r) => r.servicePointId === p.id) }));
}

export async function addRoom(
  db: Db,
  ctx: Ctx,
  servicePointId: string,
  input: { kind: string; name: string; nameEn: string },
) {
  const point = await pointInScope(db, ctx, servicePointId, 'servicepoint.manage');
  return db.transaction(async (tx) => {
    const [room] = await tx
      .insert(serviceRooms)
      .values({ ...input, tenantId: point.tenantId, servicePointId })
      .returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.room.create',
      objectType: 'service_room',
      objectId: room?.id,
      organisationId: point.organisationId,
    });
    return presentRoom(room as NonNullable<typeof room>);
  });
}

export async function updateRoom(
  db: Db,
  ctx: Ctx,
  roomId: string,
  changes: { name?: string; nameEn?: string; kind?: string; active?: boolean },
) {
  const room = await findRoom(db, roomId);
  if (!room) throw new AppError('not_found', 'That room was not found');
  const point = await pointInScope(db, ctx, room.servicePointId, 'servicepoint.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx.update(serviceRooms).set(changes).where(eq(serviceRooms.id, roomId)).returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.room.update',
      objectType: 'service_room',
      objectId: roomId,
      organisationId: point.organisationId,
      details: { fields: Object.keys(changes) },
    });
    return { ...presentRoom(row as NonNullable<typeof row>), active: row?.active ?? false };
  });
}

// ── Counsellors ──────────────────────────────────────────────────────────────────────────────────────────

/** The federation's counsellors (accounts with the counsellor role) with their public profiles. */
export async function listCounsellors(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  const rows = await db
    .selectDistinct({ id: users.id, displayName: users.displayName, disabledAt: users.disabledAt })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.role, 'counsellor')))
    .orderBy(asc(users.displayName));
  const profiles = new Map((await profilesOf(db, tenantId)).map((p) => [p.userId, p]));
  return rows.map((u) => {
    const p = profiles.get(u.id);
    return {
      id: u.id,
      accountName: u.displayName,
      active: u.disabledAt === null,
      profile: p ? { ...presentCounsellor(p), active: p.active } : null,
    };
  });
}

export interface ProfileInput {
  publicName: string;
  publicNameEn: string;
  qualification: string;
  qualificationEn: string;
  specialties: string[];
  languages: string[];
  bio: string;
  bioEn: string;
  photoUrl: string | null;
  active: boolean;
}

export async function saveProfile(db: Db, ctx: Ctx, userId: string, input: ProfileInput) {
  const tenantId = staffTenant(ctx);
  const [assignment] = await db
    .select({ organisationId: roleAssignments.organisationId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.role, 'counsellor'),
      ),
    );
  if (!assignment) throw new AppError('not_found', 'That counsellor was not found');
  const org = await findOrganisation(db, assignment.organisationId);
  requireOn(ctx, 'counsellor.manage', { tenantId, orgPath: org?.path ?? '' }, 'this counsellor');
  return db.transaction(async (tx) => {
    const values = { ...input, userId, tenantId, updatedAt: ctx.now };
    await tx
      .insert(counsellorProfiles)
      .values(values)
      .onConflictDoUpdate({ target: counsellorProfiles.userId, set: values });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'counsellor.profile.save',
      objectType: 'user',
      objectId: userId,
    });
    const saved = await findProfile(tx, userId);
    return { ...presentCounsellor(saved as NonNullable<typeof saved>), active: saved?.active ?? false };
  });
}
