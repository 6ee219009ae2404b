import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionNeed } from '../lib/access';
import { errorText, isForbidden, isNetwork } from '../lib/errors';
import { Denied } from './Denied';

/** What a page shows when its data could not be loaded: denied, offline (with retry), or another error. */
export function LoadError({
  error,
  retry,
  action,
}: {
  error: unknown;
  retry: () => void;
  action?: ActionNeed;
}) {
  const { t } = useTranslation();
  if (isForbidden(error)) return <Denied action={action} />;
  const network = isNetwork(error);
  return (
    <Result
      status={network ? 'warning' : 'error'}
      title={t(network ? 'errorPage.networkTitle' : 'errorPage.title')}
      subTitle={errorText(t, error)}
      extra={
        <Button type="primary" onClick={retry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
