import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail, CaseRecords } from '../../lib/case-types';
import { type ContactInput, saveContact } from '../../lib/cases-api';
import { useCaseSubmit } from './use-case-submit';

interface Props {
  c: CaseDetail;
  records: CaseRecords;
  canEdit: boolean;
  onChanged: () => void;
}

/** How the person agreed to be reached; once they withdrew that consent, only the fact that they did. */
export function ContactCard({ c, records, canEdit, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const [editing, setEditing] = useState(false);
  const contact = records.contact;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Card
      size="small"
      title={t('contact.title')}
      style={{ marginBottom: 16 }}
      extra={
        canEdit ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('contact.edit')}
          </Button>
        ) : null
      }
    >
      {records.contactWithdrawn ? (
        <Alert
          type="warning"
          showIcon
          icon={<StopOutlined />}
          data-testid="contact-withdrawn"
          title={t('contact.withdrawn')}
          description={t('contact.withdrawnHint')}
        />
      ) : contact ? (
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 124 } }}
          items={[
            { key: 'name', label: t('contact.name'), children: contact.name || dash },
            {
              key: 'phone',
              label: t('contact.phone'),
              children: contact.phone ? (
                <Typography.Text strong className="console-mono" copyable={{ text: contact.phone }}>
                  {contact.phone}
                </Typography.Text>
              ) : (
                dash
              ),
            },
            { key: 'time', label: t('contact.preferredTime'), children: contact.preferredTime || dash },
            ...(contact.message
              ? [
                  {
                    key: 'message',
                    label: t('contact.message'),
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{contact.message}</span>,
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('contact.none')}</Typography.Text>
      )}
      {editing ? (
        <ContactModal
          c={c}
          initial={contact}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

function ContactModal({
  c,
  initial,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  initial: CaseRecords['contact'];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<ContactInput>();
  const s = useCaseSubmit((v: ContactInput) => {
    const body: ContactInput = {};
    for (const k of ['name', 'phone', 'preferredTime'] as const) {
      const value = v[k]?.trim();
      if (value) body[k] = value;
    }
    return saveContact(c.id, body);
  }, onDone);
  return (
    <FormModal<ContactInput>
      title={t('contact.editTitle', { number: c.number })}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{
        name: initial?.name ?? '',
        phone: initial?.phone ?? '',
        preferredTime: initial?.preferredTime ?? '',
      }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('contact.editIntro')}</Typography.Paragraph>}
    >
      <Form.Item name="name" label={t('common.optional', { label: t('contact.name') })}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('common.optional', { label: t('contact.phone') })}
        rules={[{ pattern: /^\+?[0-9][0-9 -]{4,24}$/, message: t('contact.phoneInvalid') }]}
      >
        <Input maxLength={26} inputMode="tel" autoComplete="off" className="console-mono" />
      </Form.Item>
      <Form.Item name="preferredTime" label={t('common.optional', { label: t('contact.preferredTime') })}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
