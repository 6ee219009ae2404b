import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/call';
import type { InstrumentText } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  status: 'approved' | 'rejected';
  variant?: 'A' | 'B';
  reason: string;
}

/**
 * A supervisor's decision on one text: approve (choosing the Chinese wording where there are two) or reject,
 * always with a reason. It takes effect for workers at once and goes into the audit trail; the form says so.
 */
export function ReviewForm({ text, onDecided }: { text: InstrumentText; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? 'approved';
  const approving = status === 'approved';
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call('POST', '/api/v1/instrument-texts/reviews', {
        instrumentId: text.instrumentId,
        version: text.version,
        lang: text.lang,
        status: v.status,
        ...(text.variants.length && v.status === 'approved' ? { variant: v.variant ?? 'A' } : {}),
        reason: v.reason.trim(),
      }),
    {
      onDone: () => {
        void message.success(t(approving ? 'instruments.approvedDone' : 'instruments.rejectedDone'));
        form.resetFields(['reason']);
        onDecided();
      },
    },
  );

  return (
    <Card size="small" title={t('instruments.decision')} style={{ marginTop: 24, borderColor: '#e2c6d0' }}>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="text-review"
        initialValues={{ status: 'approved', variant: text.review?.variant ?? 'A' }}
        onFinish={submit}
      >
        <Form.Item name="status" label={t('instruments.decision')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'approved', label: t('instruments.approve') },
              { value: 'rejected', label: t('instruments.reject') },
            ]}
          />
        </Form.Item>
        {text.variants.length && approving ? (
          <Form.Item name="variant" label={t('instruments.chooseWording')}>
            <Radio.Group
              options={text.variants.map((v) => ({
                value: v,
                label: t('instruments.wording', { variant: v }),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('instruments.reason')}
          rules={[
            {
              required: true,
              transform: (v?: string) => (v ?? '').trim(),
              min: 2,
              message: t('instruments.reasonRequired'),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('instruments.reasonPlaceholder')}
          />
        </Form.Item>
        <Alert
          type={approving ? 'warning' : 'info'}
          showIcon
          title={t(approving ? 'instruments.approveEffect' : 'instruments.rejectEffect')}
          description={t('instruments.audited')}
          style={{ marginBottom: 12 }}
        />
        {approving && text.notShownBecause === 'licence_permission_missing' ? (
          <Alert type="warning" showIcon title={t('instruments.licenceStill')} style={{ marginBottom: 12 }} />
        ) : null}
        <Button type="primary" danger={!approving} htmlType="submit" loading={busy}>
          {t(approving ? 'instruments.submitApprove' : 'instruments.submitReject')}
        </Button>
      </Form>
    </Card>
  );
}
