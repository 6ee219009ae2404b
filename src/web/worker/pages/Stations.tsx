import '../styles/stations.css';
import { Button, ConfigProvider, DotLoading } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnline } from '../app/use-online';
import { usePageTitle } from '../app/use-page-title';
import { PhoneIcon, PlaceIcon } from '../components/icons';
import { PageHeader } from '../components/PageHeader';
import { type ServicePoint, useServicePoints } from './use-service-points';

/** The federation's heart stations (心灵驿站): where they are and a number to call. Booking comes later. */
export default function Stations() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('stations.title'));
  const { state, reload } = useServicePoints();
  const online = useOnline();

  // antd-mobile's own words follow the chosen language (its provider lives here, not in the first script).
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <PageHeader title={t('stations.title')} />
      <div className="page">
        <p className="lead">{t('stations.intro')}</p>
        <p className="note-box">{t('stations.bookingSoon')}</p>

        {state.status === 'loading' && (
          <p className="status-line" role="status">
            <DotLoading color="primary" /> {t('stations.loading')}
          </p>
        )}

        {state.status === 'error' && (
          <div className="status-box" role="alert">
            <p>{state.offline ? t('stations.offline') : t('stations.error')}</p>
            <Button color="primary" fill="outline" size="large" block onClick={reload}>
              {t('stations.retry')}
            </Button>
          </div>
        )}

        {state.status === 'ready' && (
          <>
            {!online && <p className="note-box">{t('stations.saved')}</p>}
            {state.points.length === 0 ? (
              <p className="status-box">{t('stations.empty')}</p>
            ) : (
              <ul className="station-list">
                {state.points.map((point) => (
                  <StationCard key={point.id} point={point} />
                ))}
              </ul>
            )}
          </>
        )}

        <div className="crisis-reminder">
          <p>{t('stations.crisisReminder')}</p>
          <Link className="link-row" to="/help">
            <PhoneIcon />
            <span>{t('soon.nowHelp')}</span>
          </Link>
        </div>
      </div>
    </ConfigProvider>
  );
}

function StationCard({ point }: { point: ServicePoint }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const name = english ? point.nameEn : point.name;
  const address = english ? (point.addressEn ?? point.address) : point.address;
  return (
    <li className="station-card">
      <h2 className="station-name">{name}</h2>
      <p className="station-kind">{t(`stations.kinds.${point.kind}`)}</p>
      <p className="station-address">
        <PlaceIcon size="1.2em" />
        <span>
          <span className="visually-hidden">{t('stations.address')}: </span>
          {address}
        </span>
      </p>
      {english && point.descriptionEn ? (
        <p className="station-desc">{point.descriptionEn}</p>
      ) : (
        point.description && (
          // A station described only in Chinese: in English say so rather than hide it.
          <p className="station-desc">
            {english && <span className="station-desc-label">{t('stations.about')}: </span>}
            <span lang="zh-CN">{point.description}</span>
          </p>
        )
      )}
      {point.phone && (
        <a
          className="station-call"
          href={`tel:${point.phone.replace(/[^\d+]/g, '')}`}
          aria-label={t('stations.callLabel', { name, number: point.phone })}
        >
          <PhoneIcon size="1.2em" />
          <span>
            {t('stations.phone')} {point.phone}
          </span>
        </a>
      )}
    </li>
  );
}
