import { useTranslation } from 'react-i18next';
import type { ReportRecord } from '../../checkup/report-store';

/**
 * Whether the server has this check-up, said plainly: saved; saving; kept on the phone until online (with a
 * retry); or refused, with the phone's own results for the worker alone.
 */
export function SaveStatus({
  report,
  sending,
  online,
  onRetry,
}: {
  report: ReportRecord;
  sending: boolean;
  online: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation('report');
  if (report.response)
    return (
      <div className="save-status saved no-print" role="status">
        <p>{t('status.saved')}</p>
        {report.codeDropped && <p>{t('status.codeDropped')}</p>}
      </div>
    );
  if (report.failed)
    return (
      <p className="save-status failed no-print" role="alert">
        {t('status.failed', { code: report.failed })}
      </p>
    );
  return (
    <div className="save-status waiting no-print" role="status">
      <p className="save-status-main">
        {sending ? t('status.saving') : online ? t('status.waiting') : t('status.offline')}
      </p>
      <p>{t('status.notSaved')}</p>
      <button type="button" className="big-button secondary" onClick={onRetry} disabled={sending}>
        {t('status.retry')}
      </button>
    </div>
  );
}
