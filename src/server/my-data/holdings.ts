import { recommendationKinds, type TaskKind } from '../../core/care/records';
import { CASE_RETENTION_YEARS } from '../../core/care/retention';
import { catalogue } from '../../core/instruments/catalogue';
import type { Lang } from '../../core/instruments/types';
import { bookingsOfBooker } from '../booking/repository';
import { historyOf } from '../checkup/repository';
import { placeOf, zoneOf } from '../events/presenters';
import { eventsWithPlace, registrationsOfBooker } from '../events/repository';
import { linkedHoldings } from '../linked-data/linked';
import { bandOf, percentageOf } from '../measures/presenters';
import { aad, unseal, unsealJson } from '../ops/sealed-columns';
import {
  alertsOfSubject,
  auditOfObjects,
  bookingIdsOf,
  caseEventsOf,
  casesOfSubject,
  measuresOfCases,
  namesOf,
  noteCounts,
  notesOfCases,
  profileNamesOf,
  referralsOfCases,
  submissionsOf,
  tasksOfCases,
} from './repository';
import type { MyDataDeps, Subject } from './subject';
import { retentionStatement } from './words';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/**
 * Everything Carnation holds about one person, from their own credential. `full` adds what is sealed (notes,
 * contact details, answers, timeline reasons) for the download; the overview shows what exists and counts.
 */
