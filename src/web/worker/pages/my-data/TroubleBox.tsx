import type { Trouble } from '../../my-data/view';
import { useMyWords } from './words';

/** Something did not work: what happened in plain words, and "try again" when trying again can help. */
export function TroubleBox({ trouble, onRetry }: { trouble: Trouble; onRetry?: () => void }) {
  const { t } = useMyWords();
  return (
    <div className="status-box" role="alert">
      <p>{t(`trouble.${trouble}`)}</p>
      {onRetry && trouble !== 'proof' && (
        <button type="button" className="big-button secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
