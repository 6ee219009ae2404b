import { Alert, Checkbox, Form, Input, Select, Typography } from 'antd';
import { type ReferralItem, referralItems } from '../../../../core/care/records';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail } from '../../lib/case-types';
import { loadInstitutions, refer } from '../../lib/cases-api';
import { useLoad } from '../../lib/use-load';
import { useCaseSubmit } from './use-case-submit';

interface Values {
  institutionId: string;
  items: ReferralItem[];
  summary?: string;
  consent: boolean;
}

/**
 * Refer to a partner institution, passing on only what the worker agreed to, item by item; nothing is sent
 * without the worker's consent, which the counsellor confirms they gave.
 */
export function ReferModal({
  c,
  hasMeasures,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  hasMeasures: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useCasesTranslation();
  const [form] = Form.useForm<Values>();
  const items = (Form.useWatch('items', form) ?? []) as ReferralItem[];
  const institutions = useLoad(loadInstitutions, 'institutions');
  const hasContact = Boolean(c.records?.contact && !c.records.contactWithdrawn);
  const available: Record<ReferralItem, boolean> = {
    contact: hasContact,
    summary: true,
    measures: hasMeasures,
  };
  const s = useCaseSubmit(
    (v: Values) =>
      refer(c.id, {
        institutionId: v.institutionId,
        items: v.items,
        ...(v.items.includes('summary') ? { summary: v.summary?.trim() } : {}),
        consent: true,
      }),
    onDone,
  );
  const name = (o: { name: string; nameEn: string | null }) =>
    i18n.language === 'en' ? o.nameEn || o.name : o.name;
  return (
    <FormModal<Values>
      title={t('refer.title', { number: c.number })}
      okText={t('refer.ok')}
      width={600}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ items: [], consent: false }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('refer.intro')}</Typography.Paragraph>}
    >
      <Form.Item
        name="institutionId"
        label={t('refer.institution')}
        rules={[{ required: true, message: t('refer.pickInstitution') }]}
      >
        <Select
          loading={institutions.loading}
          placeholder={t('refer.pickInstitution')}
          notFoundContent={t('refer.noInstitutions')}
          options={(institutions.data ?? []).map((o) => ({ value: o.id, label: name(o) }))}
        />
      </Form.Item>
      <Form.Item
        name="items"
        label={t('refer.items')}
        extra={t('refer.itemsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('refer.pickItems') }]}
      >
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {referralItems.map((i) => (
            <Checkbox key={i} value={i} disabled={!available[i]}>
              {t(`refer.itemLabels.${i}`)}
              {available[i] ? null : (
                <Typography.Text type="secondary"> {t(`refer.unavailable.${i}`)}</Typography.Text>
              )}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      {items.includes('summary') ? (
        <Form.Item
          name="summary"
          label={t('refer.summary')}
          rules={[{ required: true, whitespace: true, message: t('refer.summaryRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('refer.summaryHint')} />
        </Form.Item>
      ) : null}
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('refer.consentNote')} />
      <Form.Item
        name="consent"
        valuePropName="checked"
        rules={[
          {
            validator: (_, v) =>
              v ? Promise.resolve() : Promise.reject(new Error(t('refer.consentRequired'))),
          },
        ]}
      >
        <Checkbox>{t('refer.consent')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
