import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { ForwardIcon, PhoneIcon, PlaceIcon } from '../components/icons';
import { PageHeader } from '../components/PageHeader';

export type SoonService = 'events';

/**
 * A service that is not open yet: say what it will be, kindly, and point to what works today (crisis help,
 * the heart stations). No placeholder data.
 */
export function ComingSoon({ service }: { service: SoonService }) {
  const { t } = useTranslation();
  const title = t(`soon.pages.${service}.title`);
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <div className="page">
        <p className="badge badge-large">{t('soon.badge')}</p>
        <p className="lead">{t(`soon.pages.${service}.desc`)}</p>
        <p>{t('soon.body')}</p>

        <h2 className="section-title">{t('soon.nowHeading')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/help" className="link-row">
              <PhoneIcon />
              <span>{t('soon.nowHelp')}</span>
              <ForwardIcon size="1.2em" />
            </Link>
          </li>
          <li>
            <Link to="/stations" className="link-row">
              <PlaceIcon />
              <span>{t('soon.nowStations')}</span>
              <ForwardIcon size="1.2em" />
            </Link>
          </li>
        </ul>
      </div>
    </>
  );
}
