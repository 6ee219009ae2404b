import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/call';
import type { AlertSummary } from '../../lib/types';
import { useLoad } from '../../lib/use-load';

/**
 * For counsellors and supervisors: how many requests for help nobody has taken yet, crises named apart. Counts
 * only, so opening the home page reads no contact details.
 */
export function NewRequestsBanner() {
  const { t } = useTranslation();
  const fresh = useLoad(() => call<AlertSummary>('GET', '/api/v1/alerts/summary'), 'new-alerts');
  if (!fresh.data) return null;
  const { new: total, crisis } = fresh.data;
  const link = <Link to="/alerts">{t('home.openRequests')}</Link>;
  if (!total)
    return <Alert type="success" showIcon title={t('home.noRequests')} style={{ marginBottom: 16 }} />;
  return (
    <Alert
      type={crisis ? 'error' : 'warning'}
      showIcon
      data-testid="new-requests"
      title={t('home.newRequests', { count: total })}
      description={crisis ? t('home.newCrisis', { count: crisis }) : undefined}
      action={link}
      style={{ marginBottom: 16 }}
    />
  );
}
