import { WarningFilled } from '@ant-design/icons';
import { Alert, Form, Input, Typography } from 'antd';
import { BREAK_GLASS_MINUTES } from '../../../../core/care/case-access';
import { FormModal } from '../../components/FormModal';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail } from '../../lib/case-types';
import { breakGlass } from '../../lib/cases-api';
import { useCaseSubmit } from './use-case-submit';

/**
 * Emergency access for a supervisor: said plainly before it happens — for emergencies only, a reason, an
 * hour, recorded, and shown to the counsellor and to the worker in their access log.
 */
export function BreakGlassModal({
  c,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const s = useCaseSubmit((v: { reason: string }) => breakGlass(c.id, v.reason.trim()), onDone);
  return (
    <FormModal
      title={
        <span>
          <WarningFilled style={{ color: '#cf1322' }} /> {t('breakGlass.title', { number: c.number })}
        </span>
      }
      okText={t('breakGlass.ok', { count: BREAK_GLASS_MINUTES })}
      width={560}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      onFinish={(v) => void s.submit(v)}
      intro={
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('breakGlass.emergencyOnly')}
          description={
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              <li>{t('breakGlass.point1', { count: BREAK_GLASS_MINUTES })}</li>
              <li>{t('breakGlass.point2')}</li>
              <li>{t('breakGlass.point3')}</li>
              <li>{t('breakGlass.point4')}</li>
            </ul>
          }
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('breakGlass.otherWays')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('breakGlass.reason')}
        rules={[{ required: true, whitespace: true, min: 10, message: t('forms.reasonMin', { count: 10 }) }]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('breakGlass.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
