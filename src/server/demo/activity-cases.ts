import { and, eq, sql } from 'drizzle-orm';
import type { ClosureReason, NoteBody, RiskLevel, TaskKind } from '../../core/care/records';
import { retainUntil } from '../../core/care/retention';
import type { Priority } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { localDateOf } from '../../core/time';
import { alerts } from '../alerts/tables';
import { BOOKING_CONSENT_VERSION } from '../booking/booking';
import { REFERRAL_CONSENT_VERSION } from '../care/referrals';
import { caseCounters, caseEvents, caseNotes, cases, followUpTasks, referrals } from '../care/tables';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import type { DemoAlert, DemoStaff } from './activity-alerts';
import type { DemoBooking } from './activity-appointments';
import { type DemoRandom, insertMany, plusMinutes } from './activity-random';

const DAY = 1440;

interface Opening {
  id: string;
  priority: Priority;
  origin: 'alert' | 'booking';
  alertId: string | null;
  bookingId: string | null;
  counsellorId: string;
  organisationId: string | null;
  phone: string | null;
  phoneHash: string | null;
  identityId: string | null;
  consentVersion: string | null;
  openedAt: Date;
}

const riskOf: Record<Priority, [RiskLevel, number][]> = {
  crisis: [
    ['high', 5],
    ['moderate', 4],
    ['imminent', 1],
  ],
  high: [
    ['moderate', 5],
    ['low', 4],
    ['high', 1],
  ],
  normal: [
    ['low', 6],
    ['none', 3],
    ['moderate', 1],
  ],
};

const concernsIn = [
  'work',
  'family',
  'relationships',
  'burnout',
  'parenting',
  'loneliness',
  'health',
] as const;

const taskTitles: Record<TaskKind, string> = {
  call_back: '电话回访，问问这一周睡眠和情绪怎样',
  recheck: '两周后复测 PHQ-9',
  appointment: '约下一次面谈',
  group_activity: '推荐参加驿站的减压团体活动',
  content: '发给他呼吸放松练习的链接',
  referral: '商量是否转介到市心理健康服务中心',
  other: '和工会沟通调班的可能（经本人同意）',
};

/** Made-up, plain notes: the demo shows the shape of a record, never anyone's story. */
function noteBody(rnd: DemoRandom, level: RiskLevel, n: number): NoteBody {
  const primary = rnd.pick(concernsIn);
  return {
    concern: { primary, others: rnd.chance(0.4) ? [rnd.pick(concernsIn)].filter((c) => c !== primary) : [] },
    risk: {
      level,
      selfHarmThoughts: level === 'high' || level === 'imminent',
      harmToOthers: false,
      protectiveFactors: '家人支持，愿意继续来谈（演示记录）',
    },
    intervention: {
      methods:
        n === 0
          ? ['supportive_listening', 'psychoeducation']
          : [rnd.pick(['problem_solving', 'cognitive', 'relaxation'] as const)],
      text: '演示记录：倾听与情绪支持，介绍放松练习。',
    },
    plan: n === 0 ? '约定一周后再谈。' : '继续跟进，按计划复测。',
    text: '演示数据，不是真实的咨询记录。',
  };
}

/**
 * Cases of the demo year: opened from most requests for help and from some first appointments, with session
 * notes, follow-up tasks (most done on time, some late, some never), a few referrals to the partner centre,
 * and closure after some weeks for most. Case numbers continue the federation's counters.
 */
