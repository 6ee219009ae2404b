import { Link } from 'react-router';
import { PhoneIcon } from '../../components/icons';
import { useWords } from './words';

/** At the foot of every counselling page: no need to wait for an appointment when it is urgent. */
export function CrisisReminder({ text }: { text?: string }) {
  const { t } = useWords();
  return (
    <div className="crisis-reminder">
      <p>{text ?? t('find.crisisReminder')}</p>
      <Link className="link-row" to="/help">
        <PhoneIcon />
        <span>{t('find.crisisLink')}</span>
      </Link>
    </div>
  );
}
