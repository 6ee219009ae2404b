import { randomUUID } from 'node:crypto';
import { dueAt } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import type { CrisisAssessment } from '../../core/instruments/crisis';
import { careStaffOf, onDutyAmong } from '../alerts/duty-repository';
import { insertAlert } from '../alerts/repository';
import { triageSettingsOf } from '../alerts/settings-repository';
import { appendAuditEvent } from '../audit/repository';
import type { CaseRow } from '../care/case-repository';
import type { Db } from '../db/client';
import { aad, unseal } from '../ops/sealed-columns';
import type { CareEvent } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import type { MeasureRow } from './repository';

/**
 * Who hears of a new crisis request: the federation's counsellors and supervisors on duty, or, when nobody
 * is, every counsellor (a crisis must ring somewhere).
 */
async function crisisHandlers(db: Db, tenantId: string, now: Date): Promise<string[]> {
  const staff = await careStaffOf(db, tenantId);
  const onDuty = await onDutyAmong(
    db,
    tenantId,
    staff.map((s) => s.id),
    now,
  );
  if (onDuty.size > 0) return [...onDuty];
  return staff.filter((s) => s.roles.includes('counsellor')).map((s) => s.id);
}

/**
 * A worker answered a questionnaire sent by link. Inside the transaction that stored the answers: the case's
 * counsellor (and the supervisor it is escalated to) is told; a critical answer (PHQ-9 item 9 above 0) also
 * puts a crisis request into the federation's triage queue, so someone on duty answers even when the
 * counsellor is away. The request carries the case's consented contact details (re-sealed for the alert) and
 * never the answers. Returns the events to publish once the transaction has committed.
 */
export async function announceCompletion(
  tx: Db,
  cipher: FieldCipher,
  c: CaseRow,
  m: MeasureRow,
  crisis: CrisisAssessment,
  now: Date,
): Promise<CareEvent[]> {
  const events: CareEvent[] = [];
  if (crisis.level === 'urgent') {
    const id = randomUUID();
    const contact = c.contactSealed ? unseal(cipher, c.contactSealed, aad.caseContact(c.id)) : null;
    const settings = await triageSettingsOf(tx, c.tenantId);
    await insertAlert(tx, {
      id,
      tenantId: c.tenantId,
      source: 'case_measure',
      priority: 'crisis',
      contactSealed: contact ? cipher.encrypt(contact, aad.alertContact(id)) : null,
      consentVersion: c.contactConsentVersion ?? 'case',
      consentedAt: c.openedAt,
      createdAt: now,
      dueAt: dueAt('crisis', now, settings),
      subjectPhoneHash: c.subjectPhoneHash,
      subjectIdentityId: c.subjectIdentityId,
      organisationId: c.organisationId,
      fromCaseId: c.id,
      isDemo: c.isDemo,
    });
    await appendAuditEvent(
      tx,
      {
        tenantId: c.tenantId,
        actorId: null,
        actorLabel: 'anonymous worker',
        action: 'alert.create',
        objectType: 'alert',
        objectId: id,
        outcome: 'success',
        details: { source: 'case_measure', priority: 'crisis', caseId: c.id, measureId: m.id },
      },
      now,
    );
    events.push({
      type: 'alert',
      tenantId: c.tenantId,
      alertId: id,
      priority: 'crisis',
      status: 'new',
      source: 'case_measure',
      escalationLevel: 0,
    });
    const ring = await notifyStaff(
      tx,
      c.tenantId,
      await crisisHandlers(tx, c.tenantId, now),
      { kind: 'alert_new', objectType: 'alert', objectId: id, label: c.number, priority: 'crisis' },
      now,
    );
    if (ring) events.push(ring);
  }
  const told = await notifyStaff(
    tx,
    c.tenantId,
    [c.counsellorId, ...(c.escalatedTo ? [c.escalatedTo] : [])],
    {
      kind: 'measure_completed',
      objectType: 'case',
      objectId: c.id,
      label: c.number,
      priority: crisis.level === 'urgent' ? 'crisis' : crisis.level === 'elevated' ? 'high' : 'normal',
    },
    now,
  );
  if (told) events.push(told);
  return events;
}
