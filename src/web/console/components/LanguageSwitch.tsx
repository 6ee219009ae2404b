import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';

/** 中文 / English, remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={value}
      onChange={(lang) => void switchLanguage(lang)}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
