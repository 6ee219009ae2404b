import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin description={t('app.loading')} />
    </div>
  );
}
