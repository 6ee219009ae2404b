import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { InstrumentLicence } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  reference: string;
  note?: string;
}

/** Record (or correct) the permission an instrument's licence asks for: a reference to the letter or agreement. */
export function PermissionModal({
  licence,
  name,
  onClose,
  onSaved,
}: {
  licence: InstrumentLicence;
  name: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call('PUT', `/api/v1/instrument-licences/${encodeURIComponent(licence.instrumentId)}`, {
        reference: v.reference.trim(),
        note: v.note?.trim() || null,
      }),
    {
      onDone: () => {
        void message.success(t('licences.recorded'));
        onSaved();
      },
    },
  );

  return (
    <FormModal<Values>
      title={t('licences.recordTitle', { name })}
      width={600}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="licence-permission"
      initialValues={{ reference: licence.permission?.reference ?? '', note: licence.permission?.note ?? '' }}
      onFinish={submit}
      intro={<Typography.Paragraph type="secondary">{t('licences.recordIntro')}</Typography.Paragraph>}
    >
      <Form.Item
        name="reference"
        label={t('licences.reference')}
        extra={t('licences.referenceHint')}
        rules={[
          {
            required: true,
            transform: (v?: string) => (v ?? '').trim(),
            min: 2,
            message: t('licences.referenceRequired'),
          },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="note" label={t('common.optional', { label: t('licences.note') })}>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('licences.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
