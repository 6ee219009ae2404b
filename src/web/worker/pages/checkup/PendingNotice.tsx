import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReport } from '../../checkup/use-stored';

/**
 * A report the worker left before it reached the server: say it is still on the phone (or has now been
 * saved) and lead back to it, where the retrieval code of a first check-up waits to be written down.
 */
export function PendingNotice() {
  const { t } = useTranslation('checkup');
  const report = useReport();
  if (!report?.left) return null;
  return (
    <div className="note-box pending-notice">
      <p>{report.response ? t('start.pendingReady') : t('start.pendingWaiting')}</p>
      <Link to="/checkup/result" className="link-row">
        {t('start.pendingView')}
      </Link>
    </div>
  );
}
