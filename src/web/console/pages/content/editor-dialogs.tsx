import { Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContentTranslation } from '../../i18n/content-ns';
import { uploadContentImage } from '../../lib/content-api';
import { imageProblem, imageTypes } from '../../lib/content-errors';
import { escapeAttr, isUsableHref } from '../../lib/content-html';
import { useContentError } from './use-content-error';

/** The link dialog: an address from the allowlist's schemes, and the words to show when none were selected. */
export function LinkDialog({
  selected,
  onCancel,
  onInsert,
}: {
  selected: string;
  onCancel: () => void;
  onInsert: (url: string, text: string) => void;
}) {
  const { t } = useContentTranslation();
  const [form] = Form.useForm<{ url: string; text?: string }>();
  return (
    <Modal
      open
      title={t('rte.linkTitle')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ url: 'https://', text: selected }}
        onFinish={(v) => onInsert(v.url.trim(), (v.text ?? '').trim())}
      >
        <Form.Item
          name="url"
          label={t('rte.linkUrl')}
          extra={t('rte.linkHelp')}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                v && isUsableHref(v) ? Promise.resolve() : Promise.reject(new Error(t('rte.linkBad'))),
            },
          ]}
        >
          <Input autoFocus inputMode="url" />
        </Form.Item>
        {selected ? null : (
          <Form.Item name="text" label={t('rte.linkText')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Picks an image, uploads it at once (the body refers to the stored copy), asks for its description. */
export function ImageDialog({
  onCancel,
  onInsert,
}: {
  onCancel: () => void;
  onInsert: (html: string) => void;
}) {
  const { t } = useContentTranslation();
  const describe = useContentError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [alt, setAlt] = useState('');

  const pick = async (file: File) => {
    setError(null);
    const problem = imageProblem(file);
    if (problem) {
      setError(t(`errors.${problem}`));
      return;
    }
    setBusy(true);
    try {
      setUrl((await uploadContentImage(file)).url);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('rte.image')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !url }}
      onCancel={onCancel}
      onOk={() => url && onInsert(`<img src="${escapeAttr(url)}" alt="${escapeAttr(alt.trim())}">`)}
    >
      <ErrorAlert error={error} />
      <Upload.Dragger
        accept={imageTypes.join(',')}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void pick(file);
          return false;
        }}
      >
        {url ? (
          <img src={url} alt="" style={{ maxWidth: '100%', maxHeight: 200 }} />
        ) : (
          <Typography.Text>{busy ? t('editor.uploading') : t('editor.coverHelp')}</Typography.Text>
        )}
      </Upload.Dragger>
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('rte.imageAlt')} extra={t('rte.imageAltHelp')}>
          <Input value={alt} onChange={(e) => setAlt(e.target.value)} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
