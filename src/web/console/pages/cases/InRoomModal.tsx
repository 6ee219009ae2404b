import { Alert, Form, Radio, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { Lang } from '../../../../core/instruments/types';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseErrorText } from '../../lib/case-errors';
import type { GivenMeasure } from '../../lib/case-types';
import { giveInRoom, loadInstrumentForm } from '../../lib/cases-api';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { DoneModal } from './DoneModal';
import { InstrumentPicker } from './InstrumentPicker';
import { useCaseSubmit } from './use-case-submit';

interface Values {
  lang: Lang;
  instrumentId?: string;
  answers?: Record<string, number>;
}

/**
 * A questionnaire given in the room: the worker answers, the counsellor enters each answer as they say it,
 * item by item in the instrument's own words (from the server, in the language the worker reads).
 */
export function InRoomModal({
  caseId,
  onClose,
  onDone,
}: {
  caseId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useCasesTranslation();
  const tenant = useCurrentSession().tenant.slug;
  const [form] = Form.useForm<Values>();
  const lang = (Form.useWatch('lang', form) ?? 'zh-CN') as Lang;
  const instrumentId = Form.useWatch('instrumentId', form);
  const [result, setResult] = useState<GivenMeasure | null>(null);
  const instrument = useLoad(
    () => (instrumentId ? loadInstrumentForm(instrumentId, tenant, lang) : Promise.resolve(null)),
    `${instrumentId}|${lang}`,
  );
  const items = instrument.data?.id === instrumentId ? (instrument.data?.items ?? []) : [];
  const s = useCaseSubmit((v: Values) => {
    const answers = items.map((i) => v.answers?.[String(i.n)] as number);
    return giveInRoom(caseId, v.instrumentId as string, answers, v.lang);
  }, setResult);

  if (result)
    return (
      <DoneModal title={t('inRoom.title')} onClose={onDone}>
        <Result
          status={result.measure.crisis ? 'warning' : 'success'}
          title={t('inRoom.saved', {
            name: result.measure.name,
            score: result.measure.score ?? '',
            band: result.measure.band?.label ?? '',
          })}
          subTitle={result.measure.crisis ? t('inRoom.crisis') : t('inRoom.savedHint')}
        />
      </DoneModal>
    );

  return (
    <FormModal<Values>
      title={t('inRoom.title')}
      okText={t('inRoom.save')}
      width={820}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ lang: 'zh-CN' }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('inRoom.intro')}</Typography.Paragraph>}
    >
      <InstrumentPicker lang={lang} />
      {instrument.error ? (
        <Alert
          type="error"
          showIcon
          title={caseErrorText(t, instrument.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {instrumentId && instrument.loading && !items.length ? <Skeleton active /> : null}
      {items.length && instrument.data ? (
        <>
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            title={instrument.data.instructions}
            // The timeframe is often in the instructions already ("在过去两个星期…").
            description={
              instrument.data.timeframe && !instrument.data.instructions.includes(instrument.data.timeframe)
                ? instrument.data.timeframe
                : undefined
            }
          />
          <ol aria-label={instrument.data.name} style={{ paddingInlineStart: 20, margin: 0 }}>
            {items.map((item) => (
              <li key={item.n}>
                <Form.Item
                  name={['answers', String(item.n)]}
                  label={
                    <span style={{ whiteSpace: 'normal' }}>
                      {item.text}
                      {item.critical ? <Typography.Text type="danger"> *</Typography.Text> : null}
                    </span>
                  }
                  rules={[{ required: true, message: t('inRoom.answerEach') }]}
                  style={{ marginBottom: 12 }}
                >
                  <Radio.Group
                    optionType="button"
                    size="small"
                    options={item.options.map((o) => ({ value: o.value, label: o.label }))}
                  />
                </Form.Item>
              </li>
            ))}
          </ol>
          {items.some((i) => i.critical) ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              <Typography.Text type="danger">*</Typography.Text> {t('inRoom.criticalHint')}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : null}
    </FormModal>
  );
}
