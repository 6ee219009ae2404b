import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { type LatLng, rankByReach } from '../../core/booking/geo';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { policyView, presentCounsellor, presentRoom } from './presenters';
import {
  activeRosters,
  activeServicePointsOf,
  findServicePoint,
  nextOpenSlots,
  openSlotsOf,
  profilesOf,
  roomsOf,
  type ServicePointRow,
} from './repository';

const DAY_MS = 86_400_000;
const MAX_WINDOW_DAYS = 35;

/** The earliest a worker may book at a point now, and the latest (its policy). */
const bookableWindow = (p: ServicePointRow, now: Date) => ({
  from: new Date(now.getTime() + p.minNoticeMinutes * 60_000),
  to: new Date(now.getTime() + p.maxAdvanceDays * DAY_MS),
});

function presentPoint(
  p: ServicePointRow,
  modes: string[],
  next: { startsAt: Date; modes: string[] } | undefined,
) {
  return {
    id: p.id,
    tenantId: p.tenantId,
    kind: p.kind as 'city_station',
    name: p.name,
    nameEn: p.nameEn,
    address: p.address,
    addressEn: p.addressEn,
    latitude: p.latitude,
    longitude: p.longitude,
    phone: p.phone,
    description: p.description,
    descriptionEn: p.descriptionEn,
    accessibility: p.accessibility,
    accessibilityEn: p.accessibilityEn,
    timeZone: p.timeZone,
    openingHours: p.openingHours,
    modes: modes as 'in_person'[],
    nextSlot: next ? { startsAt: next.startsAt.toISOString(), modes: next.modes as 'in_person'[] } : null,
  };
}

/** Ways of counselling each point's active rosters offer. */
async function modesByPoint(db: Db, tenantId: string): Promise<Map<string, string[]>> {
  const rosters = await activeRosters(db, { tenantId });
  const modes = new Map<string, Set<string>>();
  for (const { roster } of rosters) {
    const set = modes.get(roster.servicePointId) ?? new Set<string>();
    for (const m of roster.modes) set.add(m);
    modes.set(roster.servicePointId, set);
  }
  const order = ['in_person', 'phone', 'video'];
  return new Map([...modes].map(([id, set]) => [id, order.filter((m) => set.has(m))]));
}

/**
 * The federation's service points for a worker: with a location, nearest first and those within 15 minutes
 * ahead of the rest (phone/online points, without a place, come last); each with its next open time.
 */
export async function listServicePointsNear(db: Db, tenantId: string, near: LatLng | null, now: Date) {
  const points = await activeServicePointsOf(db, tenantId);
  // Each point's first slot within its own booking window (minimum notice, furthest day ahead).
  const [next, modes] = await Promise.all([nextOpenSlots(db, tenantId, now), modesByPoint(db, tenantId)]);
  const ranked = near
    ? rankByReach(points, near)
    : points.map((p) => ({
        ...p,
        distanceMetres: null,
        walkMinutes: null,
        driveMinutes: null,
        withinReach: false,
      }));
  return ranked.map((p) => ({
    ...presentPoint(p, modes.get(p.id) ?? [], next.get(p.id)),
    distanceMetres: p.distanceMetres,
    walkMinutes: p.walkMinutes,
    driveMinutes: p.driveMinutes,
    withinReach: p.withinReach,
  }));
}

export async function findPublicServicePoint(db: Db, id: string, near: LatLng | null, now: Date) {
  const point = await findServicePoint(db, id);
  if (!point?.active) throw new AppError('not_found', 'That service point was not found');
  const [rooms, profiles, rosters, next] = await Promise.all([
    roomsOf(db, [id]),
    profilesOf(db, point.tenantId),
    activeRosters(db, { servicePointId: id }),
    nextOpenSlots(db, point.tenantId, now),
  ]);
  const onDuty = new Set(rosters.map((r) => r.roster.counsellorId));
  const modes = new Set(rosters.flatMap((r) => r.roster.modes));
  const [ranked] = near
    ? rankByReach([point], near)
    : [{ distanceMetres: null, walkMinutes: null, driveMinutes: null, withinReach: false }];
  return {
    ...presentPoint(
      point,
      ['in_person', 'phone', 'video'].filter((m) => modes.has(m)),
      next.get(id),
    ),
    distanceMetres: ranked?.distanceMetres ?? null,
    walkMinutes: ranked?.walkMinutes ?? null,
    driveMinutes: ranked?.driveMinutes ?? null,
    withinReach: ranked?.withinReach ?? false,
    rooms: rooms.filter((r) => r.active).map(presentRoom),
    counsellors: profiles.filter((p) => p.active && onDuty.has(p.userId)).map(presentCounsellor),
    policy: policyView(point),
  };
}

/** Open slots of one point in a window, clipped to what its policy lets a worker book now. */
export async function openSlots(
  db: Db,
  servicePointId: string,
  query: { from?: Date; to?: Date; mode?: string },
  now: Date,
) {
  const point = await findServicePoint(db, servicePointId);
  if (!point?.active) throw new AppError('not_found', 'That service point was not found');
  const bookable = bookableWindow(point, now);
  const from = new Date(Math.max(bookable.from.getTime(), query.from?.getTime() ?? 0));
  const askedTo = query.to ?? new Date(from.getTime() + 28 * DAY_MS);
  if (askedTo.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS)
    throw new AppError('validation_failed', `Ask for at most ${MAX_WINDOW_DAYS} days of slots at a time`);
  const to = new Date(Math.min(bookable.to.getTime(), askedTo.getTime()));
  const rows = to > from ? await openSlotsOf(db, servicePointId, from, to) : [];
  return {
    timeZone: point.timeZone,
    from: from.toISOString(),
    to: (to > from ? to : from).toISOString(),
    slots: rows
      .filter((r) => !query.mode || r.slot.modes.includes(query.mode))
      .map((r) => ({
        id: r.slot.id,
        startsAt: r.slot.startsAt.toISOString(),
        endsAt: r.slot.endsAt.toISOString(),
        modes: r.slot.modes as 'in_person'[],
        counsellor: presentCounsellor(r.profile),
        room: r.room ? presentRoom(r.room) : null,
      })),
  };
}

const districtLabel = (name: string) => name.replace(/总工会$/, '');
const districtLabelEn = (name: string) => name.replace(/\s*Federation$/, '');

/** District unions with a location, as places a worker can say they are near. */
export async function districtsOf(db: Db, tenantId: string) {
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.kind, 'district_union'),
        eq(organisations.active, true),
        isNotNull(organisations.latitude),
        isNotNull(organisations.longitude),
      ),
    )
    .orderBy(asc(organisations.name));
  return rows.map((o) => ({
    id: o.id,
    name: districtLabel(o.name),
    nameEn: districtLabelEn(o.nameEn ?? o.name),
    latitude: o.latitude as number,
    longitude: o.longitude as number,
  }));
}
