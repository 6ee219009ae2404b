import { randomUUID } from 'node:crypto';
import { defaultTriageSettings, dueAt } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { reachFor } from '../access';
import { recordAudit } from '../audit/record';
import { appendAuditEvent } from '../audit/repository';
import { findSubmission } from '../checkup/repository';
import { identityFor } from '../checkup/retrieval';
import type { PublicTenant } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findUser } from '../identity/repository';
import {
  type AlertRow,
  acknowledgeNewAlert,
  alertCounts,
  alertsOf,
  closeAcknowledgedAlert,
  findAlert,
  insertAlert,
} from './repository';

/** The wording a worker agrees to; its version is kept with the request (PIPL: separate, explicit consent). */
export const CONTACT_CONSENT_VERSION = 'contact-2026-11';

export interface ContactRequestInput {
  phone: string;
  preferredTime: string;
  message?: string;
  submissionId?: string;
  retrievalCode?: string;
  shareResults: boolean;
}

interface Contact {
  phone: string;
  preferredTime: string;
  message: string | null;
}

const contactAad = (id: string) => `alerts.contact:${id}`;

/**
 * A worker asks to be contacted. Nothing identifying is kept without the consent given here; the results are
 * linked only when the worker chose to share them (and proves the submission is theirs with its code).
 */
export async function requestContact(
  db: Db,
  cipher: FieldCipher,
  tenant: PublicTenant,
  input: ContactRequestInput,
  now: Date,
): Promise<{ id: string; priority: 'crisis' | 'high' | 'normal' }> {
  let submissionId: string | null = null;
  let priority: 'crisis' | 'high' | 'normal' = 'normal';
  if (input.submissionId) {
    const submission = await findSubmission(db, input.submissionId);
    if (!submission || submission.tenantId !== tenant.id)
      throw new AppError('not_found', 'That check-up was not found');
    if (input.shareResults) {
      if (!input.retrievalCode)
        throw new AppError('unknown_retrieval_code', 'Give the retrieval code to share these results');
      const identity = await identityFor(db, input.retrievalCode);
      if (identity.id !== submission.identityId)
        throw new AppError('unknown_retrieval_code', 'That code does not belong to this check-up');
      submissionId = submission.id;
    }
    // The urgency of the result counts even when the result itself is not shared.
    priority =
      submission.crisisLevel === 'urgent'
        ? 'crisis'
        : submission.crisisLevel === 'elevated'
          ? 'high'
          : 'normal';
  }
  const id = randomUUID();
  const contact: Contact = {
    phone: input.phone,
    preferredTime: input.preferredTime,
    message: input.message ?? null,
  };
  return db.transaction(async (tx) => {
    await insertAlert(tx, {
      id,
      tenantId: tenant.id,
      source: 'checkup_contact_request',
      priority,
      submissionId,
      contactSealed: cipher.encrypt(JSON.stringify(contact), contactAad(id)),
      consentVersion: CONTACT_CONSENT_VERSION,
      consentedAt: now,
      createdAt: now,
      dueAt: dueAt(priority, now, defaultTriageSettings),
    });
    await appendAuditEvent(
      tx,
      {
        tenantId: tenant.id,
        actorId: null,
        actorLabel: 'anonymous worker',
        action: 'alert.create',
        objectType: 'alert',
        objectId: id,
        outcome: 'success',
        details: { source: 'checkup_contact_request', priority, sharedResults: submissionId !== null },
      },
      now,
    );
    return { id, priority };
  });
}

export interface AlertView {
  id: string;
  source: string;
  priority: string;
  status: string;
  createdAt: string;
  contact: Contact;
  consentVersion: string;
  sharedSubmissionId: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  closedAt: string | null;
}

function tenantOf(ctx: RequestContext): string {
  const reach = reachFor(ctx, 'alert.handle');
  const tenant = reach.tenants[0];
  if (!tenant) throw new AppError('forbidden', 'Your role does not allow this', { action: 'alert.handle' });
  return tenant;
}

const present = (cipher: FieldCipher, a: AlertRow, acknowledgedBy: string | null): AlertView => ({
  id: a.id,
  source: a.source,
  priority: a.priority,
  status: a.status,
  createdAt: a.createdAt.toISOString(),
  contact: a.contactSealed
    ? (JSON.parse(cipher.decrypt(a.contactSealed, contactAad(a.id))) as Contact)
    : { phone: '', preferredTime: '', message: null },
  consentVersion: a.consentVersion,
  sharedSubmissionId: a.submissionId,
  acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
  acknowledgedBy,
  closedAt: a.closedAt?.toISOString() ?? null,
});

/** The queue of requests for help; every read of contact details is audited. */
export async function listAlerts(
  db: Db,
  cipher: FieldCipher,
  ctx: RequestContext,
  statuses: string[],
): Promise<AlertView[]> {
  const tenantId = tenantOf(ctx);
  const rows = await alertsOf(db, tenantId, statuses, 200);
  await recordAudit(db, ctx, {
    tenantId,
    action: 'alert.read',
    objectType: 'alert',
    details: { alerts: rows.map((r) => r.id), statuses },
  });
  return rows.map((r) => present(cipher, r, r.acknowledgedByName));
}

export async function acknowledgeAlert(
  db: Db,
  cipher: FieldCipher,
  ctx: RequestContext,
  id: string,
): Promise<AlertView> {
  const tenantId = tenantOf(ctx);
  const alert = await findAlert(db, id);
  if (!alert || alert.tenantId !== tenantId) throw new AppError('not_found', 'That request was not found');
  return db.transaction(async (tx) => {
    const taken = await acknowledgeNewAlert(tx, id, ctx.actorId, ctx.now);
    if (!taken) throw new AppError('conflict', 'Someone has already taken this request');
    await recordAudit(tx, ctx, { tenantId, action: 'alert.acknowledge', objectType: 'alert', objectId: id });
    const me = ctx.actorId ? await findUser(tx, ctx.actorId) : undefined;
    return present(cipher, taken, me?.displayName ?? null);
  });
}

/** Done with a request (the care loop takes it further in a case). Only a request being handled can close. */
export async function closeAlert(
  db: Db,
  cipher: FieldCipher,
  ctx: RequestContext,
  id: string,
): Promise<AlertView> {
  const tenantId = tenantOf(ctx);
  const alert = await findAlert(db, id);
  if (!alert || alert.tenantId !== tenantId) throw new AppError('not_found', 'That request was not found');
  return db.transaction(async (tx) => {
    const closed = await closeAcknowledgedAlert(tx, id, ctx.actorId, ctx.now);
    if (!closed)
      throw new AppError(
        'conflict',
        alert.status === 'new' ? 'Take the request before closing it' : 'This request is already closed',
      );
    await recordAudit(tx, ctx, { tenantId, action: 'alert.close', objectType: 'alert', objectId: id });
    return present(cipher, closed, null);
  });
}

/** How many requests wait, for a badge; reads no contact details, so it is not an audited read. */
export async function summariseAlerts(db: Db, ctx: RequestContext) {
  return alertCounts(db, tenantOf(ctx));
}
