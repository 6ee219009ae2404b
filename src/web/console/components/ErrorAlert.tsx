import { Alert } from 'antd';

/** A form's error sentence above its fields, or nothing. */
export function ErrorAlert({ error }: { error: string | null }) {
  return error ? (
    <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />
  ) : null;
}
