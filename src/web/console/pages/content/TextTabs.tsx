import { Alert, Card, ConfigProvider, Form, Input, Tabs } from 'antd';
import { useContentTranslation } from '../../i18n/content-ns';
import { type ContentFormValues, hasEnglish } from '../../lib/content-form';
import { isBlankHtml } from '../../lib/content-html';
import { RichTextEditor } from './RichTextEditor';

export type TextLang = 'zh' | 'en';

/**
 * The Chinese and English texts, one tab each (both kept mounted, so a problem in the hidden tab still stops
 * the save). Chinese is required; English only once started.
 */
export function TextTabs({
  active,
  onActive,
  readOnly,
}: {
  active: TextLang;
  onActive: (l: TextLang) => void;
  readOnly: boolean;
}) {
  const { t } = useContentTranslation();
  const form = Form.useFormInstance<ContentFormValues>();
  const kind = Form.useWatch('kind', form);
  const bodyNeeded = kind !== 'lecture';

  const englishStarted = () => hasEnglish(form.getFieldValue('en') as ContentFormValues['en']);
  const fields = (lang: TextLang) => {
    const required = lang === 'zh';
    const needed = (key: string) => ({
      validator: (_: unknown, v: string | undefined) =>
        (!required && !englishStarted()) || (v ?? '').trim()
          ? Promise.resolve()
          : Promise.reject(new Error(t(key))),
    });
    const label = `${t(lang === 'zh' ? 'editor.zhTab' : 'editor.enTab')} ${t('editor.body')}`;
    return (
      <>
        {lang === 'en' ? (
          <Alert type="info" showIcon title={t('editor.enOptional')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name={[lang, 'title']}
          label={t('editor.title')}
          required={required}
          dependencies={
            lang === 'en'
              ? [
                  ['en', 'summary'],
                  ['en', 'bodyHtml'],
                ]
              : []
          }
          rules={[needed(lang === 'en' ? 'editor.enIncomplete' : 'editor.titleNeeded')]}
        >
          <Input maxLength={120} showCount lang={lang === 'zh' ? 'zh-CN' : 'en'} />
        </Form.Item>
        <Form.Item
          name={[lang, 'summary']}
          label={t('editor.summary')}
          extra={t('editor.summaryHelp')}
          required={required}
          dependencies={
            lang === 'en'
              ? [
                  ['en', 'title'],
                  ['en', 'bodyHtml'],
                ]
              : []
          }
          rules={[needed(lang === 'en' ? 'editor.enIncomplete' : 'editor.summaryNeeded')]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount lang={lang === 'zh' ? 'zh-CN' : 'en'} />
        </Form.Item>
        <Form.Item
          name={[lang, 'bodyHtml']}
          label={t('editor.body')}
          required={required && bodyNeeded}
          dependencies={lang === 'en' ? [['en', 'title'], ['en', 'summary'], 'kind'] : ['kind']}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                !bodyNeeded || (!required && !englishStarted()) || !isBlankHtml(v ?? '')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t(lang === 'en' ? 'editor.enIncomplete' : 'editor.bodyNeeded'))),
            },
          ]}
        >
          <RichTextEditor label={label} disabled={readOnly} />
        </Form.Item>
      </>
    );
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <ConfigProvider componentDisabled={readOnly}>
        <Tabs
          activeKey={active}
          onChange={(k) => onActive(k as TextLang)}
          items={(['zh', 'en'] as const).map((lang) => ({
            key: lang,
            label: t(lang === 'zh' ? 'editor.zhTab' : 'editor.enTab'),
            forceRender: true,
            children: fields(lang),
          }))}
        />
      </ConfigProvider>
    </Card>
  );
}
