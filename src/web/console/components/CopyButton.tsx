import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/copy-text';

export function CopyButton({
  text,
  label,
  ...rest
}: { text: string; label?: string } & Omit<ButtonProps, 'onClick'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button
      {...rest}
      onClick={async () => {
        if (await copyText(text)) void message.success(t('common.copied'));
      }}
    >
      {label ?? t('common.copy')}
    </Button>
  );
}
