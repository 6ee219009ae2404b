import { randomUUID } from 'node:crypto';
import { recordBasis, type Viewer } from '../../core/care/case-access';
import type { Priority } from '../../core/care/triage';
import { AppError } from '../../core/errors';
import { localDateOf } from '../../core/time';
import { careStaffOf } from '../alerts/duty-repository';
import { recordAudit } from '../audit/record';
import { phoneOfBooker } from '../booking/booking';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { aad } from '../ops/sealed-columns';
import type { CareEvent } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import { type CareDeps, careTenantOf, publishAll } from './care-deps';
import { auditCase, viewerOf } from './case-access';
import {
  type CaseRow,
  caseOfAlert,
  caseOfBooking,
  findCase,
  insertCase,
  nextCaseNumber,
} from './case-repository';
import { type AlertRow, closeAlertWithCase, lockAlert } from './opening-repository';
import { type CaseDetail, detailOf } from './reading';
import { lockBookingWithBooker } from './records-repository';
import { type CaseContact, contactFrom, seal } from './sealing';
import { addCaseEvent, zoneOf } from './timeline';

export type OpenCaseInput = ({ alertId: string } | { bookingId: string }) & {
  priority?: Priority;
  counsellorId?: string;
};

// The alerts' own associated data (src/server/alerts): the request's contact is opened to be re-sealed here.

/** A counsellor opens a case for themself; a supervisor names the counsellor. */
async function counsellorFor(db: Db, tenantId: string, viewer: Viewer, named: string | undefined) {
  if (named === undefined) {
    if (viewer.counsellor) return viewer.userId;
    throw new AppError('bad_request', 'Name the counsellor the case is for (counsellorId)');
  }
  if (named !== viewer.userId && !viewer.supervisor)
    throw new AppError('forbidden', 'A counsellor opens a case for themself only', { action: 'case.work' });
  const staff = await careStaffOf(db, tenantId);
  if (!staff.some((s) => s.id === named && s.roles.includes('counsellor')))
    throw new AppError('bad_request', 'That is not a counsellor of the federation');
  return named;
}

const alreadyHasCase = (c: CaseRow) =>
  new AppError('conflict', `Case ${c.number} is already open for this`, { caseId: c.id });

interface Origin {
  origin: 'alert' | 'booking' | 'walk_in';
  alert?: AlertRow;
  bookingId?: string;
  contact: CaseContact | null;
  contactErasedAt: Date | null;
  consentVersion: string | null;
  subjectPhoneHash: string | null;
  subjectIdentityId: string | null;
  organisationId: string | null;
  priority: Priority;
}

async function fromAlert(
  tx: Db,
  deps: CareDeps,
  viewer: Viewer,
  tenantId: string,
  id: string,
  counsellorId: string,
) {
  const alert = await lockAlert(tx, id);
  if (!alert || alert.tenantId !== tenantId) throw new AppError('not_found', 'That request was not found');
  // A request raised by a questionnaire of a case (a critical answer) belongs to that case already.
  const existing = alert.fromCaseId
    ? await findCase(tx, alert.fromCaseId)
    : alert.caseId
      ? await caseOfAlert(tx, alert.id)
      : undefined;
  if (existing) throw alreadyHasCase(existing);
  if (alert.status === 'closed') throw new AppError('conflict', 'This request was closed without a case');
  // A request someone else took is theirs to follow up, unless a supervisor decides otherwise.
  if (
    alert.status === 'acknowledged' &&
    !viewer.supervisor &&
    alert.acknowledgedBy !== null &&
    alert.acknowledgedBy !== counsellorId
  )
    throw new AppError('already_taken', 'Another counsellor has taken this request');
  const origin: Origin = {
    origin: 'alert',
    alert,
    contact: alert.contactSealed
      ? contactFrom(JSON.parse(deps.cipher.decrypt(alert.contactSealed, aad.alertContact(alert.id))))
      : null,
    contactErasedAt: alert.contactErasedAt,
    consentVersion: alert.consentVersion,
    subjectPhoneHash: alert.subjectPhoneHash,
    subjectIdentityId: alert.subjectIdentityId,
    organisationId: alert.organisationId,
    priority: alert.priority as Priority,
  };
  return origin;
}

