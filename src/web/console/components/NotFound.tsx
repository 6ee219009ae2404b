import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeButton } from './HomeButton';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errorPage.notFound')}
      subTitle={t('errorPage.notFoundHint')}
      extra={<HomeButton />}
    />
  );
}
