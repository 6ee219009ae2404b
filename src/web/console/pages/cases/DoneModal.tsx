import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';

/** What came of a form (a score, a link): one button to close, nothing to cancel. */
export function DoneModal({
  title,
  onClose,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useCasesTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {children}
    </Modal>
  );
}
