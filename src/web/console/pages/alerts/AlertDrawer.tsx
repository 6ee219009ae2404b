import { EyeOutlined } from '@ant-design/icons';
import { Descriptions, Drawer, Flex, Alert as Notice, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { LoadError } from '../../components/LoadError';
import { readAlert } from '../../lib/care-api';
import { formatShort } from '../../lib/format-time';
import type { Alert, AlertItem } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';
import { SharedResultList } from '../appointments/SharedResults';
import { AlertActions } from './AlertActions';
import { DueText, EscalationTag, PriorityTag, StatusText } from './triage-parts';

/** The list's item is newer than the full view when it has moved on (taken, closed, escalated) since. */
const step = (a: AlertItem) =>
  (a.status === 'new' ? 0 : a.status === 'acknowledged' ? 1 : 2) * 10 + a.escalationLevel;
const fresher = (item: AlertItem, full: Alert) => step(item) >= step(full);

interface Props {
  id: string;
  /** The request as the (live) queue last listed it: its status moves on without reading the contact again. */
  item: AlertItem | undefined;
  /** The full request when an action has just answered it (taking, entering): no second read. */
  known: Alert | undefined;
  timeZone: string;
  now: number;
  onClose: () => void;
  onChanged: (a: Alert) => void;
}

/**
 * One request with its contact details. Opening it is an audited read, said discreetly at the top; it is read
 * once per opening, and later changes (someone else took it) come from the queue's own live list.
 */
export function AlertDrawer({ id, item, known, timeZone, now, onClose, onChanged }: Props) {
  const { t } = useCareTranslation();
  const [detail, setDetail] = useState<Alert | null>(known ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // An action's answer is the newest full view (taken, closed): it replaces what was read.
  useEffect(() => {
    if (known?.id === id) setDetail(known);
  }, [known, id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry button's reason to read again; known is read once
  useEffect(() => {
    if (known?.id === id) return;
    let live = true;
    setDetail(null);
    setError(null);
    readAlert(id).then(
      (a) => live && setDetail(a),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  // What the queue knows now wins over what was read when the drawer opened (status, escalation, due).
  const current: Alert | null = detail ? { ...detail, ...(item && fresher(item, detail) ? item : {}) } : null;
  const contact = current?.contact ?? null;

  return (
    <Drawer
      open
      size={560}
      onClose={onClose}
      destroyOnHidden
      title={
        current ? (
          <Flex gap={8} align="center" wrap>
            <PriorityTag priority={current.priority} />
            <span>{t(`queue.sources.${current.source}`)}</span>
          </Flex>
        ) : (
          t('drawer.title')
        )
      }
      // A request closed without a case has nothing left to do.
      footer={
        current && (current.status !== 'closed' || current.caseId) ? (
          <AlertActions alert={current} onChanged={onChanged} />
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        <EyeOutlined /> {t('drawer.auditNote')}
      </Typography.Paragraph>
      {error ? (
        <LoadError error={error} retry={() => setAttempt((n) => n + 1)} action="alert.handle" />
      ) : null}
      {!current && !error ? <Spin /> : null}
      {current ? (
        <>
          {current.contactUnreadable ? (
            <Notice type="error" showIcon title={t('queue.unreadableHint')} style={{ marginBottom: 16 }} />
          ) : null}
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 140 } }}
            items={[
              {
                key: 'phone',
                label: t('drawer.phone'),
                children: contact?.phone ? (
                  <Typography.Text
                    strong
                    className="console-mono"
                    style={{ fontSize: 18 }}
                    copyable={{ text: contact.phone }}
                    data-testid="contact-phone"
                  >
                    {contact.phone}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">
                    {current.contactErasedAt ? t('drawer.erased') : t('queue.noPhone')}
                  </Typography.Text>
                ),
              },
              ...(contact?.name ? [{ key: 'name', label: t('drawer.name'), children: contact.name }] : []),
              {
                key: 'time',
                label: t('drawer.preferredTime'),
                children: contact?.preferredTime ?? <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                key: 'message',
                label: t('drawer.message'),
                children: contact?.message ? (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{contact.message}</span>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
              },
              ...(current.organisation
                ? [{ key: 'org', label: t('drawer.organisation'), children: current.organisation.name }]
                : []),
              ...(current.enteredBy
                ? [{ key: 'by', label: t('drawer.enteredBy'), children: current.enteredBy }]
                : []),
              {
                key: 'received',
                label: t('queue.receivedAt'),
                children: <span className="console-mono">{formatShort(current.createdAt, timeZone)}</span>,
              },
              {
                key: 'due',
                label: t('queue.due'),
                children: <DueText alert={current} now={now} timeZone={timeZone} />,
              },
              {
                key: 'escalation',
                label: t('queue.escalationTitle'),
                children: <EscalationTag level={current.escalationLevel} />,
              },
              {
                key: 'status',
                label: t('queue.status'),
                children: <StatusText alert={current} timeZone={timeZone} />,
              },
              {
                key: 'consent',
                label: t('drawer.consent'),
                children: (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('drawer.consentText', { version: current.consentVersion })}
                  </Typography.Text>
                ),
              },
            ]}
          />
          {current.sharedResults ? (
            <div style={{ marginTop: 16 }}>
              <Typography.Title level={5}>{t('drawer.sharedTitle')}</Typography.Title>
              <SharedResultList
                shared={current.sharedResults}
                timeZone={timeZone}
                crisisBody={t('drawer.sharedCrisis')}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
