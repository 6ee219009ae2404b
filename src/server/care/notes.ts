import { randomUUID } from 'node:crypto';
import { normaliseMobile } from '../../core/booking/phone';
import {
  type NoteBody,
  type NoteKind,
  type RiskLevel,
  riskCallsForEscalation,
} from '../../core/care/records';
import type { Priority } from '../../core/care/triage';
import { AppError } from '../../core/errors';
import type { RequestContext } from '../http/request-context';
import { findUser } from '../identity/repository';
import { aad } from '../ops/sealed-columns';
import { type CareDeps, lockedCaseFor, requireOpen } from './care-deps';
import { auditCase } from './case-access';
import { updateCase } from './case-repository';
import { findBooking } from './opening-repository';
import { presentContact, presentNote } from './presenters';
import { findNote, insertNote } from './records-repository';
import { type CaseContact, seal } from './sealing';
import { addCaseEvent } from './timeline';

export interface NoteInput {
  kind: NoteKind;
  happenedAt: Date;
  bookingId?: string;
  amendsId?: string;
  body: NoteBody;
}

/** A note's risk raises the case's priority, never lowers it: imminent → crisis, high → at least high. */
function raisedPriority(current: Priority, risk: RiskLevel): Priority {
  if (risk === 'imminent') return 'crisis';
  if (risk === 'high' && current === 'normal') return 'high';
  return current;
}

// A clock a little ahead on the counsellor's laptop must not refuse a note; a date next week is a mistake.
const FUTURE_SKEW_MS = 10 * 60_000;

/**
 * Writes a session note: the structured form sealed as one document. A note is never changed; an addendum
 * names the note it corrects. A high or imminent risk asks the counsellor to escalate (never silently).
 */
export async function addNote(deps: CareDeps, ctx: RequestContext, caseId: string, input: NoteInput) {
  if (input.happenedAt.getTime() > ctx.now.getTime() + FUTURE_SKEW_MS)
    throw new AppError(
      'bad_request',
      'A note records a contact that has happened (happenedAt is in the future)',
    );
  if ((input.kind === 'addendum') !== (input.amendsId !== undefined))
    throw new AppError(
      'bad_request',
      'An addendum names the note it corrects (amendsId), and only an addendum does',
    );
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    requireOpen(access.row);
    if (input.amendsId) {
      const amended = await findNote(tx, input.amendsId);
      if (!amended || amended.caseId !== caseId)
        throw new AppError('bad_request', 'The note an addendum corrects must be a note of this case');
    }
    if (input.bookingId) {
      const booking = await findBooking(tx, input.bookingId);
      if (!booking || booking.tenantId !== access.row.tenantId)
        throw new AppError('bad_request', 'That appointment was not found');
    }
    const id = randomUUID();
    const note = await insertNote(tx, {
      id,
      tenantId: access.row.tenantId,
      caseId,
      authorId: ctx.actorId as string,
      kind: input.kind,
      happenedAt: input.happenedAt,
      bookingId: input.bookingId ?? null,
      amendsId: input.amendsId ?? null,
      bodySealed: seal(deps.cipher, input.body, aad.noteBody(id)),
      riskLevel: input.body.risk.level,
      createdAt: ctx.now,
    });
    const priority = raisedPriority(access.row.priority as Priority, input.body.risk.level);
    if (priority !== access.row.priority) await updateCase(tx, caseId, { priority, updatedAt: ctx.now });
    await auditCase(tx, ctx, access, 'case.note.create', { noteId: id });
    const author = (await findUser(tx, ctx.actorId as string))?.displayName ?? ctx.actorLabel;
    return {
      ...presentNote(deps.cipher, note, author),
      casePriority: priority,
      suggestEscalation: riskCallsForEscalation(input.body.risk.level) && access.row.escalatedTo === null,
    };
  });
}

export interface ContactInput {
  name?: string;
  phone?: string;
  preferredTime?: string;
}

/**
 * Records the person's contact details as they gave them in the case (the message of their request stays).
 * After the worker withdrew the consent, details are not taken back in through this door.
 */
export async function updateContact(
  deps: CareDeps,
  ctx: RequestContext,
  caseId: string,
  input: ContactInput,
) {
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    requireOpen(access.row);
    if (access.row.contactErasedAt)
      throw new AppError('conflict', 'The worker withdrew the consent to keep contact details in this case');
    const before = presentContact(deps.cipher, access.row);
    const mobile = input.phone ? normaliseMobile(input.phone) : null;
    const contact: CaseContact = {
      name: input.name || null,
      phone: mobile ?? (input.phone || null),
      preferredTime: input.preferredTime || null,
      message: before?.message ?? null,
    };
    const row = await updateCase(tx, caseId, {
      contactSealed: seal(deps.cipher, contact, aad.caseContact(caseId)),
      contactConsentVersion: access.row.contactConsentVersion ?? CASE_CONTACT_CONSENT_VERSION,
      // The person can then see this case with their verified phone, as they could had they asked online.
      subjectPhoneHash:
        access.row.subjectPhoneHash ?? (mobile ? deps.cipher.blindIndex(mobile, 'phone') : null),
      updatedAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, row, 'contact_updated', ctx.actorId, ctx.now);
    await auditCase(tx, ctx, access, 'case.contact.update');
    return { contact, contactWithdrawn: false };
  });
}

/** Contact details a counsellor records in a session, with the person's spoken consent. */
export const CASE_CONTACT_CONSENT_VERSION = 'case-contact-2026-11';
