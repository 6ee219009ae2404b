import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForwardIcon, PhoneIcon } from './icons';

/** The home screen's big "需要马上帮助？" button: the one place the app uses a strong red. */
export function CrisisEntry() {
  const { t } = useTranslation();
  return (
    <Link to="/help" className="crisis-entry">
      <span className="crisis-entry-icon">
        <PhoneIcon />
      </span>
      <span className="crisis-entry-text">
        <strong>{t('crisisEntry.title')}</strong>
        <span>{t('crisisEntry.body')}</span>
      </span>
      <ForwardIcon size="1.25em" />
    </Link>
  );
}