export async function loadDemoCases(
  db: Db,
  cipher: FieldCipher,
  rnd: DemoRandom,
  ids: () => string,
  input: {
    tenantId: string;
    now: Date;
    zone: string;
    alerts: DemoAlert[];
    bookings: DemoBooking[];
    staff: DemoStaff;
  },
): Promise<{ cases: number; closed: number; notes: number; tasks: number; referrals: number }> {
  const { tenantId, now, zone, staff } = input;
  const openings: Opening[] = [];
  for (const a of input.alerts)
    if (a.caseOpenedAt)
      openings.push({
        id: ids(),
        priority: a.priority,
        origin: 'alert',
        alertId: a.id,
        bookingId: null,
        counsellorId: a.acknowledgedBy,
        organisationId: a.organisationId,
        phone: a.phone,
        phoneHash: a.phoneHash,
        identityId: a.identityId,
        consentVersion: a.consentVersion,
        openedAt: a.caseOpenedAt,
      });
  for (const b of input.bookings)
    if (b.first && b.status === 'attended' && rnd.chance(0.3))
      openings.push({
        id: ids(),
        priority: 'normal',
        origin: 'booking',
        alertId: null,
        bookingId: b.id,
        counsellorId: b.counsellorId,
        organisationId: null,
        phone: b.phone,
        phoneHash: b.phone ? cipher.blindIndex(b.phone, 'phone') : null,
        identityId: b.identityId,
        consentVersion: b.phone ? BOOKING_CONSENT_VERSION : null,
        openedAt: plusMinutes(b.endsAt, rnd.int(5, 120)),
      });
  openings.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  if (!openings.length) return { cases: 0, closed: 0, notes: 0, tasks: 0, referrals: 0 };

  const counters = new Map(
    (await db.select().from(caseCounters).where(eq(caseCounters.tenantId, tenantId))).map((c) => [
      c.year,
      c.last,
    ]),
  );
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const eventRows: (typeof caseEvents.$inferInsert)[] = [];
  const noteRows: (typeof caseNotes.$inferInsert)[] = [];
  const taskRows: (typeof followUpTasks.$inferInsert)[] = [];
  const referralRows: (typeof referrals.$inferInsert)[] = [];
  const event = (caseId: string, kind: string, actorId: string | null, at: Date, detail: unknown) => {
    const id = ids();
    eventRows.push({
      id,
      tenantId,
      caseId,
      kind,
      actorId,
      at,
      detailSealed: cipher.encrypt(JSON.stringify(detail), aad.caseEventDetail(id)),
    });
  };
  const nowMs = now.getTime();
  let closedCount = 0;
  for (const o of openings) {
    const year = Number(localDateOf(o.openedAt, zone).slice(0, 4));
    const last = (counters.get(year) ?? 0) + 1;
    counters.set(year, last);
    const ageDays = (nowMs - o.openedAt.getTime()) / 86_400_000;
    const lengthDays = rnd.int(10, 100);
    const closes = ageDays > lengthDays + 2 && rnd.chance(0.88);
    const closedAt = closes ? plusMinutes(o.openedAt, lengthDays * DAY + rnd.int(0, 600)) : null;
    const end = closedAt ?? now;
    const referred =
      (o.priority !== 'normal' || rnd.chance(0.02)) && rnd.chance(0.12) && staff.institutionId !== null;
    const escalated = o.priority === 'crisis' && staff.supervisorId !== null && rnd.chance(0.35);
    const reason: ClosureReason = referred
      ? 'referred'
      : rnd.weighted([
          ['goals_met', 55],
          ['worker_ended', 18],
          ['unreachable', 12],
          ['moved_away', 5],
          ['other', 10],
        ] as const);
    const contact = { name: null, phone: o.phone, preferredTime: null, message: null };
    caseRows.push({
      id: o.id,
      tenantId,
      number: `${year}-${String(last).padStart(4, '0')}`,
      status: closedAt ? 'closed' : 'open',
      priority: o.priority,
      origin: o.origin,
      alertId: o.alertId,
      bookingId: o.bookingId,
      counsellorId: o.counsellorId,
      escalatedTo: escalated ? staff.supervisorId : null,
      escalatedAt: escalated ? plusMinutes(o.openedAt, rnd.int(30, 600)) : null,
      organisationId: o.organisationId,
      subjectPhoneHash: o.phoneHash,
      subjectIdentityId: o.identityId,
      contactSealed: o.phone ? cipher.encrypt(JSON.stringify(contact), aad.caseContact(o.id)) : null,
      contactConsentVersion: o.phone ? o.consentVersion : null,
      openedBy: o.counsellorId,
      openedAt: o.openedAt,
      closedAt,
      closedBy: closedAt ? o.counsellorId : null,
      closureReason: closedAt ? reason : null,
      retainUntil: closedAt ? retainUntil(closedAt) : null,
      isDemo: true,
      updatedAt: end,
    });
    event(o.id, 'opened', o.counsellorId, o.openedAt, {
      origin: o.origin,
      ...(o.alertId ? { alertId: o.alertId } : { bookingId: o.bookingId }),
      counsellorId: o.counsellorId,
    });

    // Sessions every week or two until the case closed (or now).
    const risks = riskOf[o.priority];
    let at = o.origin === 'alert' ? plusMinutes(o.openedAt, rnd.int(10, 240)) : plusMinutes(o.openedAt, -50);
    for (let n = 0; at < end && n < 8; n++) {
      const id = ids();
      const level =
        n === 0
          ? rnd.weighted(risks)
          : rnd.weighted([
              ['low', 5],
              ['none', 3],
              ['moderate', 2],
            ] as const);
      noteRows.push({
        id,
        tenantId,
        caseId: o.id,
        authorId: o.counsellorId,
        kind: n === 0 && o.origin === 'alert' ? 'phone' : rnd.chance(0.8) ? 'session' : 'phone',
        happenedAt: at,
        bookingId: n === 0 ? o.bookingId : null,
        bodySealed: cipher.encrypt(JSON.stringify(noteBody(rnd, level, n)), aad.noteBody(id)),
        riskLevel: level,
        createdAt: plusMinutes(at, rnd.int(10, 300)),
      });
      at = plusMinutes(at, rnd.int(6, 16) * DAY);
    }

    // The follow-up plan: most done on time, some late, some still waiting (overdue), the rest cancelled at closure.
    for (let k = rnd.int(1, 3); k > 0; k--) {
      const id = ids();
      const kind = rnd.weighted([
        ['call_back', 30],
        ['recheck', 20],
        ['appointment', 20],
        ['group_activity', 10],
        ['content', 15],
        ['other', 5],
      ] as const);
      const createdAt = plusMinutes(o.openedAt, rnd.int(20, Math.max(30, Math.min(lengthDays, 30) * DAY)));
      if (createdAt >= end) continue;
      const due = plusMinutes(createdAt, rnd.int(2, 21) * DAY);
      const outcome = rnd.weighted([
        ['on_time', 70],
        ['late', 18],
        ['never', 12],
      ] as const);
      const doneAt =
        outcome === 'on_time'
          ? plusMinutes(createdAt, rnd.int(60, Math.max(61, (due.getTime() - createdAt.getTime()) / 60_000)))
          : outcome === 'late'
            ? plusMinutes(due, rnd.int(1, 12) * DAY)
            : null;
      const done = doneAt !== null && doneAt < end;
      const cancelled = !done && closedAt !== null;
      const recommends = kind === 'appointment' || kind === 'group_activity' || kind === 'content';
      taskRows.push({
        id,
        tenantId,
        caseId: o.id,
        kind,
        dueAt: due,
        assigneeId: o.counsellorId,
        detailSealed: cipher.encrypt(
          JSON.stringify({
            title: taskTitles[kind],
            detail: null,
            instrumentId: kind === 'recheck' ? 'phq9' : null,
            link: null,
          }),
          aad.taskDetail(id),
        ),
        status: done ? 'done' : cancelled ? 'cancelled' : 'open',
        remindedAt: due < end ? plusMinutes(due, -60 * 9) : null,
        completedAt: done ? doneAt : cancelled ? closedAt : null,
        completedBy: done || cancelled ? o.counsellorId : null,
        outcomeSealed: done
          ? cipher.encrypt(JSON.stringify({ outcome: '已完成（演示）' }), aad.taskOutcome(id))
          : null,
        followed: done && recommends ? rnd.chance(0.7) : null,
        createdBy: o.counsellorId,
        createdAt,
      });
    }

    if (referred && staff.institutionId) {
      const id = ids();
      const sentAt = plusMinutes(o.openedAt, rnd.int(1, 10) * DAY);
      if (sentAt < end) {
        const acknowledged = staff.partnerId !== null && rnd.chance(0.85);
        referralRows.push({
          id,
          tenantId,
          caseId: o.id,
          institutionId: staff.institutionId,
          consentItems: ['contact', 'summary'],
          consentVersion: REFERRAL_CONSENT_VERSION,
          sharedSealed: cipher.encrypt(
            JSON.stringify({ contact, summary: '演示转介：情绪低落数周，建议专科评估。', measures: null }),
            aad.referralShared(id),
          ),
          status: acknowledged ? 'acknowledged' : 'sent',
          sentBy: o.counsellorId,
          sentAt,
          acknowledgedBy: acknowledged ? staff.partnerId : null,
          acknowledgedAt: acknowledged ? plusMinutes(sentAt, rnd.int(60, 3 * DAY)) : null,
          responseSealed: acknowledged
            ? cipher.encrypt(JSON.stringify({ response: '已约门诊评估（演示）' }), aad.referralResponse(id))
            : null,
        });
        event(o.id, 'referral_sent', o.counsellorId, sentAt, {
          referralId: id,
          institutionId: staff.institutionId,
          items: ['contact', 'summary'],
        });
      }
    }
    if (closedAt) {
      closedCount++;
      event(o.id, 'closed', o.counsellorId, closedAt, {
        reason,
        finalMeasureId: null,
        noFinalMeasureReason: '演示数据',
        note: null,
      });
    }
  }
  await insertMany(db, cases, caseRows);
  await insertMany(db, caseEvents, eventRows);
  await insertMany(db, caseNotes, noteRows);
  await insertMany(db, followUpTasks, taskRows);
  if (referralRows.length) await db.insert(referrals).values(referralRows);
  // The requests that led to a case name it (the cases had to exist first).
  await db
    .update(alerts)
    .set({ caseId: sql`(select c.id from cases c where c.alert_id = ${alerts.id})` })
    .where(
      and(eq(alerts.tenantId, tenantId), eq(alerts.isDemo, true), eq(alerts.closedReason, 'case_opened')),
    );
  for (const [year, last] of counters)
    await db
      .insert(caseCounters)
      .values({ tenantId, year, last })
      .onConflictDoUpdate({ target: [caseCounters.tenantId, caseCounters.year], set: { last } });
  return {
    cases: caseRows.length,
    closed: closedCount,
    notes: noteRows.length,
    tasks: taskRows.length,
    referrals: referralRows.length,
  };
}
