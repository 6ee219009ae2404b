import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { NoteBody } from '../../core/care/records';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { alerts } from '../alerts/tables';
import {
  breakGlassGrants,
  careSettings,
  caseEvents,
  caseNotes,
  cases,
  followUpTasks,
  referrals,
} from '../care/tables';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { aad } from '../ops/sealed-columns';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

/**
 * Test rows for what other capabilities' routes create (cases, requests for help, notes, tasks, referrals),
 * written directly and sealed as those capabilities seal them (src/server/ops/sealed-columns.ts aad).
 */
export async function demoWorld(db: Db) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, 'demo-city'));
  if (!tenant) throw new Error('no demo federation');
  const idOf = async (login: string) => {
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.login, login));
    if (!u) throw new Error(`no ${login}`);
    return u.id;
  };
  const [institution] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'partner_institution'));
  return {
    tenantId: tenant.id,
    counsellorId: await idOf('demo-counsellor'),
    supervisorId: await idOf('demo-supervisor'),
    institutionId: institution?.id as string,
  };
}

let counter = 0;

export interface CaseFixture {
  tenantId: string;
  counsellorId: string;
  contact?: { name?: string | null; phone?: string | null; preferredTime?: string | null } | null;
  subjectPhoneHash?: string | null;
  subjectIdentityId?: string | null;
  alertId?: string | null;
  bookingId?: string | null;
  status?: 'open' | 'closed';
  openedAt?: Date;
  closedAt?: Date;
  retainUntil?: Date | null;
  escalatedTo?: string | null;
}

export async function insertCase(db: Db, cipher: FieldCipher, f: CaseFixture) {
  const id = randomUUID();
  counter += 1;
  const openedAt = f.openedAt ?? new Date('2026-11-30T01:00:00Z');
  const [row] = await db
    .insert(cases)
    .values({
      id,
      tenantId: f.tenantId,
      number: `2026-${String(9000 + counter).padStart(4, '0')}-${id.slice(0, 4)}`,
      status: f.status ?? 'open',
      priority: 'normal',
      origin: f.alertId ? 'alert' : f.bookingId ? 'booking' : 'walk_in',
      alertId: f.alertId ?? null,
      bookingId: f.bookingId ?? null,
      counsellorId: f.counsellorId,
      escalatedTo: f.escalatedTo ?? null,
      subjectPhoneHash: f.subjectPhoneHash ?? null,
      subjectIdentityId: f.subjectIdentityId ?? null,
      contactSealed: f.contact ? cipher.encrypt(JSON.stringify(f.contact), aad.caseContact(id)) : null,
      contactConsentVersion: f.contact ? 'contact-2026-11' : null,
      openedAt,
      closedAt: f.status === 'closed' ? (f.closedAt ?? openedAt) : null,
      closureReason: f.status === 'closed' ? 'goals_met' : null,
      retainUntil: f.retainUntil ?? null,
    })
    .returning();
  return row as typeof cases.$inferSelect;
}

export async function insertAlertRow(
  db: Db,
  cipher: FieldCipher,
  f: {
    tenantId: string;
    contact?: Record<string, unknown> | null;
    subjectPhoneHash?: string | null;
    subjectIdentityId?: string | null;
    submissionId?: string | null;
    createdAt?: Date;
  },
) {
  const id = randomUUID();
  const createdAt = f.createdAt ?? new Date('2026-11-30T01:00:00Z');
  const [row] = await db
    .insert(alerts)
    .values({
      id,
      tenantId: f.tenantId,
      source: 'checkup_contact_request',
      priority: 'normal',
      contactSealed: f.contact ? cipher.encrypt(JSON.stringify(f.contact), aad.alertContact(id)) : null,
      consentVersion: 'contact-2026-11',
      consentedAt: createdAt,
      createdAt,
      dueAt: new Date(createdAt.getTime() + 2 * 86_400_000),
      subjectPhoneHash: f.subjectPhoneHash ?? null,
      subjectIdentityId: f.subjectIdentityId ?? null,
      submissionId: f.submissionId ?? null,
    })
    .returning();
  return row as typeof alerts.$inferSelect;
}

