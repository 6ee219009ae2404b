import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { router } from './routes';
import { theme } from './theme';

export function App() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}
