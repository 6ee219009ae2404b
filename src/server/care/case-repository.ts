import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { breakGlassGrants, caseCounters, caseEvents, cases } from './tables';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** Locks a case for a change, so two changes of one case (a note and its closure) happen one after the other. */
export async function lockCase(db: Db, id: string): Promise<void> {
  await db.select({ id: cases.id }).from(cases).where(eq(cases.id, id)).for('update');
}

/** The viewer's break-glass grants on a case that have not run out. */
export async function activeBreakGlass(db: Db, caseId: string, userId: string, now: Date) {
  return db
    .select({ userId: breakGlassGrants.userId, expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.caseId, caseId),
        eq(breakGlassGrants.userId, userId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    );
}

export async function insertBreakGlass(db: Db, values: typeof breakGlassGrants.$inferInsert): Promise<void> {
  await db.insert(breakGlassGrants).values(values);
}

/** The next number of the federation's year: one row per year, incremented under its row lock. */
export async function nextCaseNumber(db: Db, tenantId: string, year: number): Promise<string> {
  const [row] = await db
    .insert(caseCounters)
    .values({ tenantId, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.tenantId, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return `${year}-${String(row?.last ?? 1).padStart(4, '0')}`;
}

export async function insertCase(db: Db, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  return row as CaseRow;
}

export async function updateCase(
  db: Db,
  id: string,
  set: Partial<typeof cases.$inferInsert>,
): Promise<CaseRow> {
  const [row] = await db.update(cases).set(set).where(eq(cases.id, id)).returning();
  return row as CaseRow;
}

export async function caseOfAlert(db: Db, alertId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.alertId, alertId));
  return row;
}

export async function caseOfBooking(db: Db, bookingId: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.bookingId, bookingId));
  return row;
}

export async function insertCaseEvent(db: Db, values: typeof caseEvents.$inferInsert): Promise<void> {
  await db.insert(caseEvents).values(values);
}

export async function caseEventsOf(db: Db, caseId: string) {
  return db
    .select({ event: caseEvents, actorName: users.displayName })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** A case with what a list shows about it: readable columns only, no record is opened. */
export interface CaseSummaryRow {
  row: CaseRow;
  counsellorName: string;
  escalatedToName: string | null;
  nextTaskDueAt: Date | null;
  overdueTasks: number;
  lastContactAt: Date | null;
}

// Instants from subqueries come as epoch milliseconds: the two drivers hand raw timestamps back differently.
const epochMs = (inner: SQL) => sql<number | null>`(select (extract(epoch from ${inner}) * 1000)::float8)`;
const asDate = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

function summaryQuery(db: Db, now: Date) {
  const at = now.toISOString();
  return db
    .select({
      row: cases,
      counsellorName: users.displayName,
      escalatedToName: sql<
        string | null
      >`(select u.display_name from users u where u.id = ${cases.escalatedTo})`,
      nextTaskDueAt: epochMs(
        sql`(select min(f.due_at) from follow_up_tasks f where f.case_id = ${cases.id} and f.status = 'open')`,
      ),
      overdueTasks: sql<number>`(select count(*)::int from follow_up_tasks f where f.case_id = ${cases.id} and f.status = 'open' and f.due_at < ${at}::timestamptz)`,
      lastContactAt: epochMs(
        sql`(select max(n.happened_at) from case_notes n where n.case_id = ${cases.id} and n.kind in ('session', 'phone', 'contact_attempt'))`,
      ),
    })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.counsellorId));
}

const toSummary = (r: {
  row: CaseRow;
  counsellorName: string;
  escalatedToName: string | null;
  nextTaskDueAt: number | null;
  overdueTasks: number;
  lastContactAt: number | null;
}): CaseSummaryRow => ({
  ...r,
  nextTaskDueAt: asDate(r.nextTaskDueAt),
  lastContactAt: asDate(r.lastContactAt),
  overdueTasks: Number(r.overdueTasks),
});

export async function caseSummary(db: Db, id: string, now: Date): Promise<CaseSummaryRow | undefined> {
  const [row] = await summaryQuery(db, now).where(eq(cases.id, id));
  return row ? toSummary(row) : undefined;
}

export interface CaseFilter {
  tenantId: string;
  statuses: string[];
  /** Only cases assigned to, or escalated to, this member of staff. */
  mineOf?: string;
}

/** Crisis first, then the oldest: the order a counsellor works through them. */
export async function caseSummaries(
  db: Db,
  f: CaseFilter,
  now: Date,
  limit = 500,
): Promise<CaseSummaryRow[]> {
  const rows = await summaryQuery(db, now)
    .where(
      and(
        eq(cases.tenantId, f.tenantId),
        inArray(cases.status, f.statuses),
        f.mineOf ? or(eq(cases.counsellorId, f.mineOf), eq(cases.escalatedTo, f.mineOf)) : undefined,
      ),
    )
    .orderBy(
      sql`case ${cases.priority} when 'crisis' then 0 when 'high' then 1 else 2 end`,
      asc(cases.openedAt),
    )
    .limit(limit);
  return rows.map(toSummary);
}

/** How many open cases the counsellor holds and how many are escalated to them (for the queue). */
export async function caseCounts(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${cases.counsellorId} = ${userId})::int`,
      escalatedToMe: sql<number>`count(*) filter (where ${cases.escalatedTo} = ${userId})::int`,
    })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.status, 'open')));
  return { open: Number(row?.open ?? 0), escalatedToMe: Number(row?.escalatedToMe ?? 0) };
}
