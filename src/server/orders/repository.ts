import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { OrderState } from '../../core/orders/workflow';
import { campaigns } from '../campaigns/tables';
import { submissionResults, submissions } from '../checkup/tables';
import type { Db } from '../db/client';
import { groupEvents } from '../events/tables';
import { withinReach } from '../identity/repository';
import { roleAssignments, users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { serviceMenuItems, serviceOrderEvents, serviceOrders } from './tables';

export type MenuItemRow = typeof serviceMenuItems.$inferSelect;
export type OrderRow = typeof serviceOrders.$inferSelect;
export type OrderEventRow = typeof serviceOrderEvents.$inferSelect;
export type OrderWithOrg = OrderRow & {
  organisationName: string;
  organisationPath: string;
  menuItem: MenuItemRow;
  campaignCode: string | null;
};

export async function menuOf(db: Db, tenantId: string, activeOnly: boolean): Promise<MenuItemRow[]> {
  return db
    .select()
    .from(serviceMenuItems)
    .where(
      and(
        eq(serviceMenuItems.tenantId, tenantId),
        activeOnly ? eq(serviceMenuItems.active, true) : undefined,
      ),
    )
    .orderBy(asc(serviceMenuItems.createdAt), asc(serviceMenuItems.id));
}

export async function menuItem(db: Db, id: string): Promise<MenuItemRow | undefined> {
  const [row] = await db.select().from(serviceMenuItems).where(eq(serviceMenuItems.id, id));
  return row;
}

export async function insertMenuItem(db: Db, values: typeof serviceMenuItems.$inferInsert) {
  const [row] = await db.insert(serviceMenuItems).values(values).returning();
  return row as MenuItemRow;
}

export async function updateMenuItem(
  db: Db,
  id: string,
  values: Partial<typeof serviceMenuItems.$inferInsert>,
) {
  const [row] = await db.update(serviceMenuItems).set(values).where(eq(serviceMenuItems.id, id)).returning();
  return row as MenuItemRow;
}

export async function insertOrder(db: Db, values: typeof serviceOrders.$inferInsert): Promise<OrderRow> {
  const [row] = await db.insert(serviceOrders).values(values).returning();
  return row as OrderRow;
}

const withOrg = {
  o: serviceOrders,
  organisationName: organisations.name,
  organisationPath: organisations.path,
  menuItem: serviceMenuItems,
  campaignCode: campaigns.code,
};

const flatten = (r: {
  o: OrderRow;
  organisationName: string;
  organisationPath: string;
  menuItem: MenuItemRow;
  campaignCode: string | null;
}): OrderWithOrg => ({
  ...r.o,
  organisationName: r.organisationName,
  organisationPath: r.organisationPath,
  menuItem: r.menuItem,
  campaignCode: r.campaignCode,
});

export async function findOrder(db: Db, id: string): Promise<OrderWithOrg | undefined> {
  const [row] = await db
    .select(withOrg)
    .from(serviceOrders)
    .innerJoin(organisations, eq(organisations.id, serviceOrders.organisationId))
    .innerJoin(serviceMenuItems, eq(serviceMenuItems.id, serviceOrders.menuItemId))
    .leftJoin(campaigns, eq(campaigns.id, serviceOrders.campaignId))
    .where(eq(serviceOrders.id, id));
  return row ? flatten(row) : undefined;
}

export async function ordersInReach(
  db: Db,
  reach: Reach,
  f: { state?: OrderState; from?: Date; to?: Date; limit: number },
): Promise<OrderWithOrg[]> {
  const rows = await db
    .select(withOrg)
    .from(serviceOrders)
    .innerJoin(organisations, eq(organisations.id, serviceOrders.organisationId))
    .innerJoin(serviceMenuItems, eq(serviceMenuItems.id, serviceOrders.menuItemId))
    .leftJoin(campaigns, eq(campaigns.id, serviceOrders.campaignId))
    .where(
      and(
        withinReach(reach, serviceOrders.tenantId, organisations.path),
        f.state ? eq(serviceOrders.state, f.state) : undefined,
        f.from ? gte(serviceOrders.submittedAt, f.from) : undefined,
        f.to ? lt(serviceOrders.submittedAt, f.to) : undefined,
      ),
    )
    .orderBy(desc(serviceOrders.submittedAt), desc(serviceOrders.id))
    .limit(f.limit);
  return rows.map(flatten);
}

/**
 * Moves an order on only if it is still in the state the step starts from: of two people pressing at once,
 * one moves it and the other finds nothing to update (and is told the step no longer applies).
 */
export async function moveOrder(
  db: Db,
  id: string,
  from: OrderState,
  values: Partial<typeof serviceOrders.$inferInsert>,
): Promise<OrderRow | undefined> {
  const [row] = await db
    .update(serviceOrders)
    .set(values)
    .where(and(eq(serviceOrders.id, id), eq(serviceOrders.state, from)))
    .returning();
  return row;
}

export async function insertOrderEvent(db: Db, values: typeof serviceOrderEvents.$inferInsert) {
  await db.insert(serviceOrderEvents).values(values);
}

export async function timelineOf(db: Db, orderId: string) {
  return db
    .select({ e: serviceOrderEvents, actorName: users.displayName })
    .from(serviceOrderEvents)
    .leftJoin(users, eq(users.id, serviceOrderEvents.actorId))
    .where(eq(serviceOrderEvents.orderId, orderId))
    .orderBy(asc(serviceOrderEvents.at), asc(serviceOrderEvents.seq));
}

export async function eventsOfOrders(db: Db, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db
    .select({
      orderId: groupEvents.orderId,
      id: groupEvents.id,
      startsAt: groupEvents.startsAt,
      endsAt: groupEvents.endsAt,
      status: groupEvents.status,
      title: groupEvents.title,
    })
    .from(groupEvents)
    .where(inArray(groupEvents.orderId, orderIds))
    .orderBy(asc(groupEvents.startsAt));
}

/** Holders of a role whose subtree holds the organisation at this path (the people a step concerns). */
export async function roleHoldersOver(
  db: Db,
  tenantId: string,
  orgPath: string,
  role: 'enterprise_officer' | 'federation_admin',
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.role, role),
        sql`${orgPath} like ${organisations.path} || '%'`,
        sql`${users.disabledAt} is null`,
      ),
    );
  return rows.map((r) => r.id);
}

