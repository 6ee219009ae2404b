import { randomUUID } from 'node:crypto';
import type { ReferralItem } from '../../core/care/records';
import { AppError } from '../../core/errors';
import { reachFor } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findUser } from '../identity/repository';
import { aad } from '../ops/sealed-columns';
import type { CareEvent } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import { type CareDeps, lockedCaseFor, publishAll, requireOpen } from './care-deps';
import { auditCase } from './case-access';
import { findCase } from './case-repository';
import { presentContact, presentReferral, type SharedContent } from './presenters';
import { completedMeasuresOf } from './records-repository';
import {
  findOrganisation,
  insertReferral,
  lockReferral,
  partnerStaffOf,
  referralsWithin,
  updateReferral,
} from './referral-repository';
import { seal } from './sealing';
import { addCaseEvent } from './timeline';

const nameOf = async (db: Db, userId: string | null) =>
  (userId ? (await findUser(db, userId))?.displayName : undefined) ?? '';

/** The wording of the worker's consent to pass these items on; its version is kept with the referral. */
export const REFERRAL_CONSENT_VERSION = 'referral-2026-11';

export interface ReferralInput {
  institutionId: string;
  items: ReferralItem[];
  summary?: string;
}

/**
 * Refers the person to a partner institution of the federation. Only the items the worker agreed to are
 * copied (a snapshot, sealed for the institution); the institution's staff are told.
 */
export async function referCase(deps: CareDeps, ctx: RequestContext, caseId: string, input: ReferralInput) {
  const items = [...new Set(input.items)];
  if (items.includes('summary') !== Boolean(input.summary))
    throw new AppError(
      'bad_request',
      'A summary is passed on exactly when the worker agreed to it (item "summary")',
    );
  const published: (CareEvent | null)[] = [];
  const view = await deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    requireOpen(access.row);
    const institution = await findOrganisation(tx, input.institutionId);
    if (
      !institution ||
      institution.tenantId !== access.row.tenantId ||
      institution.kind !== 'partner_institution' ||
      !institution.active
    )
      throw new AppError('bad_request', 'That is not a partner institution of the federation');
    const contact = items.includes('contact') ? presentContact(deps.cipher, access.row) : null;
    if (items.includes('contact') && !contact)
      throw new AppError('conflict', 'This case holds no contact details to pass on');
    const shared: SharedContent = {
      contact,
      summary: input.summary ?? null,
      measures: items.includes('measures')
        ? (await completedMeasuresOf(tx, caseId)).map((m) => ({
            instrumentId: m.instrumentId,
            at: (m.completedAt as Date).toISOString(),
            score: m.score as number,
            band: m.bandCode,
          }))
        : null,
    };
    const id = randomUUID();
    const row = await insertReferral(tx, {
      id,
      tenantId: access.row.tenantId,
      caseId,
      institutionId: institution.id,
      consentItems: items,
      consentVersion: REFERRAL_CONSENT_VERSION,
      sharedSealed: seal(deps.cipher, shared, aad.referralShared(id)),
      status: 'sent',
      sentBy: ctx.actorId as string,
      sentAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, access.row, 'referral_sent', ctx.actorId, ctx.now, {
      referralId: id,
      institutionId: institution.id,
      items,
    });
    await auditCase(tx, ctx, access, 'case.referral.create', {
      referralId: id,
      institutionId: institution.id,
      items,
    });
    published.push(
      await notifyStaff(
        tx,
        row.tenantId,
        await partnerStaffOf(tx, institution),
        { kind: 'referral_received', objectType: 'referral', objectId: id, label: institution.name },
        ctx.now,
      ),
    );
    return presentReferral(deps.cipher, {
      referral: row,
      institutionName: institution.name,
      sentByName: await nameOf(tx, ctx.actorId),
      acknowledgedByName: null,
    });
  });
  await publishAll(deps.events, published);
  return view;
}

const statusesOf = (status: 'open' | 'answered' | 'all') =>
  status === 'open'
    ? ['sent']
    : status === 'answered'
      ? ['acknowledged', 'declined']
      : ['sent', 'acknowledged', 'declined', 'withdrawn'];

/**
 * Referrals to the caller's institutions with what was passed on. Each referral whose content is shown is one
 * audit event on its case, so the worker's access log names the institution's reader.
 */
export async function listReferrals(
  deps: CareDeps,
  ctx: RequestContext,
  status: 'open' | 'answered' | 'all',
) {
  const rows = await referralsWithin(deps.db, reachFor(ctx, 'referral.receive'), statusesOf(status));
  for (const r of rows)
    if (r.referral.sharedSealed)
      await recordAudit(deps.db, ctx, {
        tenantId: r.case.tenantId,
        action: 'referral.read',
        objectType: 'case',
        objectId: r.case.id,
        organisationId: r.referral.institutionId,
        details: { referralId: r.referral.id },
      });
  return rows.map((r) => presentReferral(deps.cipher, r));
}

/** The institution answers: it takes the person on (an appointment made…) or declines; the counsellor is told. */
export async function answerReferral(
  deps: CareDeps,
  ctx: RequestContext,
  id: string,
  input: { decision: 'acknowledged' | 'declined'; response?: string },
) {
  const published: (CareEvent | null)[] = [];
  const view = await deps.db.transaction(async (tx) => {
    const referral = await lockReferral(tx, id);
    const reach = reachFor(ctx, 'referral.receive');
    const institution = referral ? await findOrganisation(tx, referral.institutionId) : undefined;
    const inReach =
      institution &&
      reach.subtrees.some(
        (s) => s.tenantId === institution.tenantId && institution.path.startsWith(s.orgPath),
      );
    if (!referral || !institution || !inReach) throw new AppError('not_found', 'That referral was not found');
    if (referral.status !== 'sent')
      throw new AppError('conflict', `This referral is already ${referral.status}`, {
        status: referral.status,
      });
    const row = await updateReferral(tx, id, {
      status: input.decision,
      acknowledgedBy: ctx.actorId,
      acknowledgedAt: ctx.now,
      responseSealed:
        input.response !== undefined
          ? seal(deps.cipher, { response: input.response }, aad.referralResponse(id))
          : null,
    });
    const c = { id: referral.caseId, tenantId: referral.tenantId };
    await addCaseEvent(tx, deps.cipher, c, 'referral_answered', ctx.actorId, ctx.now, {
      referralId: id,
      decision: input.decision,
    });
    await recordAudit(tx, ctx, {
      tenantId: referral.tenantId,
      action: 'referral.answer',
      objectType: 'case',
      objectId: referral.caseId,
      organisationId: institution.id,
      details: { referralId: id, decision: input.decision },
    });
    const theCase = await findCase(tx, referral.caseId);
    if (theCase)
      published.push(
        await notifyStaff(
          tx,
          referral.tenantId,
          [theCase.counsellorId],
          { kind: 'referral_answered', objectType: 'case', objectId: theCase.id, label: theCase.number },
          ctx.now,
        ),
      );
    return presentReferral(deps.cipher, {
      referral: row,
      institutionName: institution.name,
      sentByName: await nameOf(tx, referral.sentBy),
      acknowledgedByName: await nameOf(tx, ctx.actorId),
    });
  });
  await publishAll(deps.events, published);
  return view;
}
