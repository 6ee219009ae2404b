import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

/**
 * When a page fails to load (a lazy chunk on a dropped connection, or one removed by a deploy), say so kindly,
 * offer a reload, and keep crisis help in reach: the tabs stay because this sits inside the layout. A plain
 * button, so the app's first script carries none of antd-mobile's Button.
 */
export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('error.title'));
  return (
    <section className="page page-center">
      <h1 className="page-title">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="big-button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
      <Link className="link-row" to="/help">
        {t('soon.nowHelp')}
      </Link>
    </section>
  );
}
