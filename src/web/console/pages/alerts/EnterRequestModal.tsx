import { App, Checkbox, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { enterAlert, type StaffEntry } from '../../lib/care-api';
import { contactPhone } from '../../lib/contact-phone';
import type { Alert } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { useCareTranslation } from '../../live/texts';

interface Values {
  source: StaffEntry['source'];
  priority: StaffEntry['priority'];
  name?: string;
  phone?: string;
  preferredTime?: string;
  message?: string;
  consent?: boolean;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/**
 * A hotline call or a walk-in, entered by the member of staff who took it, once the person agreed to be
 * called back: it joins the queue like any request (a crisis rings the on-duty consoles).
 */
export function EnterRequestModal({
  onClose,
  onEntered,
}: {
  onClose: () => void;
  onEntered: (a: Alert) => void;
}) {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const priority = Form.useWatch('priority', form);
  const { busy, error, submit } = useSubmit(
    (v: Values) => {
      const phone = trimmed(v.phone);
      return enterAlert({
        source: v.source,
        priority: v.priority,
        contact: {
          name: trimmed(v.name),
          phone: phone ? (contactPhone(phone) ?? phone) : undefined,
          preferredTime: trimmed(v.preferredTime),
          message: trimmed(v.message),
        },
        consent: true,
      });
    },
    {
      onDone: (a) => {
        void message.success(t('enter.done'));
        onEntered(a);
      },
    },
  );

  return (
    <FormModal<Values>
      title={t('enter.title')}
      okText={t('enter.submit')}
      width={640}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="enter-request"
      initialValues={{ source: 'hotline', priority: 'normal' }}
      onFinish={submit}
      intro={<Typography.Paragraph type="secondary">{t('enter.intro')}</Typography.Paragraph>}
    >
      <Form.Item name="source" label={t('enter.source')}>
        <Radio.Group
          optionType="button"
          options={(['hotline', 'walk_in'] as const).map((s) => ({
            value: s,
            label: t(`queue.sources.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="priority"
        label={t('queue.priority')}
        extra={priority ? t(`enter.priorityHints.${priority}`) : undefined}
      >
        <Radio.Group
          optionType="button"
          options={(['normal', 'high', 'crisis'] as const).map((p) => ({
            value: p,
            label: t(`queue.priorities.${p}`),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="name" label={t('common.optional', { label: t('enter.name') })}>
            <Input maxLength={60} placeholder={t('enter.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="phone"
            label={t('common.optional', { label: t('drawer.phone') })}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  !v?.trim() || contactPhone(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('enter.phoneInvalid'))),
              },
            ]}
            extra={t('enter.phoneHint')}
          >
            <Input inputMode="tel" autoComplete="off" maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="preferredTime" label={t('common.optional', { label: t('drawer.preferredTime') })}>
        <Input maxLength={100} placeholder={t('enter.timePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="message"
        label={t('common.optional', { label: t('enter.message') })}
        extra={t('enter.messageHint')}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item
        name="consent"
        valuePropName="checked"
        rules={[
          {
            validator: (_, v: boolean | undefined) =>
              v ? Promise.resolve() : Promise.reject(new Error(t('enter.consentRequired'))),
          },
        ]}
      >
        <Checkbox>{t('enter.consent')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
