import { priorityOfCrisisLevel, priorityRank } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { requireOn } from '../access';
import { findSubmission } from '../checkup/repository';
import { identityFor } from '../checkup/retrieval';
import type { PublicTenant } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import type { CareEvent, EventBus } from '../realtime/bus';
import { enqueueAlert, publishAll } from './intake';
import type { AlertView } from './presenters';
import { latestSubmissionOf } from './repository';
import { alertView } from './use-cases';

/** The wording a worker agrees to; its version is kept with the request (PIPL: separate, explicit consent). */
export const CONTACT_CONSENT_VERSION = 'contact-2026-11';
/** Staff read the same consent to a caller or visitor before entering the request. */
export const STAFF_ENTRY_CONSENT_VERSION = 'contact-staff-2026-11';
/** An enterprise officer confirms the worker agreed to be passed on to the federation's counsellors. */
export const REFERRAL_CONSENT_VERSION = 'referral-2026-11';

export interface AlertDeps {
  db: Db;
  cipher: FieldCipher;
  events?: EventBus;
}

export interface ContactRequestInput {
  phone: string;
  preferredTime: string;
  message?: string;
  submissionId?: string;
  retrievalCode?: string;
  shareResults: boolean;
  /**
   * The crisis level the worker's own phone assessed, for a request made from the crisis screen before the
   * check-up was sent (so no submission shows its urgency yet).
   */
  crisisLevel?: 'urgent' | 'elevated';
}

const phoneIndex = (cipher: FieldCipher, phone: string) => cipher.blindIndex(phone, 'phone');

/**
 * A worker asks to be contacted. Nothing identifying is kept without the consent given here; the results are
 * linked only when the worker chose to share them (and proves the submission is theirs with its code). The
 * phone's blind index and the code's identity say whom it is about, so the worker can later see and erase it.
 */
export async function requestContact(
  deps: AlertDeps,
  tenant: PublicTenant,
  input: ContactRequestInput,
  now: Date,
): Promise<{ id: string; priority: 'crisis' | 'high' | 'normal' }> {
  const { db, cipher } = deps;
  let submissionId: string | null = null;
  let priority: 'crisis' | 'high' | 'normal' = 'normal';
  const identity = input.retrievalCode ? await identityFor(db, input.retrievalCode) : undefined;
  if (identity && identity.tenantId !== tenant.id)
    throw new AppError('unknown_retrieval_code', 'That retrieval code is not known; check it and try again');
  if (input.submissionId) {
    const submission = await findSubmission(db, input.submissionId);
    if (!submission || submission.tenantId !== tenant.id)
      throw new AppError('not_found', 'That check-up was not found');
    if (input.shareResults) {
      if (!identity)
        throw new AppError('unknown_retrieval_code', 'Give the retrieval code to share these results');
      if (identity.id !== submission.identityId)
        throw new AppError('unknown_retrieval_code', 'That code does not belong to this check-up');
      submissionId = submission.id;
    }
    // The urgency of the result counts even when the result itself is not shared.
    priority = priorityOfCrisisLevel(submission.crisisLevel);
  }
  // A request made in a crisis is never taken less seriously than the phone judged it; it can only raise.
  const told = priorityOfCrisisLevel(input.crisisLevel);
  if (priorityRank[told] < priorityRank[priority]) priority = told;
  const { alert, events } = await db.transaction((tx) =>
    enqueueAlert(
      tx,
      cipher,
      {
        tenantId: tenant.id,
        source: 'checkup_contact_request',
        priority,
        contact: {
          name: null,
          phone: input.phone,
          preferredTime: input.preferredTime,
          message: input.message ?? null,
        },
        consentVersion: CONTACT_CONSENT_VERSION,
        submissionId,
        subjectPhoneHash: phoneIndex(cipher, input.phone),
        subjectIdentityId: identity?.id ?? null,
        actor: { id: null, label: 'anonymous worker' },
        details: {
          sharedResults: submissionId !== null,
          ...(input.crisisLevel ? { crisisLevelFromPhone: input.crisisLevel } : {}),
        },
      },
      now,
    ),
  );
  await publishAll(deps.events, events);
  return { id: alert.id, priority };
}

function staffTenant(ctx: RequestContext): string {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in to continue');
  return ctx.principal.tenantId;
}

const actorOf = (ctx: RequestContext) => ({
  id: ctx.actorId,
  label: ctx.actorLabel,
  requestId: ctx.requestId,
  ip: ctx.ip,
});

