import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { Db } from '../db/client';
import { roleAssignments, users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { cases, referrals } from './tables';

export type ReferralRow = typeof referrals.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function insertReferral(db: Db, values: typeof referrals.$inferInsert): Promise<ReferralRow> {
  const [row] = await db.insert(referrals).values(values).returning();
  return row as ReferralRow;
}

export async function lockReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id)).for('update');
  return row;
}

export async function updateReferral(
  db: Db,
  id: string,
  set: Partial<typeof referrals.$inferInsert>,
): Promise<ReferralRow> {
  const [row] = await db.update(referrals).set(set).where(eq(referrals.id, id)).returning();
  return row as ReferralRow;
}

const acknowledger = sql<
  string | null
>`(select u.display_name from users u where u.id = ${referrals.acknowledgedBy})`;

/** A case's referrals with the institution's and the people's names. */
export async function referralsOfCase(db: Db, caseId: string) {
  return db
    .select({
      referral: referrals,
      institutionName: organisations.name,
      sentByName: users.displayName,
      acknowledgedByName: acknowledger,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.institutionId))
    .innerJoin(users, eq(users.id, referrals.sentBy))
    .where(eq(referrals.caseId, caseId))
    .orderBy(desc(referrals.sentAt));
}

/** Referrals to the institutions within a partner's reach, newest first, with their case. */
export async function referralsWithin(db: Db, reach: Reach, statuses: string[]) {
  const within = or(
    ...reach.subtrees.map((s) =>
      and(eq(organisations.tenantId, s.tenantId), sql`${organisations.path} like ${`${s.orgPath}%`}`),
    ),
  );
  if (!within) return [];
  return db
    .select({
      referral: referrals,
      case: cases,
      institutionName: organisations.name,
      institutionPath: organisations.path,
      sentByName: users.displayName,
      acknowledgedByName: acknowledger,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.institutionId))
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(users, eq(users.id, referrals.sentBy))
    .where(and(within, inArray(referrals.status, statuses)))
    .orderBy(desc(referrals.sentAt))
    .limit(200);
}

/** Partner staff whose subtree holds the institution: they are told of a referral. */
export async function partnerStaffOf(db: Db, institution: OrganisationRow): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.tenantId, institution.tenantId),
        eq(roleAssignments.role, 'partner_staff'),
        sql`${institution.path} like ${organisations.path} || '%'`,
        sql`${users.disabledAt} is null`,
      ),
    );
  return rows.map((r) => r.id);
}
