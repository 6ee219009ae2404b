import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { recoveryCodes, roleAssignments, users } from './tables';

export type UserRow = typeof users.$inferSelect;

export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.login, login.trim().toLowerCase()));
  return row;
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Locks the user row for the rest of the transaction, so concurrent sign-ins count failures correctly. */
export async function lockUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

export async function updateUser(
  db: Db,
  id: string,
  values: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('user insert returned nothing');
  return row;
}

export interface RoleRow {
  id: string;
  role: string;
  organisationId: string;
  organisationName: string;
  organisationNameEn: string | null;
  organisationPath: string;
  tenantId: string;
}

/** The public shape of a role assignment (no paths or tenant ids). */
export const presentRole = (r: RoleRow) => ({
  id: r.id,
  role: r.role,
  organisationId: r.organisationId,
  organisationName: r.organisationName,
  organisationNameEn: r.organisationNameEn,
});

export async function rolesOfUsers(db: Db, userIds: string[]): Promise<Map<string, RoleRow[]>> {
  const map = new Map<string, RoleRow[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      organisationId: roleAssignments.organisationId,
      organisationName: organisations.name,
      organisationNameEn: organisations.nameEn,
      organisationPath: organisations.path,
      tenantId: roleAssignments.tenantId,
    })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.createdAt));
  for (const { userId, ...r } of rows) {
    const list = map.get(userId) ?? [];
    list.push(r);
    map.set(userId, list);
  }
  return map;
}

/** WHERE clause for "rows whose organisation path lies within this reach". */
export function withinReach(reach: Reach, tenantCol: SQL | unknown, pathCol: SQL | unknown): SQL | undefined {
  if (reach.platform) return undefined;
  const parts: SQL[] = [];
  if (reach.tenants.length)
    parts.push(
      sql`${tenantCol} in (${sql.join(
        reach.tenants.map((t) => sql`${t}`),
        sql`, `,
      )})`,
    );
  for (const s of reach.subtrees) {
    parts.push(sql`(${tenantCol} = ${s.tenantId} and ${pathCol} like ${`${s.orgPath}%`})`);
  }
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

export interface UserListFilter {
  reach: Reach;
  search?: string;
  tenantId?: string;
  includeDisabled: boolean;
  limit: number;
  offset: number;
}

export async function listUsers(db: Db, f: UserListFilter) {
  const conditions = and(
    withinReach(f.reach, users.tenantId, organisations.path),
    f.tenantId ? eq(users.tenantId, f.tenantId) : undefined,
    f.includeDisabled ? undefined : isNull(users.disabledAt),
    f.search
      ? sql`(${users.login} ilike ${`%${f.search}%`} or ${users.displayName} ilike ${`%${f.search}%`})`
      : undefined,
  );
  const rows = await db
    .select({
      user: users,
      organisationName: organisations.name,
      organisationNameEn: organisations.nameEn,
      organisationPath: organisations.path,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(conditions)
    .orderBy(asc(users.login))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(conditions);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function insertRoleAssignment(
  db: Db,
  values: {
    tenantId: string;
    userId: string;
    role: string;
    organisationId: string;
    createdBy: string | null;
  },
) {
  const [row] = await db.insert(roleAssignments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findRoleAssignment(db: Db, id: string) {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row;
}

export async function deleteRoleAssignment(db: Db, id: string): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}

export async function replaceRecoveryCodes(db: Db, user: { id: string; tenantId: string }, hashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  if (hashes.length) {
    await db
      .insert(recoveryCodes)
      .values(hashes.map((codeHash) => ({ userId: user.id, tenantId: user.tenantId, codeHash })));
  }
}

/** Marks a matching unused recovery code used; true when one was found. */
export async function consumeRecoveryCode(
  db: Db,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}
