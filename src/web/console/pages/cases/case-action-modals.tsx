import { Form, Input, Select, Tag, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CareStaff, CaseDetail } from '../../lib/case-types';
import { escalate, reassign, reopenCase } from '../../lib/cases-api';
import { useCaseSubmit } from './use-case-submit';

interface Props {
  c: CaseDetail;
  onClose: () => void;
  onDone: () => void;
}

/** A reason is sealed with the case's timeline: it may say something about the person. */
function ReasonField({ label, min = 2 }: { label: string; min?: number }) {
  const { t } = useCasesTranslation();
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[{ required: true, whitespace: true, min, message: t('forms.reasonMin', { count: min }) }]}
    >
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
}

function StaffOption({ s }: { s: CareStaff }) {
  const { t } = useCasesTranslation();
  return (
    <span>
      {s.name}{' '}
      {s.onDuty ? (
        <Tag color="green" style={{ marginInlineStart: 4 }}>
          {t('forms.onDuty')}
        </Tag>
      ) : null}
    </span>
  );
}

const staffOptions = (
  staff: CareStaff[],
  role: 'counsellor' | 'supervisor',
  except: (string | undefined)[],
) =>
  staff
    .filter((s) => s.roles.includes(role) && !except.includes(s.id))
    .sort((a, b) => Number(b.onDuty) - Number(a.onDuty) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((s) => ({ value: s.id, label: <StaffOption s={s} />, search: s.name }));

export function EscalateModal({ c, staff, onClose, onDone }: Props & { staff: CareStaff[] }) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<{ supervisorId: string; reason: string }>();
  const s = useCaseSubmit(
    (v: { supervisorId: string; reason: string }) => escalate(c.id, v.supervisorId, v.reason.trim()),
    onDone,
  );
  return (
    <FormModal
      title={t('escalate.title', { number: c.number })}
      okText={t('escalate.ok')}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph>{t('escalate.intro')}</Typography.Paragraph>}
    >
      <Form.Item
        name="supervisorId"
        label={t('escalate.supervisor')}
        rules={[{ required: true, message: t('escalate.pick') }]}
      >
        <Select
          showSearch
          optionFilterProp="search"
          options={staffOptions(staff, 'supervisor', [c.escalatedTo?.id])}
        />
      </Form.Item>
      <ReasonField label={t('escalate.reason')} />
    </FormModal>
  );
}

export function ReassignModal({ c, staff, onClose, onDone }: Props & { staff: CareStaff[] }) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<{ counsellorId: string; reason: string }>();
  const s = useCaseSubmit(
    (v: { counsellorId: string; reason: string }) => reassign(c.id, v.counsellorId, v.reason.trim()),
    onDone,
  );
  return (
    <FormModal
      title={t('reassign.title', { number: c.number })}
      okText={t('reassign.ok')}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph>{t('reassign.intro', { name: c.counsellor.name })}</Typography.Paragraph>}
    >
      <Form.Item
        name="counsellorId"
        label={t('reassign.counsellor')}
        rules={[{ required: true, message: t('reassign.pick') }]}
      >
        <Select
          showSearch
          optionFilterProp="search"
          options={staffOptions(staff, 'counsellor', [c.counsellor.id])}
        />
      </Form.Item>
      <ReasonField label={t('reassign.reason')} />
    </FormModal>
  );
}

export function ReopenModal({ c, onClose, onDone }: Props) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const s = useCaseSubmit((v: { reason: string }) => reopenCase(c.id, v.reason.trim()), onDone);
  return (
    <FormModal
      title={t('reopen.title', { number: c.number })}
      okText={t('reopen.ok')}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph>{t('reopen.intro')}</Typography.Paragraph>}
    >
      <ReasonField label={t('reopen.reason')} />
    </FormModal>
  );
}
