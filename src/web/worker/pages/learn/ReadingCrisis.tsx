import { Link } from 'react-router';
import { PhoneIcon } from '../../components/icons';
import { useLearnWords } from '../../learn/words';

/** At the foot of every library page: reading can stir things up, and help is one tap away, also offline. */
export function ReadingCrisis() {
  const { t } = useLearnWords();
  return (
    <div className="reading-crisis">
      <p>{t('reader.crisis')}</p>
      <Link className="link-row" to="/help">
        <PhoneIcon />
        <span>{t('reader.crisisLink')}</span>
      </Link>
    </div>
  );
}
