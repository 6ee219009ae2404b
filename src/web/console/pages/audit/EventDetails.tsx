import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../lib/types';

/** Everything about one event, the details as JSON (never rendered as HTML). */
export function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const mono = (v: string | number | null) => <span className="console-mono">{v ?? '—'}</span>;
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      items={[
        { key: 'seq', label: t('audit.seq'), children: mono(event.seq) },
        { key: 'ip', label: t('audit.ip'), children: mono(event.ip) },
        { key: 'object', label: t('audit.objectId'), children: mono(event.objectId) },
        { key: 'request', label: t('audit.requestId'), children: mono(event.requestId) },
        {
          key: 'details',
          label: t('audit.details'),
          span: 2,
          children: <pre className="console-json console-mono">{JSON.stringify(event.details, null, 2)}</pre>,
        },
        {
          key: 'hash',
          label: t('audit.hash'),
          span: 2,
          children: (
            <span className="console-mono" style={{ fontSize: 12 }}>
              {event.hash}
            </span>
          ),
        },
      ]}
    />
  );
}
