import { and, asc, desc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cases } from '../care/tables';
import { submissionResults, submissions } from '../checkup/tables';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { alerts } from './tables';

export type AlertRow = typeof alerts.$inferSelect;

export async function insertAlert(db: Db, values: typeof alerts.$inferInsert): Promise<AlertRow> {
  const [row] = await db.insert(alerts).values(values).returning();
  return row as AlertRow;
}

export interface AlertListRow extends AlertRow {
  acknowledgedByName: string | null;
  caseNumber: string | null;
}

const priorityOrder = sql`case ${alerts.priority} when 'crisis' then 0 when 'high' then 1 else 2 end`;

/**
 * The federation's queue: crisis first, then the oldest (core/care/triage.ts compareTriage). Closed requests
 * are history, newest closed first.
 */
export async function alertQueueOf(
  db: Db,
  tenantId: string,
  statuses: string[],
  limit: number,
): Promise<AlertListRow[]> {
  const closedOnly = statuses.length === 1 && statuses[0] === 'closed';
  const rows = await db
    .select({ alert: alerts, acknowledgedByName: users.displayName, caseNumber: cases.number })
    .from(alerts)
    .leftJoin(users, eq(users.id, alerts.acknowledgedBy))
    .leftJoin(cases, eq(cases.id, alerts.caseId))
    .where(and(eq(alerts.tenantId, tenantId), inArray(alerts.status, statuses)))
    .orderBy(...(closedOnly ? [desc(alerts.closedAt)] : [priorityOrder, asc(alerts.createdAt)]))
    .limit(limit);
  return rows.map((r) => ({
    ...r.alert,
    acknowledgedByName: r.acknowledgedByName,
    caseNumber: r.caseNumber,
  }));
}

export interface AlertDetailRow extends AlertListRow {
  enteredByName: string | null;
  organisationName: string | null;
}

const enteredBy = alias(users, 'entered_by_user');

export async function alertDetail(db: Db, id: string): Promise<AlertDetailRow | undefined> {
  const [row] = await db
    .select({
      alert: alerts,
      acknowledgedByName: users.displayName,
      caseNumber: cases.number,
      enteredByName: enteredBy.displayName,
      organisationName: organisations.name,
    })
    .from(alerts)
    .leftJoin(users, eq(users.id, alerts.acknowledgedBy))
    .leftJoin(enteredBy, eq(enteredBy.id, alerts.enteredBy))
    .leftJoin(cases, eq(cases.id, alerts.caseId))
    .leftJoin(organisations, eq(organisations.id, alerts.organisationId))
    .where(eq(alerts.id, id));
  return row
    ? {
        ...row.alert,
        acknowledgedByName: row.acknowledgedByName,
        caseNumber: row.caseNumber,
        enteredByName: row.enteredByName,
        organisationName: row.organisationName,
      }
    : undefined;
}

/** Counts for a badge: no contact details are read. */
export async function alertCounts(db: Db, tenantId: string) {
  const [row] = await db
    .select({
      fresh: sql<number>`count(*) filter (where ${alerts.status} = 'new')::int`,
      crisis: sql<number>`count(*) filter (where ${alerts.status} = 'new' and ${alerts.priority} = 'crisis')::int`,
      acknowledged: sql<number>`count(*) filter (where ${alerts.status} = 'acknowledged')::int`,
    })
    .from(alerts)
    .where(eq(alerts.tenantId, tenantId));
  return {
    new: Number(row?.fresh ?? 0),
    crisis: Number(row?.crisis ?? 0),
    acknowledged: Number(row?.acknowledged ?? 0),
  };
}

/** Closes a request that is being handled; undefined when it is not (anymore) in that state. */
export async function closeAcknowledgedAlert(
  db: Db,
  id: string,
  by: string | null,
  at: Date,
  reason: string,
): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(alerts)
    .set({ status: 'closed', closedBy: by, closedAt: at, closedReason: reason })
    .where(and(eq(alerts.id, id), eq(alerts.status, 'acknowledged')))
    .returning();
  return row;
}

export async function findAlert(db: Db, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

/** Takes a new alert for one member of staff; undefined when someone else took it first. */
export async function acknowledgeNewAlert(
  db: Db,
  id: string,
  by: string | null,
  at: Date,
): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(alerts)
    .set({ status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: at })
    .where(and(eq(alerts.id, id), eq(alerts.status, 'new')))
    .returning();
  return row;
}

/**
 * Untaken requests past their due time that may need another step, locked so that two processes running the
 * escalation job never escalate one twice (the other skips what this one holds).
 */
export async function lockEscalationCandidates(db: Db, now: Date, limit: number): Promise<AlertRow[]> {
  return db
    .select()
    .from(alerts)
    .where(
      and(
        eq(alerts.status, 'new'),
        lte(alerts.dueAt, now),
        or(eq(alerts.escalationLevel, 0), and(eq(alerts.escalationLevel, 1), eq(alerts.priority, 'crisis'))),
      ),
    )
    .orderBy(asc(alerts.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function setEscalation(db: Db, id: string, level: number, at: Date): Promise<void> {
  await db.update(alerts).set({ escalationLevel: level, escalatedAt: at }).where(eq(alerts.id, id));
}

export async function resultsOfSubmission(db: Db, submissionId: string) {
  const [sub] = await db
    .select({ createdAt: submissions.createdAt })
    .from(submissions)
    .where(eq(submissions.id, submissionId));
  if (!sub) return null;
  const results = await db
    .select()
    .from(submissionResults)
    .where(eq(submissionResults.submissionId, submissionId));
  return { createdAt: sub.createdAt, results };
}

/** The worker's latest check-up (what a booking shares with the counsellor). */
export async function latestSubmissionOf(db: Db, identityId: string) {
  const [row] = await db
    .select({ id: submissions.id, crisisLevel: submissions.crisisLevel })
    .from(submissions)
    .where(eq(submissions.identityId, identityId))
    .orderBy(desc(submissions.createdAt))
    .limit(1);
  return row;
}