export const sampleNote = (text: string): NoteBody => ({
  concern: { primary: 'work', others: [] },
  risk: { level: 'low', selfHarmThoughts: false, harmToOthers: false, protectiveFactors: '家人' },
  intervention: { methods: ['supportive_listening'], text: '倾听' },
  plan: '两周后复评',
  text,
});

export async function insertNote(
  db: Db,
  cipher: FieldCipher,
  c: { id: string; tenantId: string; counsellorId: string },
  body: NoteBody,
) {
  const id = randomUUID();
  await db.insert(caseNotes).values({
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    authorId: c.counsellorId,
    kind: 'session',
    happenedAt: new Date('2026-11-30T02:00:00Z'),
    bodySealed: cipher.encrypt(JSON.stringify(body), aad.noteBody(id)),
    riskLevel: body.risk.level,
    createdAt: new Date('2026-11-30T02:10:00Z'),
  });
  return id;
}

export async function insertTask(
  db: Db,
  cipher: FieldCipher,
  c: { id: string; tenantId: string; counsellorId: string },
  kind: typeof followUpTasks.$inferInsert.kind,
  title: string,
  outcome?: string,
) {
  const id = randomUUID();
  await db.insert(followUpTasks).values({
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    kind,
    dueAt: new Date('2026-12-07T02:00:00Z'),
    assigneeId: c.counsellorId,
    detailSealed: cipher.encrypt(JSON.stringify({ title, detail: null }), aad.taskDetail(id)),
    status: outcome ? 'done' : 'open',
    outcomeSealed: outcome ? cipher.encrypt(JSON.stringify({ outcome }), aad.taskOutcome(id)) : null,
    createdBy: c.counsellorId,
    createdAt: new Date('2026-11-30T02:10:00Z'),
  });
  return id;
}

export async function insertReferral(
  db: Db,
  cipher: FieldCipher,
  c: { id: string; tenantId: string; counsellorId: string },
  institutionId: string,
  shared: Record<string, unknown>,
) {
  const id = randomUUID();
  await db.insert(referrals).values({
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    institutionId,
    consentItems: ['contact', 'summary'],
    consentVersion: 'referral-2026-11',
    sharedSealed: cipher.encrypt(JSON.stringify(shared), aad.referralShared(id)),
    sentBy: c.counsellorId,
    sentAt: new Date('2026-11-30T03:00:00Z'),
    responseSealed: cipher.encrypt(JSON.stringify({ text: '已预约' }), aad.referralResponse(id)),
    status: 'acknowledged',
  });
  return id;
}

export async function insertTimeline(
  db: Db,
  cipher: FieldCipher,
  c: { id: string; tenantId: string; counsellorId: string },
  kind: string,
  detail: Record<string, unknown>,
) {
  const id = randomUUID();
  await db.insert(caseEvents).values({
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    kind,
    actorId: c.counsellorId,
    at: new Date('2026-11-30T03:30:00Z'),
    detailSealed: cipher.encrypt(JSON.stringify(detail), aad.caseEventDetail(id)),
  });
}

export async function insertBreakGlass(
  db: Db,
  cipher: FieldCipher,
  c: { id: string; tenantId: string },
  userId: string,
  reason: string,
  now: Date,
) {
  const id = randomUUID();
  await db.insert(breakGlassGrants).values({
    id,
    tenantId: c.tenantId,
    caseId: c.id,
    userId,
    reasonSealed: cipher.encrypt(reason, aad.breakGlassReason(id)),
    grantedAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
  });
}

export async function setDutyPhone(db: Db, cipher: FieldCipher, tenantId: string, phone: string) {
  await db
    .insert(careSettings)
    .values({
      tenantId,
      dutyPhoneSealed: cipher.encrypt(phone, aad.dutyPhone(tenantId)),
      dutyPhoneLabel: '值班',
    })
    .onConflictDoNothing();
}
