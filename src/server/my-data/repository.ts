import { and, asc, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { alerts } from '../alerts/tables';
import { auditEvents } from '../audit/tables';
import { bookings, counsellorProfiles } from '../booking/tables';
import { caseEvents, caseMeasures, caseNotes, cases, followUpTasks, referrals } from '../care/tables';
import { submissions } from '../checkup/tables';
import type { Db } from '../db/client';
import { roleAssignments, users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import type { Subject } from './subject';

export type AlertRow = typeof alerts.$inferSelect;
export type CaseRow = typeof cases.$inferSelect;

export async function bookingIdsOf(db: Db, bookerId: string | null): Promise<string[]> {
  if (!bookerId) return [];
  const rows = await db.select({ id: bookings.id }).from(bookings).where(eq(bookings.bookerId, bookerId));
  return rows.map((r) => r.id);
}

const subjectMatch = (
  s: Subject,
  cols: { identity: PgColumn; phone: PgColumn },
  extra: SQL[],
): SQL | undefined => {
  const any: SQL[] = [...extra];
  if (s.identityId) any.push(eq(cols.identity, s.identityId));
  if (s.phoneHash) any.push(eq(cols.phone, s.phoneHash));
  return any.length ? or(...any) : undefined;
};

/** The requests for help about this person: linked to their code or phone, or made from their bookings. */
export async function alertsOfSubject(db: Db, s: Subject, bookingIds: string[]): Promise<AlertRow[]> {
  const match = subjectMatch(
    s,
    { identity: alerts.subjectIdentityId, phone: alerts.subjectPhoneHash },
    bookingIds.length ? [inArray(alerts.bookingId, bookingIds)] : [],
  );
  if (!match) return [];
  return db
    .select()
    .from(alerts)
    .where(and(eq(alerts.tenantId, s.tenantId), match))
    .orderBy(desc(alerts.createdAt));
}

/** The cases about this person: linked to their code or phone, or opened from their requests or bookings. */
export async function casesOfSubject(
  db: Db,
  s: Subject,
  alertIds: string[],
  bookingIds: string[],
): Promise<CaseRow[]> {
  const match = subjectMatch(s, { identity: cases.subjectIdentityId, phone: cases.subjectPhoneHash }, [
    ...(alertIds.length ? [inArray(cases.alertId, alertIds)] : []),
    ...(bookingIds.length ? [inArray(cases.bookingId, bookingIds)] : []),
  ]);
  if (!match) return [];
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, s.tenantId), match))
    .orderBy(desc(cases.openedAt));
}

export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function rolesOf(db: Db, tenantId: string, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), inArray(roleAssignments.userId, [...new Set(ids)])));
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.role]);
  return out;
}

export async function notesOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseNotes)
    .where(inArray(caseNotes.caseId, caseIds))
    .orderBy(asc(caseNotes.happenedAt));
}

export async function noteCounts(db: Db, caseIds: string[]): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: caseNotes.caseId, n: count() })
    .from(caseNotes)
    .where(inArray(caseNotes.caseId, caseIds))
    .groupBy(caseNotes.caseId);
  return new Map(rows.map((r) => [r.caseId, Number(r.n)]));
}

export async function measuresOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseMeasures)
    .where(and(inArray(caseMeasures.caseId, caseIds), eq(caseMeasures.status, 'completed')))
    .orderBy(asc(caseMeasures.completedAt));
}

export async function tasksOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(followUpTasks)
    .where(inArray(followUpTasks.caseId, caseIds))
    .orderBy(asc(followUpTasks.dueAt));
}

export async function referralsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({ referral: referrals, institution: organisations.name, institutionEn: organisations.nameEn })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.institutionId))
    .where(inArray(referrals.caseId, caseIds))
    .orderBy(asc(referrals.sentAt));
}

export async function caseEventsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db.select().from(caseEvents).where(inArray(caseEvents.caseId, caseIds)).orderBy(asc(caseEvents.at));
}

/** Audit events about these objects (cases, requests, bookings), newest first. */
export async function auditOfObjects(db: Db, tenantId: string, objectIds: string[]) {
  if (objectIds.length === 0) return [];
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), inArray(auditEvents.objectId, objectIds)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(2000);
}

export async function submissionsOf(db: Db, identityId: string | null) {
  if (!identityId) return [];
  return db
    .select({ id: submissions.id, answersSealed: submissions.answersSealed })
    .from(submissions)
    .where(eq(submissions.identityId, identityId));
}

export async function profileNamesOf(
  db: Db,
  ids: string[],
): Promise<Map<string, { zh: string; en: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: counsellorProfiles.userId,
      zh: counsellorProfiles.publicName,
      en: counsellorProfiles.publicNameEn,
    })
    .from(counsellorProfiles)
    .where(inArray(counsellorProfiles.userId, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { zh: r.zh, en: r.en }]));
}
