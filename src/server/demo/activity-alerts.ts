import { defaultTriageSettings, dueAt, type Priority, priorityOfCrisisLevel } from '../../core/care/triage';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import {
  CONTACT_CONSENT_VERSION,
  REFERRAL_CONSENT_VERSION,
  STAFF_ENTRY_CONSENT_VERSION,
} from '../alerts/requests';
import { alerts } from '../alerts/tables';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import type { DemoSubmission } from './activity-checkups';
import { type DemoRandom, insertMany, plusMinutes } from './activity-random';

export interface DemoStaff {
  counsellors: string[];
  supervisorId: string | null;
  officerId: string | null;
  officerOrganisationId: string | null;
  partnerId: string | null;
  institutionId: string | null;
}

/** A request for help of the demo year, and what became of it (the cases are opened from these). */
export interface DemoAlert {
  id: string;
  priority: Priority;
  acknowledgedBy: string;
  acknowledgedAt: Date;
  organisationId: string | null;
  identityId: string | null;
  phone: string;
  phoneHash: string;
  consentVersion: string;
  /** When the case was opened from it (the request then closed as case_opened), or null. */
  caseOpenedAt: Date | null;
}

/** How long taking a request usually took, in minutes, by priority (a long tail: some were slow). */
const typicalAck: Record<Priority, number> = { crisis: 7, high: 75, normal: 540 };

const preferredTimes = ['工作日晚上', '周末白天', '中午休息时', '随时可以', '下午五点以后'];
const messages = [
  null,
  null,
  null,
  '最近睡不好，想找人聊聊。',
  '工作压力大，不知道怎么办。',
  '家里的事情想请老师帮忙出出主意。',
  '希望不要让单位知道。',
];

/** Demo numbers in a range the demo owns (apart from the appointments' bookers). */
const demoPhone = (n: number) => `170${String(56_000_000 + n).padStart(8, '0')}`;

/**
 * The year's requests for help: workers asking to be called after a check-up (most after a high result, many
 * after a crisis one), hotline calls and walk-ins entered by staff, and an enterprise officer's referrals.
 * Each was taken by a counsellor, most quickly, some late enough to have escalated; most led to a case.
 */
