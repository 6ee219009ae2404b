import { and, eq } from 'drizzle-orm';
import { counsellorProfiles } from '../booking/tables';
import type { Db } from '../db/client';
import { inviteTokenHash, newInviteToken } from '../events/codes';
import { eventHosts, groupEvents } from '../events/tables';

export interface DemoOrderEvent {
  tenantId: string;
  orderId: string;
  organisationId: string;
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  site: { name: string; address: string };
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  audiences: string[];
  hostUserId: string | null;
  by: string | null;
  at: Date;
}

/**
 * A demo order's event, written as history like the demo's event season (some are already over, which the
 * events' own use-case rightly refuses): published, invitation-only for the enterprise, at its site.
 */
export async function insertDemoOrderEvent(db: Db, e: DemoOrderEvent): Promise<string> {
  const [row] = await db
    .insert(groupEvents)
    .values({
      tenantId: e.tenantId,
      organisationId: e.organisationId,
      orderId: e.orderId,
      kind: e.kind,
      title: e.title,
      titleEn: e.titleEn,
      description: e.description,
      descriptionEn: e.descriptionEn,
      placeKind: 'site',
      siteName: e.site.name,
      siteAddress: e.site.address,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      capacity: e.capacity,
      audiences: e.audiences,
      visibility: 'invitation',
      invitedOrganisationId: e.organisationId,
      // Nobody holds this token: staff make a new link to share (the event keeps only a hash).
      inviteTokenHash: inviteTokenHash(newInviteToken()),
      status: 'published',
      publishedAt: e.at,
      createdBy: e.by,
      createdAt: e.at,
      updatedAt: e.at,
    })
    .returning({ id: groupEvents.id });
  if (!row) throw new Error('insert returned no row');
  const [profile] = e.hostUserId
    ? await db
        .select({ name: counsellorProfiles.publicName, nameEn: counsellorProfiles.publicNameEn })
        .from(counsellorProfiles)
        .where(and(eq(counsellorProfiles.tenantId, e.tenantId), eq(counsellorProfiles.userId, e.hostUserId)))
    : [];
  if (e.hostUserId && profile)
    await db.insert(eventHosts).values({ eventId: row.id, userId: e.hostUserId, ...profile });
  return row.id;
}
