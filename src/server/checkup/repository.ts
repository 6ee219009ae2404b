import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TextReview } from '../../core/instruments/availability';
import type { Lang, VariantId } from '../../core/instruments/types';
import { campaigns } from '../campaigns/tables';
import type { Database, Db } from '../db/client';
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

/** A campaign whose link works now: active, started, not ended. */
export async function findLiveCampaign(db: Db, code: string, now: Date) {
  const campaign = await findCampaignByCode(db, code);
  const live =
    campaign?.active &&
    (!campaign.startsAt || campaign.startsAt <= now) &&
    (!campaign.endsAt || campaign.endsAt > now);
  return live ? campaign : undefined;
}

export async function findIdentity(db: Db, codeHash: string) {
  const [row] = await db.select().from(retrievalIdentities).where(eq(retrievalIdentities.codeHash, codeHash));
  return row;
}

export async function findIdempotent(db: Db, tenantId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
  return row;
}

export async function deleteOldIdempotencyKeys(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.createdAt} < ${before}`)
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}

export interface StoredSubmission {
  /** A new anonymous identity to create with the submission, or the known one it belongs to. */
  identity: { id: string; codeHash: string; isNew: boolean };
  submission: {
    id: string;
    tenantId: string;
    campaignId: string | null;
    checkupId: string;
    lang: string;
    answersSealed: string;
    crisisLevel: string | null;
    createdAt: Date;
  };
  results: {
    instrumentId: string;
    version: string;
    score: number;
    transformed: number | null;
    bandCode: string;
    bandLevel: number;
    flags: string[];
    subscales: { id: string; score: number; positive: boolean }[];
  }[];
  idempotency?: { key: string; requestHash: string; responseSealed: string };
}

/**
 * Stores a submission (and its new identity, results and idempotency key) in ONE statement: data-modifying
 * CTEs are atomic together, and one round trip instead of six is what lets a small server take a factory's
 * break-time rush. A duplicate idempotency key fails the whole statement (unique violation).
 */
const INSERT_SUBMISSION = `
  with new_identity as (
    insert into retrieval_identities (id, tenant_id, code_hash, created_at)
    select $1::uuid, $2::uuid, $3, $4::timestamptz where $5::boolean
  ), new_submission as (
    insert into submissions (id, tenant_id, identity_id, campaign_id, checkup_id, lang, answers_sealed, crisis_level, created_at)
    values ($6::uuid, $2::uuid, $1::uuid, $7::uuid, $8, $9, $10, $11, $4::timestamptz)
  ), new_key as (
    insert into idempotency_keys (tenant_id, key, request_hash, response_sealed, created_at)
    select $2::uuid, $12, $13, $14, $4::timestamptz where $15::boolean
  )
  insert into submission_results
    (submission_id, tenant_id, instrument_id, version, score, transformed, band_code, band_level, flags, subscales, created_at)
  select $6::uuid, $2::uuid, r.instrument_id, r.version, r.score, r.transformed, r.band_code, r.band_level, r.flags,
         r.subscales, $4::timestamptz
  from jsonb_to_recordset($16::jsonb)
    as r(instrument_id text, version text, score float8, transformed float8, band_code text, band_level int, flags text[], subscales jsonb)`;

export async function insertSubmission(database: Database, s: StoredSubmission): Promise<void> {
  const { identity: i, submission: sub, idempotency: k } = s;
  const results = s.results.map((r) => ({
    instrument_id: r.instrumentId,
    version: r.version,
    score: r.score,
    transformed: r.transformed,
    band_code: r.bandCode,
    band_level: r.bandLevel,
    flags: r.flags,
    subscales: r.subscales,
  }));
  await database.executeSql(
    INSERT_SUBMISSION,
    [
      i.id,
      sub.tenantId,
      i.codeHash,
      sub.createdAt.toISOString(),
      i.isNew,
      sub.id,
      sub.campaignId,
      sub.checkupId,
      sub.lang,
      sub.answersSealed,
      sub.crisisLevel,
      k?.key ?? '',
      k?.requestHash ?? '',
      k?.responseSealed ?? '',
      k !== undefined,
      JSON.stringify(results),
    ],
    'carnation_insert_submission',
  );
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
