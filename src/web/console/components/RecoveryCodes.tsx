import { Alert, Button, Checkbox, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';

interface Props {
  codes: string[];
  login: string;
  onDone: () => void;
  doneLabel?: string;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Recovery codes, shown once: copy, print or download them, and say they are saved before going on. After
 * this screen the codes cannot be shown again (the server keeps only their hashes).
 */
export function RecoveryCodes({ codes, login, onDone, doneLabel }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);

  // Leaving before saving them would lose the codes for good: let the browser ask first.
  useEffect(() => {
    if (saved) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [saved]);
  const text = [
    t('recovery.fileHeader'),
    `${t('recovery.fileAccount')}: ${login}`,
    `${t('recovery.fileCreated')}: ${new Date().toISOString()}`,
    '',
    ...codes,
    '',
  ].join('\n');

  return (
    <div>
      <Alert type="warning" showIcon title={t('recovery.intro')} />
      <div className="console-print-area" style={{ margin: '16px 0' }}>
        <Typography.Paragraph className="console-print-only">
          {t('recovery.fileHeader')} · {t('recovery.fileAccount')}: {login}
        </Typography.Paragraph>
        <ol
          data-testid="recovery-codes"
          className="console-mono"
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(2, 1fr)',
            gap: '8px 32px',
            padding: '16px 16px 16px 40px',
            margin: 0,
            background: '#faf7f8',
            border: '1px dashed #e2c6d0',
            borderRadius: 8,
            fontSize: 15,
          }}
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </div>
      <Flex gap={8} wrap className="console-no-print">
        <CopyButton text={text} label={t('recovery.copy')} />
        <Button onClick={() => window.print()}>{t('recovery.print')}</Button>
        <Button onClick={() => download(text, `carnation-recovery-codes-${login}.txt`)}>
          {t('recovery.download')}
        </Button>
      </Flex>
      <div className="console-no-print" style={{ marginTop: 24 }}>
        <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
          {t('recovery.saved')}
        </Checkbox>
        <Button type="primary" block disabled={!saved} onClick={onDone} style={{ marginTop: 12 }}>
          {doneLabel ?? t('recovery.continue')}
        </Button>
      </div>
    </div>
  );
}
