import '../styles/settings.css';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../shared/i18n';
import type { Language } from '../../shared/preferences';
import { setLargeText, useLargeText } from '../app/large-text';
import { usePageTitle } from '../app/use-page-title';
import { PageHeader } from '../components/PageHeader';
import { addEnglish } from '../i18n';
import { en } from '../i18n/en';

const languages: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/**
 * English texts come with this page (not in the app's first script), so choosing English switches at once,
 * as choosing Chinese does.
 */
const choose = (lang: Language) => {
  if (lang === 'en') addEnglish(en);
  void switchLanguage(lang);
};

/** Language and large text: kept on this phone only, and applied across the app at once. */
export default function Settings() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('settings.title'));
  const largeText = useLargeText();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <div className="page settings">
        {/* Native radio buttons (antd-mobile's Radio hides its input from screen readers and keyboards). */}
        <fieldset className="settings-group">
          <legend>
            <h2 className="section-title">{t('settings.language')}</h2>
          </legend>
          <p className="hint">{t('settings.languageHint')}</p>
          <div className="choice-list">
            {languages.map(({ value, label }) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="language"
                  value={value}
                  checked={language === value}
                  onChange={() => choose(value)}
                />
                <span className="choice-mark" aria-hidden="true" />
                {/* Each language is named in itself, so a person who cannot read the other one finds theirs. */}
                <span lang={value}>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <section className="settings-group" aria-labelledby="settings-large-text">
          <div className="switch-row">
            <div>
              <h2 id="settings-large-text" className="section-title">
                {t('settings.largeText')}
              </h2>
              <p className="hint" id="settings-large-text-hint">
                {t('settings.largeTextHint')}
              </p>
            </div>
            <button
              type="button"
              role="switch"
              aria-checked={largeText}
              aria-labelledby="settings-large-text"
              aria-describedby="settings-large-text-hint"
              className="switch"
              onClick={() => setLargeText(!largeText)}
            >
              <span className="switch-track" aria-hidden="true">
                <span className="switch-thumb" />
              </span>
              <span className="switch-state" aria-hidden="true">
                {largeText ? t('settings.on') : t('settings.off')}
              </span>
            </button>
          </div>
          <p className="preview">{t('settings.preview')}</p>
        </section>

        <p className="hint">{t('settings.storedHere')}</p>
      </div>
    </>
  );
}
