import { Form, Radio, Select } from 'antd';
import type { Lang } from '../../../../core/instruments/types';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { loadOfferedInstruments } from '../../lib/cases-api';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';

/**
 * Which questionnaire, and in which language the worker reads it: only instruments this federation may
 * give in that language (approved text, licence) are offered.
 */
export function InstrumentPicker({ lang, disabled }: { lang: Lang; disabled?: boolean }) {
  const { t } = useCasesTranslation();
  const tenant = useCurrentSession().tenant.slug;
  const offered = useLoad(() => loadOfferedInstruments(tenant, lang), `${tenant}|${lang}`);
  return (
    <>
      <Form.Item name="lang" label={t('measures.lang')}>
        <Radio.Group
          optionType="button"
          disabled={disabled}
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="instrumentId"
        label={t('measures.instrument')}
        rules={[{ required: true, message: t('measures.pickInstrument') }]}
      >
        <Select
          disabled={disabled}
          loading={offered.loading}
          showSearch
          optionFilterProp="search"
          placeholder={t('measures.pickInstrument')}
          notFoundContent={offered.error ? t('measures.instrumentsFailed') : undefined}
          options={(offered.data ?? []).map((i) => ({
            value: i.id,
            search: `${i.shortName} ${i.name}`,
            label: t('measures.instrumentOption', {
              name: i.name,
              count: i.itemCount,
              minutes: Math.max(1, Math.ceil(i.minutes)),
            }),
          }))}
        />
      </Form.Item>
    </>
  );
}