export async function loadDemoAlerts(
  db: Db,
  cipher: FieldCipher,
  rnd: DemoRandom,
  ids: () => string,
  input: { tenantId: string; now: Date; submissions: DemoSubmission[]; staff: DemoStaff },
): Promise<DemoAlert[]> {
  const { tenantId, now, staff } = input;
  if (!staff.counsellors.length) return [];
  const rows: (typeof alerts.$inferInsert)[] = [];
  const out: DemoAlert[] = [];
  let phones = 0;
  const add = (a: {
    source: string;
    priority: Priority;
    createdAt: Date;
    submission?: DemoSubmission;
    shared?: boolean;
    enteredBy?: string | null;
    organisationId?: string | null;
    consentVersion: string;
    name?: string | null;
  }) => {
    const id = ids();
    const phone = demoPhone(++phones);
    const phoneHash = cipher.blindIndex(phone, 'phone');
    const due = dueAt(a.priority, a.createdAt, defaultTriageSettings);
    let ackAt = plusMinutes(a.createdAt, rnd.lognormalMinutes(typicalAck[a.priority], 0.9));
    // Nothing of the demo's history is left waiting to escalate at start: it was all taken by now.
    if (ackAt >= now) ackAt = new Date(Math.max(a.createdAt.getTime() + 60_000, now.getTime() - 60_000));
    const late = ackAt > due;
    const phoned =
      a.priority === 'crisis' && ackAt > plusMinutes(due, defaultTriageSettings.dutyPhoneAfterMinutes);
    const counsellor = rnd.pick(staff.counsellors);
    const opensCase = rnd.chance(a.priority === 'crisis' ? 0.85 : a.priority === 'high' ? 0.7 : 0.5);
    // A case is opened soon after taking it; the others were closed some hours later, unless still being
    // tried this week. The case's id is written in by the cases' loader.
    const closedAt = opensCase
      ? new Date(Math.min(plusMinutes(ackAt, rnd.int(3, 90)).getTime(), now.getTime() - 30_000))
      : plusMinutes(ackAt, rnd.int(30, 60 * 48));
    const stillOpen = !opensCase && closedAt >= now;
    rows.push({
      id,
      tenantId,
      source: a.source,
      priority: a.priority,
      submissionId: a.shared && a.submission ? a.submission.id : null,
      contactSealed: cipher.encrypt(
        JSON.stringify({
          name: a.name ?? null,
          phone,
          preferredTime: rnd.pick(preferredTimes),
          message: rnd.pick(messages),
        }),
        aad.alertContact(id),
      ),
      consentVersion: a.consentVersion,
      consentedAt: a.createdAt,
      status: stillOpen ? 'acknowledged' : 'closed',
      isDemo: true,
      createdAt: a.createdAt,
      dueAt: due,
      escalationLevel: phoned ? 2 : late ? 1 : 0,
      escalatedAt: late ? due : null,
      subjectPhoneHash: phoneHash,
      subjectIdentityId: a.submission?.identityId ?? null,
      enteredBy: a.enteredBy ?? null,
      organisationId: a.organisationId ?? null,
      acknowledgedBy: counsellor,
      acknowledgedAt: ackAt,
      closedBy: stillOpen ? null : counsellor,
      closedAt: stillOpen ? null : closedAt,
      closedReason: stillOpen
        ? null
        : opensCase
          ? 'case_opened'
          : rnd.weighted([
              ['handled', 55],
              ['no_case_needed', 25],
              ['unreachable', 15],
              ['duplicate', 5],
            ] as const),
    });
    out.push({
      id,
      priority: a.priority,
      acknowledgedBy: counsellor,
      acknowledgedAt: ackAt,
      organisationId: a.organisationId ?? null,
      identityId: a.submission?.identityId ?? null,
      phone,
      phoneHash,
      consentVersion: a.consentVersion,
      caseOpenedAt: opensCase ? closedAt : null,
    });
  };

  for (const s of input.submissions) {
    const p =
      s.crisisLevel === 'urgent' ? 0.45 : s.crisisLevel === 'elevated' ? 0.12 : s.level >= 3 ? 0.03 : 0.002;
    if (!rnd.chance(p)) continue;
    add({
      source: 'checkup_contact_request',
      priority: priorityOfCrisisLevel(s.crisisLevel),
      createdAt: plusMinutes(s.createdAt, rnd.int(1, 12)),
      submission: s,
      shared: rnd.chance(0.6),
      consentVersion: CONTACT_CONSENT_VERSION,
    });
  }
  const yearStart = now.getTime() - 365 * 86_400_000;
  const someTime = () => new Date(yearStart + rnd.next() * (now.getTime() - yearStart - 86_400_000));
  for (let i = 0; i < 36; i++)
    add({
      source: rnd.chance(0.7) ? 'hotline' : 'walk_in',
      priority: rnd.weighted([
        ['crisis', 1],
        ['high', 3],
        ['normal', 6],
      ] as const),
      createdAt: someTime(),
      enteredBy: rnd.pick(staff.counsellors),
      consentVersion: STAFF_ENTRY_CONSENT_VERSION,
      name: rnd.chance(0.5) ? rnd.pick(['李师傅', '张女士', '王先生', '刘师傅', '陈女士']) : null,
    });
  if (staff.officerId && staff.officerOrganisationId)
    for (let i = 0; i < 9; i++)
      add({
        source: 'enterprise_referral',
        priority: rnd.chance(0.3) ? 'high' : 'normal',
        createdAt: someTime(),
        enteredBy: staff.officerId,
        organisationId: staff.officerOrganisationId,
        consentVersion: REFERRAL_CONSENT_VERSION,
        name: rnd.pick(['司机 赵师傅', '调度员 孙女士', '装卸工 周师傅']),
      });
  rows.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  await insertMany(db, alerts, rows);
  return out;
}
