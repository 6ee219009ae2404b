import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props<V> {
  title: ReactNode;
  /** Defaults to "Save". */
  okText?: string;
  width?: number;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  /** Shown above the error and the fields. */
  intro?: ReactNode;
  form?: FormInstance<V>;
  name?: string;
  initialValues?: FormProps<V>['initialValues'];
  onFinish?: (values: V) => void;
  /** For a dialog whose fields are not form fields; otherwise OK submits `form`. */
  onOk?: () => void;
  children: ReactNode;
}

/** A dialog around one vertical form: OK saves, Cancel closes, and a failed save says why above the fields. */
export function FormModal<V>({
  title,
  okText,
  width,
  busy,
  error,
  onClose,
  intro,
  form,
  name,
  initialValues,
  onFinish,
  onOk,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={onOk ?? (() => form?.submit())}
      onCancel={onClose}
    >
      {intro}
      <ErrorAlert error={error} />
      <Form<V> form={form} layout="vertical" name={name} initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
