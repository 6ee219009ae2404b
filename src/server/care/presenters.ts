import type { z } from 'zod';
import type { RecordBasis } from '../../core/care/case-access';
import { type NoteBody, type ReferralItem, type TaskKind, taskState } from '../../core/care/records';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { aad } from '../ops/sealed-columns';
import type { CaseEventRow, CaseRow, CaseSummaryRow } from './case-repository';
import type { NoteRow, TaskRow } from './records-repository';
import type { ReferralRow } from './referral-repository';
import type {
  appointmentSchema,
  caseContactSchema,
  caseEventSchema,
  caseReferralSchema,
  caseSummarySchema,
  noteSchema,
  sharedContentSchema,
  taskSchema,
} from './schemas';
import { type CaseContact, unseal } from './sealing';

type Summary = z.infer<typeof caseSummarySchema>;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentSummary(s: CaseSummaryRow): Summary {
  const c = s.row;
  return {
    id: c.id,
    number: c.number,
    status: c.status as Summary['status'],
    priority: c.priority as Summary['priority'],
    origin: c.origin as Summary['origin'],
    counsellor: { id: c.counsellorId, name: s.counsellorName },
    escalatedTo: c.escalatedTo ? { id: c.escalatedTo, name: s.escalatedToName ?? '' } : null,
    openedAt: c.openedAt.toISOString(),
    closedAt: iso(c.closedAt),
    nextTaskDueAt: iso(s.nextTaskDueAt),
    overdueTasks: s.overdueTasks,
    lastContactAt: iso(s.lastContactAt),
  };
}

export function presentContact(cipher: FieldCipher, c: CaseRow): z.infer<typeof caseContactSchema> | null {
  return c.contactSealed ? unseal<CaseContact>(cipher, c.contactSealed, aad.caseContact(c.id)) : null;
}

export const presentNote = (
  cipher: FieldCipher,
  n: NoteRow,
  authorName: string,
): z.infer<typeof noteSchema> => ({
  id: n.id,
  kind: n.kind as z.infer<typeof noteSchema>['kind'],
  happenedAt: n.happenedAt.toISOString(),
  bookingId: n.bookingId,
  amendsId: n.amendsId,
  author: { id: n.authorId, name: authorName },
  riskLevel: n.riskLevel as NoteBody['risk']['level'],
  body: unseal<NoteBody>(cipher, n.bodySealed, aad.noteBody(n.id)),
  createdAt: n.createdAt.toISOString(),
});

/** What a task says (sealed: it may name the trouble). */
export interface TaskDetail {
  title: string;
  detail: string | null;
  instrumentId: string | null;
  link: string | null;
}

export function presentTask(
  cipher: FieldCipher,
  t: TaskRow,
  now: Date,
  endOfToday: Date,
): z.infer<typeof taskSchema> {
  const d = unseal<TaskDetail>(cipher, t.detailSealed, aad.taskDetail(t.id));
  const outcome = t.outcomeSealed
    ? unseal<{ outcome: string | null }>(cipher, t.outcomeSealed, aad.taskOutcome(t.id)).outcome
    : null;
  const status = t.status as z.infer<typeof taskSchema>['status'];
  return {
    id: t.id,
    caseId: t.caseId,
    kind: t.kind as TaskKind,
    dueAt: t.dueAt.toISOString(),
    state: taskState({ status, dueAt: t.dueAt }, now, endOfToday),
    status,
    assigneeId: t.assigneeId,
    title: d.title,
    detail: d.detail,
    instrumentId: d.instrumentId,
    link: d.link,
    outcome,
    followed: t.followed,
    remindedAt: iso(t.remindedAt),
    completedAt: iso(t.completedAt),
    createdAt: t.createdAt.toISOString(),
  };
}

export type SharedContent = z.infer<typeof sharedContentSchema>;

export function presentReferral(
  cipher: FieldCipher,
  r: {
    referral: ReferralRow;
    institutionName: string;
    sentByName: string;
    acknowledgedByName: string | null;
  },
): z.infer<typeof caseReferralSchema> {
  const x = r.referral;
  return {
    id: x.id,
    institution: { id: x.institutionId, name: r.institutionName },
    items: x.consentItems as ReferralItem[],
    status: x.status as z.infer<typeof caseReferralSchema>['status'],
    sentAt: x.sentAt.toISOString(),
    sentBy: { name: r.sentByName },
    acknowledgedAt: iso(x.acknowledgedAt),
    acknowledgedBy: r.acknowledgedByName,
    response: x.responseSealed
      ? unseal<{ response: string | null }>(cipher, x.responseSealed, aad.referralResponse(x.id)).response
      : null,
    shared: x.sharedSealed ? unseal<SharedContent>(cipher, x.sharedSealed, aad.referralShared(x.id)) : null,
  };
}

export const presentEvent = (
  cipher: FieldCipher,
  e: CaseEventRow,
  actorName: string | null,
  basis: RecordBasis | null,
): z.infer<typeof caseEventSchema> => ({
  id: e.id,
  kind: e.kind,
  at: e.at.toISOString(),
  actor: actorName,
  // Without a basis the timeline says what happened and when, never why.
  detail:
    basis && e.detailSealed
      ? unseal<Record<string, unknown>>(cipher, e.detailSealed, aad.caseEventDetail(e.id))
      : null,
});

export const presentAppointment = (a: {
  booking: { id: string; status: string; mode: string; source: string };
  startsAt: Date;
  endsAt: Date;
  pointName: string;
  counsellorName: string;
}): z.infer<typeof appointmentSchema> => ({
  id: a.booking.id,
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt.toISOString(),
  status: a.booking.status,
  mode: a.booking.mode,
  source: a.booking.source,
  servicePoint: a.pointName,
  counsellor: a.counsellorName,
});
