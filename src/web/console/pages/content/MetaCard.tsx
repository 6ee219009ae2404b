import { Button, Card, ConfigProvider, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { contentKinds } from '../../../../core/content/topics';
import { useContentTranslation } from '../../i18n/content-ns';
import type { ContentFormValues } from '../../lib/content-form';
import { estimateReadingMinutes, isHttpsUrl, slugFrom, slugPattern } from '../../lib/content-form';
import { audienceOptionGroups, topicOptions } from '../../lib/content-labels';
import { CoverField } from './CoverField';

/** Kind, link name, topics, audiences, reading time, a lecture's recording and the cover. */
export function MetaCard({ isNew, readOnly }: { isNew: boolean; readOnly: boolean }) {
  const { t, i18n } = useContentTranslation();
  const form = Form.useFormInstance<ContentFormValues>();
  const kind = Form.useWatch('kind', form);
  const enTitle = Form.useWatch(['en', 'title'], form) ?? '';
  const zhBody = Form.useWatch(['zh', 'bodyHtml'], form) ?? '';
  const suggested = slugFrom(enTitle);

  return (
    <Card title={t('editor.meta')} size="small" style={{ marginBottom: 16 }}>
      <ConfigProvider componentDisabled={readOnly}>
        <Form.Item name="kind" label={t('editor.kind')}>
          <Radio.Group
            optionType="button"
            options={contentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('editor.slug')} extra={t('editor.slugHelp')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="slug"
              noStyle
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    slugPattern.test((v ?? '').trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('editor.slugBad'))),
                },
              ]}
            >
              <Input className="console-mono" aria-label={t('editor.slug')} maxLength={80} />
            </Form.Item>
            {isNew ? (
              <Button disabled={suggested.length < 3} onClick={() => form.setFieldValue('slug', suggested)}>
                {t('editor.slugSuggest')}
              </Button>
            ) : null}
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="topics"
          label={t('editor.topics')}
          rules={[{ required: true, type: 'array', min: 1, message: t('editor.topicsNeeded') }]}
        >
          <Select mode="multiple" options={topicOptions(i18n.language)} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="audiences" label={t('editor.audiences')} extra={t('editor.audiencesHelp')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={audienceOptionGroups(i18n.language, (d) => t(`dimensions.${d}`))}
            placeholder={t('list.everyone')}
          />
        </Form.Item>
        <Form.Item
          name="readingMinutes"
          label={t('editor.readingMinutes')}
          extra={t('editor.readingMinutesHelp', { minutes: estimateReadingMinutes(zhBody) })}
          rules={[{ type: 'integer', min: 1, max: 240, message: t('editor.readingMinutesBad') }]}
        >
          <InputNumber min={1} max={240} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {kind === 'lecture' ? (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('editor.media')}</legend>
            <Form.Item name="mediaType" label={t('editor.mediaType')}>
              <Radio.Group
                options={[
                  { value: 'video', label: t('editor.video') },
                  { value: 'audio', label: t('editor.audio') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="mediaUrl"
              label={t('editor.mediaUrl')}
              extra={t('editor.mediaUrlHelp')}
              rules={[
                {
                  validator: (_, v: string | undefined) =>
                    isHttpsUrl(v ?? '')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('editor.mediaUrlBad'))),
                },
              ]}
            >
              <Input inputMode="url" placeholder="https://" />
            </Form.Item>
            <Form.Item name="mediaMinutes" label={t('editor.mediaMinutes')}>
              <InputNumber min={1} max={600} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </fieldset>
        ) : null}
        <Form.Item
          name="coverImageId"
          label={t('editor.cover')}
          extra={t('editor.coverHelp')}
          style={{ marginBottom: 0 }}
        >
          <CoverField disabled={readOnly} />
        </Form.Item>
      </ConfigProvider>
    </Card>
  );
}
