import type { ReactNode } from 'react';
import { audienceGroups } from '../../../../core/content/audiences';
import type { MyData } from '../../my-data/types';
import { holdsAnything, holdsLinked } from '../../my-data/view';
import { CaseCard } from './CaseCard';
import { useMyWords } from './words';

/** One kind of record: its heading with how many there are, and one card each. */
export function Group({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <div className="held-group">
      <h3 className="held-title">
        {title} <span className="held-count">{count}</span>
      </h3>
      <ul className="held-list">{children}</ul>
    </div>
  );
}

const groupNames = (ids: readonly string[], en: boolean) =>
  ids
    .map((id) => audienceGroups.find((g) => g.id === id))
    .map((g) => (g ? (en ? g.en : g.zh) : ''))
    .filter(Boolean)
    .join(en ? ', ' : '、') || '—';

/**
 * 我们保存了你的什么: everything the server holds about the worker, in plain words — check-ups, appointments,
 * requests for help, cases, consents — and how long each is kept, in the server's own statement.
 */
export function HeldSection({ data }: { data: MyData }) {
  const { t, date, when, known, lang } = useMyWords();
  const en = lang === 'en';
  return (
    <section id="my-data-held" className="my-data-section" aria-labelledby="my-data-held-heading">
      <h2 id="my-data-held-heading" className="section-title" tabIndex={-1}>
        {t('held.heading')}
      </h2>
      <p className="hint">{data.identifiedBy === 'phone' ? t('held.byPhone') : t('held.byCode')}</p>
      {!holdsAnything(data) && <p className="status-box">{t('held.nothing')}</p>}

      {data.checkups.length > 0 && (
        <Group title={t('held.checkups')} count={data.checkups.length}>
          {data.checkups.map((c) => (
            <li key={c.id} className="held-item">
              <p className="held-item-title">{t('held.checkupOn', { date: date(c.createdAt) })}</p>
              <ul className="held-lines">
                {c.results.map((r) => (
                  <li key={r.instrument}>
                    {r.band
                      ? t('held.result', { name: r.name, score: r.score, band: r.band.label })
                      : t('held.resultPlain', { name: r.name, score: r.score })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li className="hint held-note">{t('held.notDiagnosis')}</li>
        </Group>
      )}

      {holdsLinked(data) && (
        <Group title={t('held.linked')} count={(data.linked.diary ? 1 : 0) + (data.linked.groups ? 1 : 0)}>
          {data.linked.diary && (
            <li className="held-item">
              <p>
                {t('held.linkedDiary', {
                  count: data.linked.diary.entryCount,
                  date: date(data.linked.diary.updatedAt),
                })}
              </p>
            </li>
          )}
          {data.linked.groups && (
            <li className="held-item">
              <p>{t('held.linkedGroups', { groups: groupNames(data.linked.groups.groups, en) })}</p>
            </li>
          )}
          <li className="hint held-note">{t('held.linkedNote')}</li>
        </Group>
      )}

      {data.appointments.length > 0 && (
        <Group title={t('held.appointments')} count={data.appointments.length}>
          {data.appointments.map((a) => (
            <li key={a.id} className="held-item">
              <p className="held-item-title">
                {when(a.startsAt)} · {a.servicePoint}
              </p>
              <p>
                {t('held.appointmentWith', {
                  name: a.counsellor,
                  mode: known('counselling:modes', a.mode),
                  topic: known('counselling:topics', a.topic),
                })}
              </p>
              <p className="badge">{known('counselling:mine.status', a.status)}</p>
              {a.sharesResults && <p className="hint">{t('held.appointmentShares')}</p>}
            </li>
          ))}
        </Group>
      )}

      {data.eventRegistrations.length > 0 && (
        <Group title={t('held.events')} count={data.eventRegistrations.length}>
          {data.eventRegistrations.map((r) => (
            <li key={r.id} className="held-item">
              <p className="held-item-title">{r.title}</p>
              <p>{t('held.eventAt', { when: when(r.startsAt), place: r.place })}</p>
              <p className="badge">
                {known('held.eventStatus', r.status)}
                {r.checkedIn && ` · ${t('held.checkedIn')}`}
              </p>
              {r.eventCancelled && <p className="hint">{t('held.eventCancelled')}</p>}
            </li>
          ))}
          <li className="hint held-note">{t('held.eventsNote')}</li>
        </Group>
      )}

      {data.requests.length > 0 && (
        <Group title={t('held.requests')} count={data.requests.length}>
          {data.requests.map((r) => (
            <li key={r.id} className="held-item">
              <p className="held-item-title">
                {t('held.requestOn', { date: date(r.createdAt), source: known('sources', r.source) })}
              </p>
              <p className="badge">
                {r.closedReason
                  ? t('held.statusWhy', {
                      status: known('requestStatus', r.status),
                      why: known('requestClosed', r.closedReason),
                    })
                  : known('requestStatus', r.status)}
              </p>
              <p>{r.contactHeld ? t('held.contactHeld') : t('held.caseNoContact')}</p>
              {r.sharesResults && <p>{t('held.sharesResults')}</p>}
              {r.caseNumber && <p>{t('held.becameCase', { number: r.caseNumber })}</p>}
            </li>
          ))}
        </Group>
      )}

      {data.cases.length > 0 && (
        <Group title={t('held.cases')} count={data.cases.length}>
          {data.cases.map((c) => (
            <CaseCard key={c.id} kase={c} years={data.retention.caseYears} />
          ))}
        </Group>
      )}

      {data.consents.length > 0 && (
        <Group title={t('held.consents')} count={data.consents.length}>
          {data.consents.map((c, i) => (
            // Consents have no id of their own; their order is the server's and stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={i} className="held-item">
              <p className="held-item-title">{known('consentKinds', c.kind)}</p>
              <p>
                {t('held.consentGiven', { date: date(c.givenAt) })}
                {c.withdrawnAt && ` · ${t('held.consentWithdrawn', { date: date(c.withdrawnAt) })}`}
              </p>
            </li>
          ))}
        </Group>
      )}

      <div className="held-group">
        <h3 className="held-title">{t('held.retention')}</h3>
        <p>{data.retention.statement}</p>
      </div>
    </section>
  );
}