async function fromBooking(
  tx: Db,
  deps: CareDeps,
  viewer: Viewer,
  tenantId: string,
  id: string,
  counsellorId: string,
  named: boolean,
) {
  const found = await lockBookingWithBooker(tx, id);
  if (!found || found.booking.tenantId !== tenantId)
    throw new AppError('not_found', 'That appointment was not found');
  const existing = await caseOfBooking(tx, id);
  if (existing) throw alreadyHasCase(existing);
  const { booking, booker } = found;
  if (booking.status === 'cancelled') throw new AppError('conflict', 'This appointment was cancelled');
  if (booking.counsellorId !== counsellorId && !(viewer.supervisor && named))
    throw new AppError('forbidden', 'This appointment is another counsellor’s', { action: 'case.work' });
  const phone = booker ? phoneOfBooker(deps.cipher, booker) : null;
  const origin: Origin = {
    origin: booking.source === 'walk_in' ? 'walk_in' : 'booking',
    bookingId: booking.id,
    contact: phone ? { name: null, phone, preferredTime: null, message: null } : null,
    contactErasedAt: null,
    consentVersion: booking.consentVersion,
    subjectPhoneHash: booker?.phoneHash ?? null,
    subjectIdentityId: booker?.retrievalIdentityId ?? booking.sharedIdentityId,
    organisationId: null,
    priority: 'normal',
  };
  return origin;
}

/**
 * Opens a case from a request for help (taking and closing the request) or from an appointment (a booking or
 * a walk-in). The contact details are re-sealed for the case; one request or appointment has one case.
 */
export async function openCase(
  deps: CareDeps,
  ctx: RequestContext,
  input: OpenCaseInput,
): Promise<CaseDetail> {
  const tenantId = careTenantOf(ctx);
  const viewer = viewerOf(ctx, tenantId);
  const published: (CareEvent | null)[] = [];
  const detail = await deps.db.transaction(async (tx) => {
    const counsellorId = await counsellorFor(tx, tenantId, viewer, input.counsellorId);
    const o =
      'alertId' in input
        ? await fromAlert(tx, deps, viewer, tenantId, input.alertId, counsellorId)
        : await fromBooking(
            tx,
            deps,
            viewer,
            tenantId,
            input.bookingId,
            counsellorId,
            input.counsellorId !== undefined,
          );
    const id = randomUUID();
    const year = Number(localDateOf(ctx.now, await zoneOf(tx, tenantId)).slice(0, 4));
    const row = await insertCase(tx, {
      id,
      tenantId,
      number: await nextCaseNumber(tx, tenantId, year),
      status: 'open',
      priority: input.priority ?? o.priority,
      origin: o.origin,
      alertId: o.alert?.id ?? null,
      bookingId: o.bookingId ?? null,
      counsellorId,
      organisationId: o.organisationId,
      subjectPhoneHash: o.subjectPhoneHash,
      subjectIdentityId: o.subjectIdentityId,
      contactSealed: o.contact ? seal(deps.cipher, o.contact, aad.caseContact(id)) : null,
      contactConsentVersion: o.consentVersion,
      contactErasedAt: o.contactErasedAt,
      openedBy: ctx.actorId,
      openedAt: ctx.now,
      isDemo: o.alert?.isDemo ?? false,
      updatedAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, row, 'opened', ctx.actorId, ctx.now, {
      origin: o.origin,
      ...(o.alert ? { alertId: o.alert.id, source: o.alert.source } : { bookingId: o.bookingId }),
      counsellorId,
    });
    if (o.alert) {
      const closed = await closeAlertWithCase(tx, o.alert, id, ctx.actorId, ctx.now);
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'alert.close',
        objectType: 'alert',
        objectId: closed.id,
        details: { reason: 'case_opened', caseId: id, number: row.number },
      });
      published.push({
        type: 'alert',
        tenantId,
        alertId: closed.id,
        priority: closed.priority,
        status: closed.status,
        source: closed.source,
        escalationLevel: closed.escalationLevel,
      });
    }
    const basis = recordBasis(viewer, row, [], ctx.now);
    await auditCase(tx, ctx, { row, basis }, 'case.open', {
      origin: o.origin,
      ...(o.alert ? { alertId: o.alert.id } : { bookingId: o.bookingId }),
    });
    if (counsellorId !== ctx.actorId)
      published.push(
        await notifyStaff(
          tx,
          tenantId,
          [counsellorId],
          {
            kind: 'case_assigned',
            objectType: 'case',
            objectId: id,
            label: row.number,
            priority: row.priority,
          },
          ctx.now,
        ),
      );
    return detailOf(tx, deps, { row, basis }, ctx.now);
  });
  await publishAll(deps.events, published);
  return detail;
}