export async function gatherHoldings(deps: MyDataDeps, s: Subject, lang: Lang, full: boolean) {
  const { db, cipher } = deps;
  const bookingDetails = s.bookerId ? await bookingsOfBooker(db, s.bookerId) : [];
  const bookingIds = await bookingIdsOf(db, s.bookerId);
  const alertRows = await alertsOfSubject(db, s, bookingIds);
  const caseRows = await casesOfSubject(
    db,
    s,
    alertRows.map((a) => a.id),
    bookingIds,
  );
  const caseIds = caseRows.map((c) => c.id);
  const [counts, measures, tasks, refs, history] = await Promise.all([
    noteCounts(db, caseIds),
    measuresOfCases(db, caseIds),
    tasksOfCases(db, caseIds),
    referralsOfCases(db, caseIds),
    s.identityId ? historyOf(db, s.identityId) : Promise.resolve([]),
  ]);
  const counsellorIds = caseRows.map((c) => c.counsellorId);
  const [names, profiles] = await Promise.all([
    namesOf(db, counsellorIds),
    profileNamesOf(db, counsellorIds),
  ]);
  const counsellorName = (id: string) =>
    profiles.get(id)?.[lang === 'en' ? 'en' : 'zh'] ?? names.get(id) ?? '';
  const withdrawals = await withdrawalTimes(deps, s.tenantId, [
    ...caseIds,
    ...alertRows.map((a) => a.id),
    ...bookingIds,
  ]);

  const sealedAnswers = new Map(
    (full ? await submissionsOf(db, s.identityId) : []).map((r) => [r.id, r.answersSealed]),
  );
  const checkups = history.map((e) => ({
    id: e.id,
    checkup: e.checkupId,
    createdAt: e.createdAt.toISOString(),
    results: e.results.map((r) => ({
      instrument: r.instrumentId,
      name: catalogue.get(r.instrumentId)?.name[lang] ?? r.instrumentId,
      score: r.score,
      percentage: r.transformed,
      band: bandOf(r.instrumentId, r.bandCode, r.bandLevel, lang),
    })),
    ...(full && sealedAnswers.has(e.id)
      ? {
          answers: unsealJson<unknown>(
            cipher,
            sealedAnswers.get(e.id) as string,
            aad.submissionAnswers(e.id),
          ),
        }
      : {}),
  }));

  const appointments = bookingDetails.map((d) => ({
    id: d.booking.id,
    startsAt: d.slot.startsAt.toISOString(),
    endsAt: d.slot.endsAt.toISOString(),
    servicePoint: lang === 'en' ? d.point.nameEn : d.point.name,
    counsellor: (lang === 'en' ? d.profile?.publicNameEn : d.profile?.publicName) ?? d.counsellorName,
    mode: d.booking.mode,
    topic: d.booking.topic,
    status: d.booking.status,
    bookedAt: d.booking.createdAt.toISOString(),
    sharesResults: d.booking.sharedIdentityId !== null,
  }));

  const eventRegistrations = s.bookerId ? await eventRegistrationsOf(deps, s.bookerId, lang) : [];

  const requests = alertRows.map((a) => ({
    id: a.id,
    source: a.source,
    createdAt: a.createdAt.toISOString(),
    status: a.status,
    closedAt: iso(a.closedAt),
    closedReason: a.closedReason,
    contactHeld: a.contactSealed !== null,
    sharesResults: a.submissionId !== null,
    caseNumber: caseRows.find((c) => c.id === a.caseId)?.number ?? null,
    ...(full
      ? {
          contact: a.contactSealed
            ? unsealJson<unknown>(cipher, a.contactSealed, aad.alertContact(a.id))
            : null,
        }
      : {}),
  }));

  const notes = full ? await notesOfCases(db, caseIds) : [];
  const events = full ? await caseEventsOf(db, caseIds) : [];
  const cases = caseRows.map((c) => ({
    id: c.id,
    number: c.number,
    status: c.status,
    openedAt: c.openedAt.toISOString(),
    closedAt: iso(c.closedAt),
    closureReason: c.closureReason,
    counsellor: counsellorName(c.counsellorId),
    notesCount: counts.get(c.id) ?? 0,
    contactHeld: c.contactSealed !== null,
    contactWithdrawnAt: iso(c.contactErasedAt),
    retainUntil: iso(c.retainUntil),
    measures: measures
      .filter((m) => m.caseId === c.id)
      .map((m) => ({
        instrument: m.instrumentId,
        name: catalogue.get(m.instrumentId)?.name[lang] ?? m.instrumentId,
        at: iso(m.completedAt),
        score: m.score,
        percentage: percentageOf(m.instrumentId, m.score),
        band: bandOf(m.instrumentId, m.bandCode, m.bandLevel, lang),
        ...(full && m.answersSealed
          ? { answers: unsealJson<number[]>(cipher, m.answersSealed, aad.measureAnswers(m.id)) }
          : {}),
      })),
    recommendations: tasks
      .filter((t) => t.caseId === c.id && recommendationKinds.has(t.kind as TaskKind))
      .map((t) => ({
        kind: t.kind,
        title: unsealJson<{ title?: string }>(cipher, t.detailSealed, aad.taskDetail(t.id)).title ?? '',
        dueAt: t.dueAt.toISOString(),
        status: t.status,
        followed: t.followed,
      })),
    referrals: refs
      .filter((r) => r.referral.caseId === c.id)
      .map(({ referral: r, institution, institutionEn }) => ({
        institution: lang === 'en' ? (institutionEn ?? institution) : institution,
        items: r.consentItems,
        status: r.status,
        sentAt: r.sentAt.toISOString(),
        ...(full
          ? {
              shared: r.sharedSealed
                ? unsealJson<unknown>(cipher, r.sharedSealed, aad.referralShared(r.id))
                : null,
              response: r.responseSealed
                ? unsealJson<unknown>(cipher, r.responseSealed, aad.referralResponse(r.id))
                : null,
            }
          : {}),
      })),
    ...(full
      ? {
          contact: c.contactSealed
            ? unsealJson<unknown>(cipher, c.contactSealed, aad.caseContact(c.id))
            : null,
          notes: notes
            .filter((n) => n.caseId === c.id)
            .map((n) => ({
              kind: n.kind,
              happenedAt: n.happenedAt.toISOString(),
              body: unsealJson<unknown>(cipher, n.bodySealed, aad.noteBody(n.id)),
            })),
          tasks: tasks
            .filter((t) => t.caseId === c.id)
            .map((t) => ({
              kind: t.kind,
              dueAt: t.dueAt.toISOString(),
              status: t.status,
              detail: unsealJson<unknown>(cipher, t.detailSealed, aad.taskDetail(t.id)),
              outcome: t.outcomeSealed
                ? unsealJson<unknown>(cipher, t.outcomeSealed, aad.taskOutcome(t.id))
                : null,
              followed: t.followed,
            })),
          timeline: events
            .filter((e) => e.caseId === c.id)
            .map((e) => ({
              kind: e.kind,
              at: e.at.toISOString(),
              detail: e.detailSealed ? unseal(cipher, e.detailSealed, aad.caseEventDetail(e.id)) : null,
            })),
        }
      : {}),
  }));

  const consents = [
    ...alertRows.map((a) => ({
      kind: 'contact' as const,
      version: a.consentVersion,
      givenAt: a.consentedAt.toISOString(),
      withdrawnAt: iso(a.contactErasedAt) ?? withdrawals.get(`${a.id}|contact`) ?? null,
    })),
    ...caseRows
      .filter((c) => c.contactConsentVersion)
      .map((c) => ({
        kind: 'contact' as const,
        version: c.contactConsentVersion as string,
        givenAt: c.openedAt.toISOString(),
        withdrawnAt: iso(c.contactErasedAt),
      })),
    ...bookingDetails
      .filter((d) => d.booking.consentVersion)
      .map((d) => ({
        kind: 'booking' as const,
        version: d.booking.consentVersion as string,
        givenAt: d.booking.createdAt.toISOString(),
        withdrawnAt: null,
      })),
    ...sharing(alertRows, bookingDetails, withdrawals),
    ...refs.map(({ referral: r }) => ({
      kind: 'referrals' as const,
      version: r.consentVersion,
      givenAt: r.sentAt.toISOString(),
      withdrawnAt: r.status === 'withdrawn' ? (withdrawals.get(`${r.caseId}|referrals`) ?? null) : null,
    })),
  ];

  // What the worker chose to link to their retrieval code from the phone (diary, groups); none by phone.
  const linked = s.identityId
    ? await linkedHoldings(deps, s.identityId, full)
    : { diary: null, groups: null };

  return {
    federation: s.slug,
    identifiedBy: s.via,
    checkups,
    linked,
    appointments,
    eventRegistrations,
    requests,
    cases,
    consents,
    retention: { caseYears: CASE_RETENTION_YEARS, statement: retentionStatement[lang] },
  };
}

