import { Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import type { User } from '../../lib/types';

/** A new temporary password, shown this once (the server keeps only its hash). */
export function TemporaryPasswordModal({
  user,
  password,
  onClose,
}: {
  user: User;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.tempTitle')}
      closable={false}
      mask={{ closable: false }}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.tempDone')}
        </Button>
      }
    >
      <Typography.Paragraph>
        {t('users.tempIntro', { name: user.displayName, login: user.login })}
      </Typography.Paragraph>
      <Flex align="center" gap={12} style={{ padding: 16, background: '#faf7f8', borderRadius: 8 }}>
        <Typography.Text
          data-testid="temporary-password"
          className="console-mono"
          strong
          style={{ fontSize: 22, letterSpacing: 1 }}
        >
          {password}
        </Typography.Text>
        <CopyButton text={password} />
      </Flex>
    </Modal>
  );
}
