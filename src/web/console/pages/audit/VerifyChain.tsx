import { Alert, App, Button, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import type { ChainReport } from '../../lib/types';

interface Result {
  ok: boolean;
  chains: ChainReport[];
}

/** Recomputes the hash chain on the server and says plainly whether anything was changed or removed. */
export function VerifyChain() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const verify = async () => {
    setBusy(true);
    try {
      setResult(await call<Result>('POST', '/api/v1/audit-events/verify', {}));
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const problems = (result?.chains ?? []).flatMap((c) =>
    c.problems.map((p) => ({ ...p, tenantId: c.tenantId })),
  );
  const events = (result?.chains ?? []).reduce((n, c) => n + c.events, 0);

  return (
    <>
      <Button type="primary" ghost loading={busy} onClick={verify}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </Button>
      <Modal
        open={result !== null}
        title={t('audit.verify')}
        width={640}
        onCancel={() => setResult(null)}
        footer={<Button onClick={() => setResult(null)}>{t('common.close')}</Button>}
      >
        {result?.ok ? (
          <Alert type="success" showIcon role="status" title={t('audit.verifyOk', { count: events })} />
        ) : (
          <>
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('audit.verifyBad')}
              style={{ marginBottom: 16 }}
            />
            <Table
              size="small"
              rowKey={(p) => `${p.tenantId}:${p.seq}:${p.problem}`}
              pagination={false}
              dataSource={problems}
              columns={[
                {
                  title: t('audit.chain'),
                  dataIndex: 'tenantId',
                  render: (id: string) => <span className="console-mono">{id.slice(0, 8)}…</span>,
                },
                { title: t('audit.seq'), dataIndex: 'seq' },
                {
                  title: t('audit.problem'),
                  dataIndex: 'problem',
                  render: (p: string) => t(`audit.problems.${p}`, { defaultValue: p }),
                },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}
