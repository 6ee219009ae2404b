import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon, PhoneIcon } from '../../components/icons';

/**
 * The check-up's header: back one step (not out of the check-up), its name, and crisis help one tap away.
 * Like PageHeader, but the back button belongs to the questions.
 */
export function FlowHeader({
  title,
  onBack,
  backLabel,
}: {
  title: string;
  onBack: () => void;
  backLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <button type="button" className="icon-button" onClick={onBack} aria-label={backLabel}>
        <BackIcon />
      </button>
      <h1 className="page-header-title">{title}</h1>
      <Link to="/help" className="crisis-pill">
        <PhoneIcon size="1.1em" />
        <span>{t('crisisEntry.short')}</span>
      </Link>
    </header>
  );
}
