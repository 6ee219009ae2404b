import type { MyData } from '../../my-data/types';
import { useMyWords } from './words';

type Case = MyData['cases'][number];

/**
 * One case as the worker may see it: its number, state and counsellor, that notes exist (not their words),
 * questionnaire scores, what was suggested, referrals and what they passed on, and how long it is kept.
 */
export function CaseCard({ kase: c, years }: { kase: Case; years: number }) {
  const { t, date, known } = useMyWords();
  const list = (items: string[]) => items.join(t('counselling:list'));
  return (
    <li className="held-item case-card">
      <p className="held-item-title">{t('held.caseTitle', { number: c.number })}</p>
      <p className="badge">{known('caseStatus', c.status)}</p>
      <p>
        {t('held.opened', { date: date(c.openedAt) })}
        {c.closedAt &&
          ` · ${t('held.closedOn', { date: date(c.closedAt), reason: known('closure', c.closureReason) })}`}
      </p>
      {c.counsellor && <p>{t('held.counsellor', { name: c.counsellor })}</p>}
      <p>{c.notesCount > 0 ? t('held.notes', { count: c.notesCount }) : t('held.noNotes')}</p>
      <p>
        {c.contactHeld
          ? t('held.caseContactHeld')
          : c.contactWithdrawnAt
            ? t('held.caseContactGone', { date: date(c.contactWithdrawnAt) })
            : t('held.caseNoContact')}
      </p>

      {c.measures.length > 0 && (
        <>
          <h4 className="held-sub">{t('held.measures')}</h4>
          <ul className="held-lines">
            {c.measures.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's order, with no id in this view.
              <li key={i}>
                {m.at === null || m.score === null
                  ? t('held.measureWaiting', { name: m.name })
                  : t('held.measure', {
                      name: m.name,
                      date: date(m.at),
                      score: m.score,
                      band: m.band?.label ?? '',
                    })}
              </li>
            ))}
          </ul>
        </>
      )}

      {c.recommendations.length > 0 && (
        <>
          <h4 className="held-sub">{t('held.recommendations')}</h4>
          <ul className="held-lines">
            {c.recommendations.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's order, with no id in this view.
              <li key={i}>
                {t('held.recommendation', { title: r.title, kind: known('taskKinds', r.kind) })}
                <br />
                <span className="held-state">
                  {t('held.recommendationDue', { date: date(r.dueAt), state: known('taskStatus', r.status) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {c.referrals.length > 0 && (
        <>
          <h4 className="held-sub">{t('held.referrals')}</h4>
          <ul className="held-lines">
            {c.referrals.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's order, with no id in this view.
              <li key={i}>
                {t('held.referral', { date: date(r.sentAt), institution: r.institution })}
                <br />
                {t('held.referralItems', { items: list(r.items.map((x) => known('referralItems', x))) })}
                <br />
                <span className="held-state">
                  {t('held.referralState', { state: known('referralStatus', r.status) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      <p className="hint">
        {c.retainUntil
          ? t('held.keptUntil', { date: date(c.retainUntil) })
          : t('held.keptWhileOpen', { years })}
      </p>
    </li>
  );
}
