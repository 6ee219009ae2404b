import { retainUntil } from '../../core/care/retention';
import type { Lang } from '../../core/instruments/types';
import { appendAuditEvent } from '../audit/repository';
import { deleteIdentity, submissionIdsOf } from '../checkup/repository';
import type { Db } from '../db/client';
import { linkedCounts } from '../linked-data/linked';
import { alertsOfSubject, bookingIdsOf, casesOfSubject } from './repository';
import {
  closeCases,
  eraseAlertContacts,
  eraseCaseContacts,
  forgetBooker,
  insertCaseEvents,
  unlinkAlertResults,
  unlinkBookingResults,
  withdrawReferrals,
} from './rights-repository';
import type { MyDataDeps, Subject } from './subject';

export type Consent = 'contact' | 'results_sharing' | 'referrals';

/** One audit event per object the worker's request changed, so each case's log shows it; one when none. */
async function auditWorker(
  db: Db,
  s: Subject,
  action: string,
  objects: { type: 'case' | 'alert' | 'booking'; id: string }[],
  details: Record<string, unknown>,
  now: Date,
) {
  const entries = objects.length ? objects : [null];
  for (const o of entries)
    await appendAuditEvent(
      db,
      {
        tenantId: s.tenantId,
        actorId: null,
        actorLabel: 'anonymous worker',
        action,
        objectType: o?.type ?? 'subject',
        objectId: o?.id ?? null,
        outcome: 'success',
        details: { ...details, via: s.via },
      },
      now,
    );
}

async function subjectRows(db: Db, s: Subject) {
  const bookingIds = await bookingIdsOf(db, s.bookerId);
  const alertRows = await alertsOfSubject(db, s, bookingIds);
  const caseRows = await casesOfSubject(
    db,
    s,
    alertRows.map((a) => a.id),
    bookingIds,
  );
  return { bookingIds, alertIds: alertRows.map((a) => a.id), caseRows };
}

const withdrawnWords: Record<Consent, Record<Lang, string>> = {
  contact: {
    'zh-CN': '您的联系方式已从求助和个案中删除，咨询师将不再联系您；仍在等待的求助已关闭。',
    en: 'Your contact details were erased from your requests for help and cases; counsellors will not contact you. Requests still waiting were closed.',
  },
  results_sharing: {
    'zh-CN': '您分享的自测结果已不再对咨询师可见。',
    en: 'The check-up results you shared are no longer shown to counsellors.',
  },
  referrals: {
    'zh-CN': '转介时传递的内容已删除，转介机构看到转介已撤回。',
    en: 'What referrals passed on was erased; the institutions see the referrals as withdrawn.',
  },
};

/** Withdraws one consent at once, everywhere it was given; answers what changed. */
export async function withdrawConsent(deps: MyDataDeps, s: Subject, consent: Consent, lang: Lang, now: Date) {
  return deps.db.transaction(async (tx) => {
    const { bookingIds, alertIds, caseRows } = await subjectRows(tx, s);
    const caseIds = caseRows.map((c) => c.id);
    const changed = { requests: 0, requestsClosed: 0, cases: 0, bookings: 0, referrals: 0 };
    const objects: { type: 'case' | 'alert' | 'booking'; id: string }[] = [];
    if (consent === 'contact') {
      const a = await eraseAlertContacts(tx, alertIds, now, false);
      const erased = await eraseCaseContacts(tx, caseIds, now);
      await insertCaseEvents(
        tx,
        erased.map((c) => ({ tenantId: s.tenantId, caseId: c.id, kind: 'contact_withdrawn', at: now })),
      );
      Object.assign(changed, { requests: a.erased, requestsClosed: a.closed, cases: erased.length });
      if (a.erased || a.closed) objects.push(...alertIds.map((id) => ({ type: 'alert' as const, id })));
      objects.push(...erased.map((c) => ({ type: 'case' as const, id: c.id })));
    } else if (consent === 'results_sharing') {
      const a = await unlinkAlertResults(tx, alertIds);
      const b = await unlinkBookingResults(tx, bookingIds);
      Object.assign(changed, { requests: a.length, bookings: b.length });
      objects.push(...a.map((r) => ({ type: 'alert' as const, id: r.id })));
      objects.push(...b.map((r) => ({ type: 'booking' as const, id: r.id })));
    } else {
      const w = await withdrawReferrals(tx, caseIds);
      const touched = [...new Set(w.map((r) => r.caseId))];
      await insertCaseEvents(
        tx,
        touched.map((caseId) => ({ tenantId: s.tenantId, caseId, kind: 'referral_withdrawn', at: now })),
      );
      changed.referrals = w.length;
      objects.push(...touched.map((id) => ({ type: 'case' as const, id })));
    }
    await auditWorker(tx, s, 'my_data.consent_withdraw', objects, { consent }, now);
    return { consent, changed, message: withdrawnWords[consent][lang] };
  });
}

const dateIn = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/**
 * Deletion, carried out at once: check-ups under the code, who booked, contact details and links of requests
 * for help, contact details of cases (open ones close). What professional ethics asks to keep — the case
 * records — stays until its date, and the answer says which, until when and why.
 */
