import { Link } from 'react-router';
import { PhoneIcon } from '../../components/icons';
import { useEventWords } from './words';

/** At the foot of every events page: no need to wait for an event when it is urgent. */
export function EventsCrisis() {
  const { t } = useEventWords();
  return (
    <div className="crisis-reminder">
      <p>{t('list.crisisReminder')}</p>
      <Link className="link-row" to="/help">
        <PhoneIcon />
        <span>{t('list.crisisLink')}</span>
      </Link>
    </div>
  );
}
