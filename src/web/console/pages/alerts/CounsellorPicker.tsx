import { Form, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { type CareStaffMember, loadCareStaff } from '../../lib/care-api';
import { careErrorText as errorText } from '../../lib/care-errors';
import { caseOpeningOf } from '../../lib/case-opening';
import { useCareTranslation } from '../../live/texts';

/** A supervisor opening a case names its counsellor (those on duty first). */
export function CounsellorPicker({
  onPick,
  onCancel,
  onUnavailable,
}: {
  onPick: (counsellorId: string) => void;
  onCancel: () => void;
  onUnavailable: () => void;
}) {
  const { t } = useCareTranslation();
  const [form] = Form.useForm<{ counsellorId: string }>();
  const [staff, setStaff] = useState<CareStaffMember[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unavailable = useRef(onUnavailable);
  unavailable.current = onUnavailable;
  const words = useRef(t);
  words.current = t;

  useEffect(() => {
    let live = true;
    loadCareStaff().then(
      (all) => {
        if (!live) return;
        const counsellors = all.filter((s) => s.roles.includes('counsellor'));
        setStaff(counsellors.sort((a, b) => Number(b.onDuty) - Number(a.onDuty)));
      },
      (e: unknown) => {
        if (!live) return;
        if (caseOpeningOf(null, e).outcome === 'unavailable') unavailable.current();
        else setError(errorText(words.current, e));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <FormModal<{ counsellorId: string }>
      title={t('drawer.pickTitle')}
      okText={t('drawer.openCase')}
      busy={false}
      error={error}
      onClose={onCancel}
      form={form}
      name="pick-counsellor"
      onFinish={(v) => onPick(v.counsellorId)}
      intro={<p>{t('drawer.pickIntro')}</p>}
    >
      <Form.Item
        name="counsellorId"
        label={t('drawer.pickLabel')}
        rules={[{ required: true, message: t('drawer.pickRequired') }]}
      >
        <Select
          loading={staff === null && !error}
          showSearch={{ optionFilterProp: 'label' }}
          options={(staff ?? []).map((s) => ({
            value: s.id,
            label: s.onDuty ? `${s.name} · ${t('drawer.onDuty')}` : s.name,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
