import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useContentTranslation } from '../../i18n/content-ns';
import { contentImageUrl, uploadContentImage } from '../../lib/content-api';
import { imageProblem, imageTypes } from '../../lib/content-errors';
import { useContentError } from './use-content-error';

/** The cover image as a form control: its value is the stored image's id, uploaded as soon as it is picked. */
export function CoverField({
  value,
  onChange,
  disabled,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  disabled?: boolean;
}) {
  const { t } = useContentTranslation();
  const describe = useContentError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File) => {
    setError(null);
    const problem = imageProblem(file);
    if (problem) {
      setError(t(`errors.${problem}`));
      return;
    }
    setBusy(true);
    try {
      onChange?.((await uploadContentImage(file)).id);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {value ? (
        <img
          src={contentImageUrl(value)}
          alt={t('editor.coverAlt')}
          style={{
            display: 'block',
            width: '100%',
            maxHeight: 180,
            objectFit: 'cover',
            borderRadius: 8,
            marginBottom: 8,
          }}
        />
      ) : null}
      <Flex gap={8} wrap>
        <Upload
          accept={imageTypes.join(',')}
          showUploadList={false}
          disabled={disabled || busy}
          beforeUpload={(file) => {
            void pick(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} disabled={disabled}>
            {busy ? t('editor.uploading') : value ? t('editor.coverReplace') : t('editor.coverUpload')}
          </Button>
        </Upload>
        {value && !disabled ? (
          <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
            {t('editor.coverRemove')}
          </Button>
        ) : null}
      </Flex>
      {error ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 6 }}>
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );
}
