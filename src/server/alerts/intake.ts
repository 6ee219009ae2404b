import { randomUUID } from 'node:crypto';
import { type AlertSource, dueAt, type Priority } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import type { CareEvent, EventBus } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import { dutyPicture } from './duty';
import { type Contact, sealContact } from './presenters';
import { type AlertRow, insertAlert } from './repository';
import { triageSettingsOf } from './settings-repository';

export interface NewAlert {
  tenantId: string;
  source: AlertSource;
  priority: Priority;
  contact: Contact | null;
  consentVersion: string;
  submissionId?: string | null;
  subjectPhoneHash?: string | null;
  subjectIdentityId?: string | null;
  bookingId?: string | null;
  fromCaseId?: string | null;
  organisationId?: string | null;
  /** Who entered it: a member of staff, or null for the worker themself (or the system). */
  actor: { id: string | null; label: string; requestId?: string | null; ip?: string | null };
  /** Audit details beyond source and priority: ids and facts only, never the contact. */
  details?: Record<string, unknown>;
}

export const alertEventOf = (a: AlertRow, onDuty?: string[]): CareEvent => ({
  type: 'alert',
  tenantId: a.tenantId,
  alertId: a.id,
  priority: a.priority,
  status: a.status,
  source: a.source,
  escalationLevel: a.escalationLevel,
  ...(onDuty ? { onDuty } : {}),
});

/**
 * Puts a request for help in the federation's queue, inside the caller's transaction: due by priority and
 * the federation's settings, audited as `alert.create`; a crisis also leaves an `alert_new` notification for
 * whoever is on duty. Returns the events to publish once the transaction has committed.
 */
export async function enqueueAlert(
  tx: Db,
  cipher: FieldCipher,
  input: NewAlert,
  now: Date,
): Promise<{ alert: AlertRow; events: CareEvent[] }> {
  const id = randomUUID();
  const settings = await triageSettingsOf(tx, input.tenantId);
  const alert = await insertAlert(tx, {
    id,
    tenantId: input.tenantId,
    source: input.source,
    priority: input.priority,
    submissionId: input.submissionId ?? null,
    contactSealed: input.contact ? sealContact(cipher, id, input.contact) : null,
    consentVersion: input.consentVersion,
    consentedAt: now,
    createdAt: now,
    dueAt: dueAt(input.priority, now, settings),
    subjectPhoneHash: input.subjectPhoneHash ?? null,
    subjectIdentityId: input.subjectIdentityId ?? null,
    bookingId: input.bookingId ?? null,
    fromCaseId: input.fromCaseId ?? null,
    organisationId: input.organisationId ?? null,
    enteredBy: input.actor.id,
  });
  await appendAuditEvent(
    tx,
    {
      tenantId: input.tenantId,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      action: 'alert.create',
      objectType: 'alert',
      objectId: id,
      organisationId: input.organisationId ?? null,
      outcome: 'success',
      requestId: input.actor.requestId ?? null,
      ip: input.actor.ip ?? null,
      details: { source: input.source, priority: input.priority, ...input.details },
    },
    now,
  );
  const duty = await dutyPicture(tx, input.tenantId, now);
  const events: CareEvent[] = [alertEventOf(alert, duty.ringing)];
  if (input.priority === 'crisis') {
    const notice = await notifyStaff(
      tx,
      input.tenantId,
      duty.ringing,
      { kind: 'alert_new', objectType: 'alert', objectId: id, priority: 'crisis' },
      now,
    );
    if (notice) events.push(notice);
  }
  return { alert, events };
}

/** Publishes committed events; a bus failure never undoes what was stored. */
export async function publishAll(bus: EventBus | undefined, events: readonly CareEvent[]): Promise<void> {
  if (!bus) return;
  for (const e of events) {
    try {
      await bus.publish(e);
    } catch {
      // Consoles reload the queue when they reconnect; the request itself is safely stored.
    }
  }
}
