import { Alert, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Lang } from '../../../../core/instruments/types';
import { CopyButton } from '../../components/CopyButton';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { absoluteLink } from '../../lib/case-errors';
import type { GivenMeasure } from '../../lib/case-types';
import { sendLink } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { DoneModal } from './DoneModal';
import { InstrumentPicker } from './InstrumentPicker';
import { useCaseSubmit } from './use-case-submit';

interface Values {
  lang: Lang;
  instrumentId: string;
  send: 'sms' | 'none';
}

/**
 * A questionnaire by single-use link (7 days): texted to the phone the worker agreed to, or copied to hand
 * over another way. The link is shown once; the worker's answers come back to this case.
 */
export function LinkModal({
  caseId,
  hasPhone,
  onClose,
}: {
  caseId: string;
  hasPhone: boolean;
  onClose: () => void;
}) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const [form] = Form.useForm<Values>();
  const lang = (Form.useWatch('lang', form) ?? 'zh-CN') as Lang;
  const [sent, setSent] = useState<GivenMeasure | null>(null);
  const s = useCaseSubmit((v: Values) => sendLink(caseId, v.instrumentId, v.send, v.lang), setSent);

  if (sent) {
    const link = absoluteLink(sent.link ?? '', window.location.origin);
    return (
      <DoneModal title={t('link.title')} onClose={onClose}>
        {sent.sms === 'sent' ? (
          <Alert type="success" showIcon title={t('link.smsSent')} style={{ marginBottom: 12 }} />
        ) : null}
        {sent.sms === 'failed' ? (
          <Alert type="warning" showIcon title={t('link.smsFailed')} style={{ marginBottom: 12 }} />
        ) : null}
        <Typography.Paragraph>{t('link.once')}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            readOnly
            value={link}
            className="console-mono"
            aria-label={t('link.address')}
            data-testid="measure-link"
          />
          <CopyButton text={link} type="primary" />
        </Space.Compact>
        {sent.measure.expiresAt ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('measures.expiresAt', { time: formatDateTime(sent.measure.expiresAt, zone).slice(0, 16) })}
          </Typography.Paragraph>
        ) : null}
      </DoneModal>
    );
  }
  return (
    <FormModal<Values>
      title={t('link.title')}
      okText={t('link.create')}
      width={560}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ lang: 'zh-CN', send: hasPhone ? 'sms' : 'none' }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('link.intro')}</Typography.Paragraph>}
    >
      <InstrumentPicker lang={lang} />
      <Form.Item name="send" label={t('link.how')} extra={hasPhone ? undefined : t('link.noPhone')}>
        <Radio.Group>
          <Space direction="vertical">
            <Radio value="sms" disabled={!hasPhone}>
              {t('link.sms')}
            </Radio>
            <Radio value="none">{t('link.copy')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
    </FormModal>
  );
}
