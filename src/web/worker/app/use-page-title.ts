import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab and task-switcher title in the chosen language: "页面 · 康乃馨职工心理服务", or the app name alone. */
export function usePageTitle(page?: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = page ? `${page} · ${suffix}` : suffix;
  }, [page, suffix]);
}