export async function deleteMyData(deps: MyDataDeps, s: Subject, lang: Lang, now: Date) {
  const { timeZone } = await deps.directory.byId(s.tenantId);
  const result = await deps.db.transaction(async (tx) => {
    const { alertIds, caseRows } = await subjectRows(tx, s);
    const caseIds = caseRows.map((c) => c.id);
    const alertsDone = await eraseAlertContacts(tx, alertIds, now, true);
    const erased = await eraseCaseContacts(tx, caseIds, now);
    const openIds = caseRows.filter((c) => c.status === 'open').map((c) => c.id);
    const until = retainUntil(now);
    const closed = await closeCases(tx, openIds, 'deletion_requested', now, until);
    const referrals = await withdrawReferrals(tx, caseIds);
    await insertCaseEvents(
      tx,
      caseIds.map((caseId) => ({ tenantId: s.tenantId, caseId, kind: 'deletion_requested', at: now })),
    );
    const booked = s.bookerId
      ? await forgetBooker(tx, s.tenantId, s.bookerId, s.phoneHash, now)
      : { cancelled: 0, appointments: 0 };
    let checkups = 0;
    let linked = { diaryEntries: 0, groups: 0 };
    if (s.identityId) {
      checkups = (await submissionIdsOf(tx, s.identityId)).length;
      linked = await linkedCounts({ db: tx, cipher: deps.cipher }, s.identityId);
      // The linked diary and groups go with the identity (on delete cascade).
      await deleteIdentity(tx, s.identityId);
    }
    const deleted = {
      checkups,
      linkedDiaryEntries: linked.diaryEntries,
      linkedGroups: linked.groups,
      appointmentsUnlinked: booked.appointments,
      appointmentsCancelled: booked.cancelled,
      requestContacts: alertsDone.erased,
      requestsClosed: alertsDone.closed,
      caseContacts: erased.length,
      casesClosed: closed.length,
      referralsWithdrawn: referrals.length,
    };
    await auditWorker(
      tx,
      s,
      'my_data.delete',
      [
        ...caseIds.map((id) => ({ type: 'case' as const, id })),
        ...alertIds.map((id) => ({ type: 'alert' as const, id })),
      ],
      deleted,
      now,
    );
    const retained = caseRows.map((c) => {
      const keep = openIds.includes(c.id) ? until : (c.retainUntil ?? until);
      return { caseNumber: c.number, retainUntil: keep.toISOString(), day: dateIn(keep, timeZone) };
    });
    return { deleted, retained };
  });
  return {
    deleted: result.deleted,
    retained: result.retained.map((r) => ({
      caseNumber: r.caseNumber,
      retainUntil: r.retainUntil,
      why: retainedWhy[lang],
    })),
    statement: statementOf(lang, result.deleted, result.retained, s.via),
  };
}

const retainedWhy: Record<Lang, string> = {
  'zh-CN': '中国心理学会《临床与咨询心理学工作伦理守则》要求专业记录在结案后至少保存3年',
  en: 'the Chinese Psychological Society’s ethics code asks that professional records be kept at least 3 years after closure',
};

function statementOf(
  lang: Lang,
  d: {
    checkups: number;
    linkedDiaryEntries: number;
    linkedGroups: number;
    appointmentsUnlinked: number;
    requestContacts: number;
    caseContacts: number;
  },
  retained: { caseNumber: string; day: string }[],
  via: Subject['via'],
): string {
  const list = retained.map((r) => `${r.caseNumber}（${r.day}）`).join('、');
  if (lang === 'zh-CN')
    return [
      `已删除：${d.checkups}次自测结果，${linkedZh(d)}${d.appointmentsUnlinked}个预约与您的关联，${d.requestContacts}条求助和${d.caseContacts}个个案中的联系方式。`,
      retained.length
        ? `保留：个案 ${list} 的专业记录保存至括号中的日期，期满自动删除；原因：${retainedWhy['zh-CN']}。这些记录中已不再有您的联系方式${via === 'retrieval_code' ? '，也不再与您的检索码关联' : ''}。`
        : '没有需要保留的个案记录。',
      '谁在何时查看或更改过您的记录（审计记录）另行保存至少180天。',
    ].join('');
  const listEn = retained.map((r) => `${r.caseNumber} (until ${r.day})`).join(', ');
  return [
    `Deleted: ${d.checkups} check-up results, ${linkedEn(d)}the link between you and ${d.appointmentsUnlinked} appointments, and the contact details in ${d.requestContacts} requests for help and ${d.caseContacts} cases. `,
    retained.length
      ? `Kept: the professional records of case ${listEn}, deleted automatically on that date, because ${retainedWhy.en}. They no longer hold your contact details${via === 'retrieval_code' ? ' and are no longer linked to your retrieval code' : ''}. `
      : 'No case records had to be kept. ',
    'Who read or changed your records and when (the audit trail) is kept separately for at least 180 days.',
  ].join('');
}

/** Said only when something was linked, so a worker who never linked is not told about a feature. */
const linkedZh = (d: { linkedDiaryEntries: number; linkedGroups: number }) =>
  (d.linkedDiaryEntries ? `服务器上的${d.linkedDiaryEntries}篇心情日记，` : '') +
  (d.linkedGroups ? `您保存的${d.linkedGroups}个身份标签，` : '');
const linkedEn = (d: { linkedDiaryEntries: number; linkedGroups: number }) =>
  (d.linkedDiaryEntries ? `the ${d.linkedDiaryEntries} mood diary days kept on the server, ` : '') +
  (d.linkedGroups ? `the ${d.linkedGroups} groups you linked, ` : '');