export interface StaffAlertInput {
  source: 'hotline' | 'walk_in';
  priority: 'crisis' | 'high' | 'normal';
  contact: { name?: string; phone?: string; preferredTime?: string; message?: string };
  consent: boolean;
}

/** A hotline call or a visitor at a station, entered by staff after the person agreed to be contacted. */
export async function enterAlert(
  deps: AlertDeps,
  ctx: RequestContext,
  input: StaffAlertInput,
): Promise<AlertView> {
  const tenantId = staffTenant(ctx);
  if (!input.consent)
    throw new AppError('consent_required', 'Enter the request only after the person agreed to be contacted');
  const c = input.contact;
  const { alert, events } = await deps.db.transaction((tx) =>
    enqueueAlert(
      tx,
      deps.cipher,
      {
        tenantId,
        source: input.source,
        priority: input.priority,
        contact: {
          name: c.name ?? null,
          phone: c.phone ?? null,
          preferredTime: c.preferredTime ?? null,
          message: c.message ?? null,
        },
        consentVersion: STAFF_ENTRY_CONSENT_VERSION,
        subjectPhoneHash: c.phone ? phoneIndex(deps.cipher, c.phone) : null,
        actor: actorOf(ctx),
      },
      ctx.now,
    ),
  );
  await publishAll(deps.events, events);
  return alertView(deps, alert.id, ctx.now);
}

export interface ReferralInput {
  organisationId: string;
  contact: { name?: string; phone: string; preferredTime?: string };
  message?: string;
  priority: 'normal' | 'high';
  consent: boolean;
}

/**
 * An enterprise union officer passes on a worker who agreed to it. The officer learns nothing afterwards:
 * employers see aggregates only, so the answer is a receipt.
 */
export async function referFromEnterprise(
  deps: AlertDeps,
  ctx: RequestContext,
  input: ReferralInput,
): Promise<{ id: string; receivedAt: string }> {
  const tenantId = staffTenant(ctx);
  if (!input.consent)
    throw new AppError('consent_required', 'Pass a worker on only after they agreed to be contacted');
  const org = await findOrganisation(deps.db, input.organisationId);
  if (!org || org.tenantId !== tenantId) throw new AppError('not_found', 'That organisation was not found');
  requireOn(ctx, 'alert.refer', { tenantId, orgPath: org.path }, 'that organisation');
  const { alert, events } = await deps.db.transaction((tx) =>
    enqueueAlert(
      tx,
      deps.cipher,
      {
        tenantId,
        source: 'enterprise_referral',
        priority: input.priority,
        contact: {
          name: input.contact.name ?? null,
          phone: input.contact.phone,
          preferredTime: input.contact.preferredTime ?? null,
          message: input.message ?? null,
        },
        consentVersion: REFERRAL_CONSENT_VERSION,
        subjectPhoneHash: phoneIndex(deps.cipher, input.contact.phone),
        organisationId: org.id,
        actor: actorOf(ctx),
      },
      ctx.now,
    ),
  );
  await publishAll(deps.events, events);
  return { id: alert.id, receivedAt: alert.createdAt.toISOString() };
}

/**
 * A booking that shares the worker's latest check-up, when that result was urgent or elevated, puts a request
 * in the queue (crisis or high) linked to the booking — inside the booking's transaction. No contact is copied:
 * the booking keeps what the worker agreed to, and the request says whom it is about. Returns the events to
 * publish after commit (none when the shared result is not high).
 */
export async function alertForSharedResult(
  tx: Db,
  cipher: FieldCipher,
  input: {
    tenantId: string;
    bookingId: string;
    identityId: string;
    phoneHash: string | null;
    consentVersion: string;
  },
  now: Date,
): Promise<CareEvent[]> {
  const latest = await latestSubmissionOf(tx, input.identityId);
  const priority = priorityOfCrisisLevel(latest?.crisisLevel);
  if (!latest || priority === 'normal') return [];
  const { events } = await enqueueAlert(
    tx,
    cipher,
    {
      tenantId: input.tenantId,
      source: 'shared_result',
      priority,
      contact: null,
      consentVersion: input.consentVersion,
      submissionId: latest.id,
      subjectPhoneHash: input.phoneHash,
      subjectIdentityId: input.identityId,
      bookingId: input.bookingId,
      actor: { id: null, label: 'anonymous worker' },
      details: { bookingId: input.bookingId, sharedResults: true },
    },
    now,
  );
  return events;
}