/** Users (ids) of this tenant, with their names: to check the hosts chosen. */
export async function usersIn(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, ids), sql`${users.disabledAt} is null`));
}

/**
 * The campaign's results, one per person and instrument (a person's latest check-up; someone without a
 * retrieval code is one submission): how many people fell in each band. Counts only, never a row.
 */
export async function campaignBandCounts(db: Db, campaignId: string) {
  const person = sql`coalesce(${submissions.identityId}, ${submissions.id})`;
  const latest = db
    .selectDistinctOn([submissionResults.instrumentId, person], {
      instrumentId: submissionResults.instrumentId,
      bandCode: submissionResults.bandCode,
    })
    .from(submissionResults)
    .innerJoin(submissions, eq(submissions.id, submissionResults.submissionId))
    .where(eq(submissions.campaignId, campaignId))
    .orderBy(submissionResults.instrumentId, person, desc(submissions.createdAt))
    .as('latest');
  const cells = await db
    .select({ instrumentId: latest.instrumentId, bandCode: latest.bandCode, n: sql<number>`count(*)::int` })
    .from(latest)
    .groupBy(latest.instrumentId, latest.bandCode);
  const [people] = await db
    .select({ n: sql<number>`count(distinct ${person})::int` })
    .from(submissions)
    .where(eq(submissions.campaignId, campaignId));
  return { people: Number(people?.n ?? 0), cells: cells.map((c) => ({ ...c, n: Number(c.n) })) };
}
