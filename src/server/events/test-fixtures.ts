import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';
import { doorCodeHash, inviteTokenHash } from './codes';
import { eventHosts, groupEvents } from './tables';

/**
 * Test events written straight into the tables (the staff editor's routes are not needed to test
 * registering): a published event at the demo federation's city station, tomorrow afternoon by default.
 */
export interface TestEventOptions {
  title?: string;
  kind?: string;
  capacity?: number;
  startsAt?: Date;
  minutes?: number;
  status?: 'draft' | 'published' | 'cancelled';
  place?: 'service_point' | 'site' | 'online';
  /** The enterprise (organisation key in the demo tree, e.g. 'logistics') invited; makes it invitation-only. */
  invitedOrganisationId?: string;
  inviteToken?: string;
  doorCode?: string;
  audiences?: string[];
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  organisationId?: string;
  servicePointId?: string;
  description?: string;
  hosts?: string[];
  site?: { name: string; address: string; latitude: number; longitude: number };
}

export async function demoTenantId(db: Db): Promise<string> {
  const [t] = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(ne(tenants.slug, 'platform'))
    .orderBy(asc(tenants.createdAt))
    .limit(1);
  if (!t) throw new Error('no demo tenant');
  return t.id;
}

/** A demo organisation by name fragment (e.g. '顺达') or the federation root. */
export async function demoOrganisation(db: Db, nameLike?: string) {
  const tenantId = await demoTenantId(db);
  const rows = await db.select().from(organisations).where(eq(organisations.tenantId, tenantId));
  const found = nameLike ? rows.find((o) => o.name.includes(nameLike)) : rows.find((o) => !o.parentId);
  if (!found) throw new Error(`no organisation ${nameLike ?? 'root'}`);
  return found;
}

export async function insertTestEvent(db: Db, now: Date, o: TestEventOptions = {}) {
  const tenantId = await demoTenantId(db);
  const root = await demoOrganisation(db);
  const [point] = o.servicePointId
    ? await db.select().from(servicePoints).where(eq(servicePoints.id, o.servicePointId))
    : await db
        .select()
        .from(servicePoints)
        .where(and(eq(servicePoints.tenantId, tenantId), eq(servicePoints.kind, 'city_station')));
  if (!point) throw new Error('no service point');
  const startsAt = o.startsAt ?? new Date(now.getTime() + 30 * 3_600_000);
  const place = o.place ?? 'service_point';
  const [event] = await db
    .insert(groupEvents)
    .values({
      tenantId,
      organisationId: o.organisationId ?? root.id,
      kind: o.kind ?? 'lecture',
      title: o.title ?? '职场压力与情绪调适讲座',
      titleEn: o.title ? `${o.title} (en)` : 'Stress at work and how to handle it',
      description: o.description ?? '一次讲座：认识压力，学会几个放松的方法。\n带上问题来，讲座后有答疑。',
      descriptionEn: 'A talk on stress at work, with a few ways to relax.\nBring your questions.',
      placeKind: place,
      servicePointId: place === 'service_point' ? point.id : null,
      siteName: place === 'site' ? (o.site?.name ?? '顺达物流园司机之家') : null,
      siteAddress: place === 'site' ? (o.site?.address ?? '相山区物流园区8号') : null,
      siteLatitude: place === 'site' ? (o.site?.latitude ?? 33.9823) : null,
      siteLongitude: place === 'site' ? (o.site?.longitude ?? 116.7652) : null,
      onlineUrl: place === 'online' ? 'https://meet.example.org/carnation-talk' : null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (o.minutes ?? 90) * 60_000),
      capacity: o.capacity ?? 30,
      audiences: o.audiences ?? [],
      visibility: o.invitedOrganisationId ? 'invitation' : 'open',
      invitedOrganisationId: o.invitedOrganisationId ?? null,
      inviteTokenHash: o.inviteToken ? inviteTokenHash(o.inviteToken) : null,
      registrationOpensAt: o.registrationOpensAt ?? null,
      registrationClosesAt: o.registrationClosesAt ?? null,
      status: o.status ?? 'published',
      publishedAt: (o.status ?? 'published') === 'draft' ? null : now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!event) throw new Error('event not inserted');
  if (o.doorCode)
    await db
      .update(groupEvents)
      .set({ doorCodeHash: doorCodeHash(event.id, o.doorCode) })
      .where(eq(groupEvents.id, event.id));
  for (const name of o.hosts ?? ['王老师'])
    await db.insert(eventHosts).values({ eventId: event.id, name, nameEn: `${name} (en)` });
  return event;
}
