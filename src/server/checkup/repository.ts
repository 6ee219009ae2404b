import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TextReview } from '../../core/instruments/availability';
import type { Lang, VariantId } from '../../core/instruments/types';
import { campaigns } from '../campaigns/tables';
import type { Db } from '../db/client';
import {
  checkupDefinitions,
  idempotencyKeys,
  instrumentLicencePermissions,
  instrumentTextReviews,
  retrievalIdentities,
  submissionResults,
  submissions,
} from './tables';

export async function reviewsOf(db: Db, tenantId: string): Promise<TextReview[]> {
  const rows = await db
    .select()
    .from(instrumentTextReviews)
    .where(eq(instrumentTextReviews.tenantId, tenantId));
  return rows.map((r) => ({
    instrumentId: r.instrumentId,
    version: r.version,
    lang: r.lang as Lang,
    status: r.status as TextReview['status'],
    variant: r.variant as VariantId | null,
  }));
}

export async function reviewRowsOf(db: Db, tenantId: string) {
  return db
    .select()
    .from(instrumentTextReviews)
    .where(eq(instrumentTextReviews.tenantId, tenantId))
    .orderBy(asc(instrumentTextReviews.instrumentId));
}

export async function upsertReview(db: Db, values: typeof instrumentTextReviews.$inferInsert): Promise<void> {
  await db
    .insert(instrumentTextReviews)
    .values(values)
    .onConflictDoUpdate({
      target: [
        instrumentTextReviews.tenantId,
        instrumentTextReviews.instrumentId,
        instrumentTextReviews.version,
        instrumentTextReviews.lang,
      ],
      set: {
        status: values.status,
        variant: values.variant ?? null,
        reason: values.reason,
        decidedBy: values.decidedBy ?? null,
        decidedAt: values.decidedAt,
        isDemo: values.isDemo ?? false,
      },
    });
}

export async function permissionsOf(db: Db, tenantId: string) {
  return db
    .select()
    .from(instrumentLicencePermissions)
    .where(eq(instrumentLicencePermissions.tenantId, tenantId))
    .orderBy(asc(instrumentLicencePermissions.instrumentId));
}

export async function upsertPermission(
  db: Db,
  values: typeof instrumentLicencePermissions.$inferInsert,
): Promise<void> {
  await db
    .insert(instrumentLicencePermissions)
    .values(values)
    .onConflictDoUpdate({
      target: [instrumentLicencePermissions.tenantId, instrumentLicencePermissions.instrumentId],
      set: {
        reference: values.reference,
        note: values.note ?? null,
        grantedBy: values.grantedBy ?? null,
        grantedAt: values.grantedAt,
      },
    });
}

export async function deletePermission(db: Db, tenantId: string, instrumentId: string): Promise<boolean> {
  const deleted = await db
    .delete(instrumentLicencePermissions)
    .where(
      and(
        eq(instrumentLicencePermissions.tenantId, tenantId),
        eq(instrumentLicencePermissions.instrumentId, instrumentId),
      ),
    )
    .returning({ id: instrumentLicencePermissions.instrumentId });
  return deleted.length > 0;
}

export type CheckupDefinitionRow = typeof checkupDefinitions.$inferSelect;

export async function checkupDefinitionsOf(
  db: Db,
  tenantId: string,
  onlyActive: boolean,
): Promise<CheckupDefinitionRow[]> {
  return db
    .select()
    .from(checkupDefinitions)
    .where(
      and(
        eq(checkupDefinitions.tenantId, tenantId),
        onlyActive ? eq(checkupDefinitions.active, true) : undefined,
      ),
    )
    .orderBy(asc(checkupDefinitions.createdAt));
}

export async function findCheckupDefinition(db: Db, id: string): Promise<CheckupDefinitionRow | undefined> {
  const [row] = await db.select().from(checkupDefinitions).where(eq(checkupDefinitions.id, id));
  return row;
}

export async function insertCheckupDefinition(db: Db, values: typeof checkupDefinitions.$inferInsert) {
  const [row] = await db.insert(checkupDefinitions).values(values).returning();
  return row as CheckupDefinitionRow;
}

export async function updateCheckupDefinition(
  db: Db,
  id: string,
  values: Partial<typeof checkupDefinitions.$inferInsert>,
) {
  const [row] = await db
    .update(checkupDefinitions)
    .set(values)
    .where(eq(checkupDefinitions.id, id))
    .returning();
  return row;
}

export async function findCampaignByCode(db: Db, code: string) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.code, code));
  return row;
}

export async function findIdentity(db: Db, codeHash: string) {
  const [row] = await db.select().from(retrievalIdentities).where(eq(retrievalIdentities.codeHash, codeHash));
  return row;
}

export async function insertIdentity(db: Db, tenantId: string, codeHash: string, now: Date) {
  const [row] = await db
    .insert(retrievalIdentities)
    .values({ tenantId, codeHash, createdAt: now })
    .returning();
  return row as typeof retrievalIdentities.$inferSelect;
}

export async function findIdempotent(db: Db, tenantId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
  return row;
}

export async function insertIdempotent(db: Db, values: typeof idempotencyKeys.$inferInsert): Promise<void> {
  await db.insert(idempotencyKeys).values(values);
}

export async function deleteOldIdempotencyKeys(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.createdAt} < ${before}`)
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}

export async function insertSubmission(
  db: Db,
  submission: typeof submissions.$inferInsert,
  results: (typeof submissionResults.$inferInsert)[],
): Promise<void> {
  await db.insert(submissions).values(submission);
  if (results.length) await db.insert(submissionResults).values(results);
}

export async function historyOf(db: Db, identityId: string) {
  const subs = await db
    .select({
      id: submissions.id,
      checkupId: submissions.checkupId,
      createdAt: submissions.createdAt,
      lang: submissions.lang,
    })
    .from(submissions)
    .where(eq(submissions.identityId, identityId))
    .orderBy(desc(submissions.createdAt))
    .limit(200);
  const results = subs.length
    ? await db
        .select()
        .from(submissionResults)
        .where(
          inArray(
            submissionResults.submissionId,
            subs.map((s) => s.id),
          ),
        )
    : [];
  return subs.map((s) => ({ ...s, results: results.filter((r) => r.submissionId === s.id) }));
}

export async function submissionIdsOf(db: Db, identityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: submissions.id })
    .from(submissions)
    .where(eq(submissions.identityId, identityId));
  return rows.map((r) => r.id);
}

/** Erases a person's check-ups: results and submissions go with the identity (ON DELETE CASCADE). */
export async function deleteIdentity(db: Db, identityId: string): Promise<void> {
  await db.delete(retrievalIdentities).where(eq(retrievalIdentities.id, identityId));
}

export async function findSubmission(db: Db, id: string) {
  const [row] = await db.select().from(submissions).where(eq(submissions.id, id));
  return row;
}