export type Holdings = Awaited<ReturnType<typeof gatherHoldings>>;

/** The group events the worker signed up for with this phone or code (an officer's lists are not theirs). */
async function eventRegistrationsOf(deps: MyDataDeps, bookerId: string, lang: Lang) {
  const rows = await registrationsOfBooker(deps.db, bookerId);
  const events = new Map(
    (await eventsWithPlace(deps.db, [...new Set(rows.map((r) => r.eventId))])).map((e) => [e.event.id, e]),
  );
  return rows.flatMap((r) => {
    const e = events.get(r.eventId);
    if (!e) return [];
    return [
      {
        id: r.id,
        title: lang === 'en' ? e.event.titleEn : e.event.title,
        startsAt: e.event.startsAt.toISOString(),
        endsAt: e.event.endsAt.toISOString(),
        timeZone: zoneOf(e),
        place: placeOf(e, lang).name,
        eventCancelled: e.event.status === 'cancelled',
        status: r.status as 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'expired',
        registeredAt: r.createdAt.toISOString(),
        cancelledAt: iso(r.cancelledAt),
        checkedIn: r.checkedInAt !== null,
        checkedInAt: iso(r.checkedInAt),
      },
    ];
  });
}

type AlertLike = { id: string; submissionId: string | null; createdAt: Date };
type BookingLike = { booking: { id: string; sharedIdentityId: string | null; createdAt: Date } };

/** Results shared with a request or a booking: held now, or withdrawn (known from the withdrawal's audit). */
function sharing(alertRows: AlertLike[], bookings: BookingLike[], withdrawals: Map<string, string>) {
  const out: { kind: 'results_sharing'; version: string; givenAt: string; withdrawnAt: string | null }[] = [];
  for (const a of alertRows) {
    const withdrawnAt = withdrawals.get(`${a.id}|results_sharing`) ?? null;
    if (a.submissionId || withdrawnAt)
      out.push({
        kind: 'results_sharing',
        version: 'contact',
        givenAt: a.createdAt.toISOString(),
        withdrawnAt,
      });
  }
  for (const { booking: b } of bookings) {
    const withdrawnAt = withdrawals.get(`${b.id}|results_sharing`) ?? null;
    if (b.sharedIdentityId || withdrawnAt)
      out.push({
        kind: 'results_sharing',
        version: 'booking',
        givenAt: b.createdAt.toISOString(),
        withdrawnAt,
      });
  }
  return out;
}

/** When each consent was withdrawn, per object: "<objectId>|<consent>" → time. */
async function withdrawalTimes(deps: MyDataDeps, tenantId: string, ids: string[]) {
  const events = await auditOfObjects(deps.db, tenantId, ids);
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.action !== 'my_data.consent_withdraw' || !e.objectId) continue;
    const consent = (e.details as { consent?: string }).consent;
    const key = `${e.objectId}|${consent}`;
    if (!out.has(key)) out.set(key, e.at.toISOString());
  }
  return out;
}
