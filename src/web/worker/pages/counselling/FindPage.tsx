import '../../styles/forms.css';
import '../../styles/counselling.css';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useOnline } from '../../app/use-online';
import { usePageTitle } from '../../app/use-page-title';
import { CalendarIcon, ForwardIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { fetchDistricts, fetchPoints } from '../../counselling/api';
import { locateIfAllowed, nearOf, usePlace } from '../../counselling/place';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from './CrisisReminder';
import { LoadState } from './LoadState';
import { PlacePanel } from './PlacePanel';
import { PointCard } from './PointCard';
import { useWords } from './words';

/**
 * /stations (找心理咨询): the federation's service points, nearest first when the worker shares where they
 * are (the server ranks them: within 15 minutes first, then by distance), each with its next free time;
 * the phone and video line apart, for those who cannot come in. My appointments are one tap away.
 */
function FindPage() {
  const { t } = useWords();
  usePageTitle(t('find.title'));
  const online = useOnline();
  const place = usePlace();
  const near = nearOf(place);
  useEffect(() => {
    void locateIfAllowed();
  }, []);
  const { state, reload } = useLoad(() => fetchPoints(near), [near?.lat, near?.lng]);
  const districts = useLoad(fetchDistricts, []).state;

  return (
    <>
      <PageHeader title={t('find.title')} />
      <div className="page counselling">
        <p className="lead">{t('find.intro')}</p>
        <Link to="/appointments" className="link-row mine-link">
          <CalendarIcon />
          <span className="link-row-text">
            <span>{t('find.mine')}</span>
            <span className="link-row-desc">{t('find.mineHint')}</span>
          </span>
          <ForwardIcon size="1.2em" />
        </Link>
        <PlacePanel place={place} districts={districts.status === 'ready' ? districts.data : []} />

        <LoadState state={state} reload={reload} loading={t('find.loading')}>
          {(points) => {
            const stations = points.filter((p) => p.kind !== 'remote');
            const remote = points.filter((p) => p.kind === 'remote');
            if (points.length === 0) return <p className="status-box">{t('find.empty')}</p>;
            return (
              <>
                {!online && <p className="note-box">{t('find.saved')}</p>}
                {stations.length > 0 && (
                  <section aria-labelledby="stations-heading">
                    <h2 id="stations-heading" className="section-title">
                      {t('find.stationsHeading')}
                    </h2>
                    <ul className="point-list">
                      {stations.map((p) => (
                        <PointCard key={p.id} point={p} />
                      ))}
                    </ul>
                  </section>
                )}
                {remote.length > 0 && (
                  <section aria-labelledby="remote-heading">
                    <h2 id="remote-heading" className="section-title">
                      {t('find.remoteHeading')}
                    </h2>
                    <ul className="point-list">
                      {remote.map((p) => (
                        <PointCard key={p.id} point={p} />
                      ))}
                    </ul>
                  </section>
                )}
              </>
            );
          }}
        </LoadState>
        <CrisisReminder />
      </div>
    </>
  );
}

export default withTexts(FindPage, counsellingTexts);
