import { Drawer, Segmented } from 'antd';
import { useState } from 'react';
import { useContentTranslation } from '../../i18n/content-ns';
import { type ContentFormValues, estimateReadingMinutes, hasEnglish } from '../../lib/content-form';
import { ProseView } from './ProseView';
import type { TextLang } from './TextTabs';

/** The unsaved form as a worker's phone would show it, in either language (English falls back to Chinese). */
export function PreviewDrawer({
  values,
  initial,
  onClose,
}: {
  values: ContentFormValues;
  initial: TextLang;
  onClose: () => void;
}) {
  const { t } = useContentTranslation();
  const [lang, setLang] = useState<TextLang>(initial);
  const text = lang === 'en' && hasEnglish(values.en) ? values.en : values.zh;
  return (
    <Drawer open size={480} title={t('editor.previewTitle')} onClose={onClose}>
      <Segmented<TextLang>
        value={lang}
        onChange={setLang}
        options={[
          { value: 'zh', label: t('editor.zhTab') },
          { value: 'en', label: t('editor.enTab') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <div className="content-phone">
        <div className="content-phone-inner">
          <ProseView
            text={text}
            kind={values.kind}
            minutes={values.readingMinutes || estimateReadingMinutes(text.bodyHtml)}
            media={
              values.mediaUrl
                ? { type: values.mediaType, url: values.mediaUrl, durationMinutes: values.mediaMinutes }
                : null
            }
            coverImageId={values.coverImageId}
          />
        </div>
      </div>
    </Drawer>
  );
}
