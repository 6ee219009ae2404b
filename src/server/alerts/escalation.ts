import {
  defaultTriageSettings,
  type EscalationLevel,
  minutesWaiting,
  nextEscalation,
  type Priority,
  type TriageSettings,
} from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import type { CareEvent, EventBus } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import type { SmsSender } from '../sms/sender';
import { dutyPicture, supervisorsOf } from './duty';
import { alertEventOf, publishAll } from './intake';
import { type AlertRow, lockEscalationCandidates, setEscalation } from './repository';
import { dutyPhoneOf } from './settings';
import { careSettingsRow } from './settings-repository';

const BATCH = 50;

/**
 * The duty phone belongs to the federation's own staff and is read on a lock screen: Chinese only, and nothing
 * about the worker — only that someone has waited, and for how long.
 */
export const escalationText = (minutes: number) =>
  `【康乃馨】紧急求助提醒：一条紧急求助已等待${minutes}分钟无人接手，请立即登录工作台处理。`;

export interface EscalationDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  events?: EventBus;
}

export interface EscalationResult {
  /** Steps taken (supervisors told, or the duty phone texted or found missing). */
  escalated: number;
  texted: number;
  /** Texts the gateway refused: the step is retried on the next run. */
  failed: number;
  /** How late the latest step was against when it became due (the job runs every minute). */
  lateSeconds: number;
}

const system = { actorId: null, actorLabel: 'system', outcome: 'success' as const };

/**
 * Escalates requests nobody took in time (core/care/triage.ts nextEscalation): first the federation's
 * supervisors are told; a crisis still untaken `dutyPhoneAfterMinutes` later texts the federation's duty phone.
 * Rows are locked with SKIP LOCKED, so two processes running the job never escalate one request twice. Every
 * step is audited as `alert.escalate` by the system.
 */
export async function escalateOverdueAlerts(deps: EscalationDeps, now: Date): Promise<EscalationResult> {
  const result: EscalationResult = { escalated: 0, texted: 0, failed: 0, lateSeconds: 0 };
  for (;;) {
    const { claimed, handled, events } = await deps.db.transaction(async (tx) => {
      const due = await lockEscalationCandidates(tx, now, BATCH);
      const settings = new Map<string, Awaited<ReturnType<typeof careSettingsRow>>>();
      const events: CareEvent[] = [];
      let handled = 0;
      for (const a of due) {
        if (!settings.has(a.tenantId)) settings.set(a.tenantId, await careSettingsRow(tx, a.tenantId));
        const row = settings.get(a.tenantId);
        const triage: TriageSettings = row ?? defaultTriageSettings;
        const step = nextEscalation(
          {
            status: 'new',
            priority: a.priority as Priority,
            dueAt: a.dueAt,
            escalationLevel: a.escalationLevel as EscalationLevel,
            escalatedAt: a.escalatedAt,
          },
          now,
          triage,
        );
        if (!step) continue;
        const becameDue =
          step.level === 1
            ? a.dueAt.getTime()
            : (a.escalatedAt ?? a.dueAt).getTime() + triage.dutyPhoneAfterMinutes * 60_000;
        const lateSeconds = Math.max(0, Math.floor((now.getTime() - becameDue) / 1000));
        const outcome =
          step.level === 1
            ? await toSupervisors(tx, a, now, lateSeconds)
            : await toDutyPhone(tx, deps, a, row, now, lateSeconds);
        if (outcome.failed) {
          result.failed++;
          continue;
        }
        handled++;
        result.escalated++;
        if (outcome.texted) result.texted++;
        result.lateSeconds = Math.max(result.lateSeconds, lateSeconds);
        events.push(alertEventOf({ ...a, escalationLevel: step.level, escalatedAt: now }), ...outcome.events);
      }
      return { claimed: due.length, handled, events };
    });
    await publishAll(deps.events, events);
    if (claimed < BATCH || handled === 0) break;
  }
  return result;
}

interface Outcome {
  events: CareEvent[];
  texted?: boolean;
  failed?: boolean;
}

async function notifySupervisors(
  tx: Db,
  a: AlertRow,
  now: Date,
): Promise<{ events: CareEvent[]; count: number }> {
  const supervisors = supervisorsOf(await dutyPicture(tx, a.tenantId, now));
  const notice = await notifyStaff(
    tx,
    a.tenantId,
    supervisors,
    { kind: 'alert_escalated', objectType: 'alert', objectId: a.id, priority: a.priority },
    now,
  );
  return { events: notice ? [notice] : [], count: supervisors.length };
}

async function toSupervisors(tx: Db, a: AlertRow, now: Date, lateSeconds: number): Promise<Outcome> {
  await setEscalation(tx, a.id, 1, now);
  const { events, count } = await notifySupervisors(tx, a, now);
  await appendAuditEvent(
    tx,
    {
      ...system,
      tenantId: a.tenantId,
      action: 'alert.escalate',
      objectType: 'alert',
      objectId: a.id,
      details: { level: 1, to: 'supervisors', notified: count, priority: a.priority, lateSeconds },
    },
    now,
  );
  return { events };
}

async function toDutyPhone(
  tx: Db,
  deps: EscalationDeps,
  a: AlertRow,
  settings: Awaited<ReturnType<typeof careSettingsRow>>,
  now: Date,
  lateSeconds: number,
): Promise<Outcome> {
  const audit = (outcome: 'success' | 'failure', details: Record<string, unknown>) =>
    appendAuditEvent(
      tx,
      {
        ...system,
        outcome,
        tenantId: a.tenantId,
        action: 'alert.escalate',
        objectType: 'alert',
        objectId: a.id,
        details: { level: 2, to: 'duty_phone', lateSeconds, ...details },
      },
      now,
    );
  let phone: string | null;
  try {
    phone = dutyPhoneOf(deps.cipher, settings);
  } catch {
    // A duty phone sealed with a missing key counts as none: the supervisors must hear of it either way.
    phone = null;
  }
  if (!phone) {
    await setEscalation(tx, a.id, 2, now);
    await audit('failure', { dutyPhone: false, unreadable: settings?.dutyPhoneSealed != null });
    const { events } = await notifySupervisors(tx, a, now);
    return { events };
  }
  try {
    await deps.sms.send({
      tenantId: a.tenantId,
      to: phone,
      body: escalationText(minutesWaiting(a.createdAt, now)),
      purpose: 'escalation',
    });
  } catch {
    await audit('failure', { dutyPhone: true, delivered: false });
    return { events: [], failed: true };
  }
  await setEscalation(tx, a.id, 2, now);
  await audit('success', { dutyPhone: true, delivered: true });
  return { events: [], texted: true };
}
