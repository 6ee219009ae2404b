import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackIcon, PhoneIcon } from './icons';

/**
 * The top of every inner page: back, the page's heading, and a small crisis-help link (left out on the
 * crisis page itself).
 */
export function PageHeader({ title, crisisLink = true }: { title: string; crisisLink?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Back within the app when there is somewhere to go back to; a page opened from a link goes home.
  const back = () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) void navigate(-1);
    else void navigate('/');
  };
  return (
    <header className="page-header">
      <button type="button" className="icon-button" onClick={back} aria-label={t('app.back')}>
        <BackIcon />
      </button>
      <h1 className="page-header-title">{title}</h1>
      {crisisLink ? (
        <Link to="/help" className="crisis-pill">
          <PhoneIcon size="1.1em" />
          <span>{t('crisisEntry.short')}</span>
        </Link>
      ) : (
        <span className="page-header-spacer" />
      )}
    </header>
  );
}
