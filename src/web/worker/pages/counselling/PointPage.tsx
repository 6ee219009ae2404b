import '../../styles/forms.css';
import '../../styles/counselling.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ConsultMode, ServicePointDetail } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PhoneIcon, PlaceIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { fetchPoint, fetchSlots } from '../../counselling/api';
import { weekdayRuns, zoneDiffers } from '../../counselling/format';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { waitlistTexts } from '../../counselling/waitlist-texts';
import { withTexts } from '../../i18n/lazy-texts';
import { CounsellorCard } from './CounsellorCard';
import { CrisisReminder } from './CrisisReminder';
import { LoadState } from './LoadState';
import { SlotList } from './SlotList';
import { phoneZone, telHref, useWords, zoneName } from './words';

/**
 * /stations/:id: one service point — where it is and how to call, its free times by day (filtered by the
 * way of talking), its counsellors, opening hours, rooms and access. A time leads to the booking page; a
 * full day, to the waiting list.
 */
function PointPage() {
  const { t } = useWords();
  const { id = '' } = useParams();
  usePageTitle(t('station.title'));
  const { state, reload } = useLoad(() => fetchPoint(id), [id]);
  return (
    <>
      <PageHeader title={t('station.title')} />
      <div className="page counselling">
        <LoadState
          state={state}
          reload={reload}
          loading={t('station.loading')}
          notFound={
            <div className="status-box" role="alert">
              <p>{t('station.notFound')}</p>
              <Link to="/stations" className="big-button secondary">
                {t('station.backToList')}
              </Link>
            </div>
          }
        >
          {(point) => <PointDetail point={point} />}
        </LoadState>
        <CrisisReminder />
      </div>
    </>
  );
}

function PointDetail({ point }: { point: ServicePointDetail }) {
  const { t, pick, list } = useWords();
  const name = pick(point.name, point.nameEn);
  const description = pick(point.description ?? '', point.descriptionEn);
  const access = pick(point.accessibility ?? '', point.accessibilityEn);
  const day = (d: number) => t(`weekdays.d${d}`);
  const hours = point.openingHours.map((h) => {
    const runs = weekdayRuns(h.weekdays).map(([from, to]) =>
      from === to
        ? day(from)
        : to === from + 1
          ? list([day(from), day(to)])
          : t('hours.run', { from: day(from), to: day(to) }),
    );
    return t('hours.line', { days: list(runs), opens: h.opens, closes: h.closes });
  });
  return (
    <>
      <header className="point-header">
        <h2 className="page-title">{name}</h2>
        <p className="point-tags">
          <span className="badge">{t(`kinds.${point.kind}`)}</span>
        </p>
        <p className="point-address">
          <PlaceIcon size="1.2em" />
          <span>{pick(point.address, point.addressEn)}</span>
        </p>
        {point.phone && (
          <a
            className="station-call"
            href={telHref(point.phone)}
            aria-label={t('point.callLabel', { name, number: point.phone })}
          >
            <PhoneIcon size="1.2em" />
            <span>{t('point.call', { number: point.phone })}</span>
          </a>
        )}
      </header>

      <Slots point={point} />

      {point.counsellors.length > 0 && (
        <section aria-labelledby="counsellors-heading">
          <h2 id="counsellors-heading" className="section-title">
            {t('station.counsellors')}
          </h2>
          <ul className="counsellor-list">
            {point.counsellors.map((c) => (
              <CounsellorCard key={c.id} counsellor={c} />
            ))}
          </ul>
        </section>
      )}
      {description && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="section-title">
            {t('station.about')}
          </h2>
          <p lang={description === point.description ? 'zh-CN' : undefined}>{description}</p>
        </section>
      )}
      {hours.length > 0 && (
        <section aria-labelledby="hours-heading">
          <h2 id="hours-heading" className="section-title">
            {t('station.hours')}
          </h2>
          <ul className="plain-lines">
            {hours.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </section>
      )}
      {point.rooms.length > 0 && (
        <section aria-labelledby="rooms-heading">
          <h2 id="rooms-heading" className="section-title">
            {t('station.rooms')}
          </h2>
          <p>{list(point.rooms.map((r) => pick(r.name, r.nameEn)))}</p>
        </section>
      )}
      {access && (
        <section aria-labelledby="access-heading">
          <h2 id="access-heading" className="section-title">
            {t('station.accessibility')}
          </h2>
          <p>{access}</p>
        </section>
      )}
    </>
  );
}

/** The free times, filtered by way of talking on the phone (one request for all four weeks). */
function Slots({ point }: { point: ServicePointDetail }) {
  const { t, lang } = useWords();
  const [mode, setMode] = useState<ConsultMode | 'all'>('all');
  const { state, reload } = useLoad(() => fetchSlots(point.id), [point.id]);
  const filters: (ConsultMode | 'all')[] = point.modes.length > 1 ? ['all', ...point.modes] : [];
  return (
    <section aria-labelledby="slots-heading" className="slots">
      <h2 id="slots-heading" className="section-title">
        {t('station.slotsHeading')}
      </h2>
      <p className="hint">{t('station.slotsHint')}</p>
      {zoneDiffers(point.timeZone, phoneZone()) && (
        <p className="note-box">{t('station.zoneNote', { zone: zoneName(point.timeZone, lang) })}</p>
      )}
      {filters.length > 0 && (
        <fieldset className="chip-field">
          <legend className="field-label">{t('station.filterLabel')}</legend>
          <div className="chips">
            {filters.map((m) => (
              <button
                key={m}
                type="button"
                className="chip"
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
              >
                {m === 'all' ? t('station.all') : t(`modes.${m}`)}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <LoadState state={state} reload={reload} loading={t('station.loading')}>
        {({ slots, timeZone }) => {
          const shown = mode === 'all' ? slots : slots.filter((s) => s.modes.includes(mode));
          if (shown.length === 0)
            return (
              <p className="status-box">
                {mode === 'all'
                  ? t('station.noSlots')
                  : t('station.noSlotsMode', { mode: t(`modes.${mode}`) })}
              </p>
            );
          return (
            <SlotList
              slots={shown}
              timeZone={timeZone}
              hrefOf={(slot) =>
                `/stations/${point.id}/book/${slot.id}${mode === 'all' ? '' : `?mode=${mode}`}`
              }
            />
          );
        }}
      </LoadState>
      <div className="waitlist-invite">
        <h3 className="field-label">{t('waitlist:invite.heading')}</h3>
        <p className="hint">{t('waitlist:invite.text')}</p>
        <Link to={`/stations/${point.id}/waitlist`} className="big-button secondary">
          {t('waitlist:invite.button')}
        </Link>
      </div>
    </section>
  );
}

export default withTexts(PointPage, counsellingTexts, waitlistTexts);
