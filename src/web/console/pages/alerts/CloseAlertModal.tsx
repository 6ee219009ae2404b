import { App, Form, Radio } from 'antd';
import { FormModal } from '../../components/FormModal';
import { type CloseReason, closeAlert, closeReasons } from '../../lib/care-api';
import type { Alert } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { useCareTranslation } from '../../live/texts';

/** Done with a request without a case: why (handled, no case needed, a duplicate, could not be reached). */
export function CloseAlertModal({
  alert,
  onClose,
  onClosed,
}: {
  alert: Alert;
  onClose: () => void;
  onClosed: (a: Alert) => void;
}) {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: CloseReason }>();
  const { busy, error, submit } = useSubmit((v: { reason: CloseReason }) => closeAlert(alert.id, v.reason), {
    onDone: (a) => {
      void message.success(t('drawer.closed'));
      onClosed(a);
    },
  });
  return (
    <FormModal<{ reason: CloseReason }>
      title={t('drawer.closeTitle')}
      okText={t('drawer.closeOk')}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="close-alert"
      initialValues={{ reason: 'handled' }}
      onFinish={submit}
      intro={<p>{t('drawer.closeIntro')}</p>}
    >
      <Form.Item name="reason" label={t('drawer.closeReason')}>
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={closeReasons.map((r) => ({ value: r, label: t(`queue.closedReasons.${r}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
