import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { PageHeader } from '../components/PageHeader';

export default function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <div className="page">
        <p className="lead">{t('notFound.body')}</p>
        <Link to="/" className="link-row">
          {t('notFound.home')}
        </Link>
      </div>
    </>
  );
}
