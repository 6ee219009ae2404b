import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseErrorText } from '../../lib/case-errors';
import type { CareStaff, CaseDetail, MeasureSeries } from '../../lib/case-types';
import type { CaseAction } from '../../lib/case-view';
import { deEscalate } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { CloseCaseModal } from './CloseCaseModal';
import { EscalateModal, ReassignModal, ReopenModal } from './case-action-modals';
import { PriorityTag, StatusTag } from './case-tags';

type Dialog = 'escalate' | 'reassign' | 'close' | 'reopen' | null;

interface Props {
  c: CaseDetail;
  actions: Set<CaseAction>;
  staff: CareStaff[];
  series: MeasureSeries | null;
  onChanged: () => void;
}

/** Number, status, priority, where it came from, who has it and who supervises; the case's actions. */
export function CaseHeader({ c, actions, staff, series, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const time = (iso: string | null) => (iso ? formatDateTime(iso, zone).slice(0, 16) : '—');
  const done = (text: string) => {
    setDialog(null);
    void message.success(text);
    onChanged();
  };
  const endEscalation = async () => {
    setBusy(true);
    try {
      await deEscalate(c.id);
      done(t('actions.deEscalated'));
    } catch (e) {
      void message.error(caseErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const items = [
    { key: 'origin', label: t('header.origin'), children: t(`origins.${c.origin}`) },
    {
      key: 'counsellor',
      label: t('header.counsellor'),
      children:
        c.counsellor.id === session.user.id
          ? t('header.you', { name: c.counsellor.name })
          : c.counsellor.name,
    },
    {
      key: 'escalatedTo',
      label: t('header.escalatedTo'),
      children: c.escalatedTo ? (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {c.escalatedTo.id === session.user.id
            ? t('header.you', { name: c.escalatedTo.name })
            : c.escalatedTo.name}
        </Tag>
      ) : (
        t('header.notEscalated')
      ),
    },
    {
      key: 'opened',
      label: t('header.openedAt'),
      children: <span className="console-mono">{time(c.openedAt)}</span>,
    },
    {
      key: 'last',
      label: t('header.lastContact'),
      children: <span className="console-mono">{time(c.lastContactAt)}</span>,
    },
    ...(c.status === 'closed'
      ? [
          {
            key: 'closed',
            label: t('header.closedAt'),
            children: (
              <span>
                <span className="console-mono">{time(c.closedAt)}</span>
                {c.closureReason ? ` · ${t(`closureReasons.${c.closureReason}`)}` : ''}
              </span>
            ),
          },
          ...(c.retainUntil
            ? [
                {
                  key: 'retain',
                  label: t('header.retainUntil'),
                  children: <span className="console-mono">{time(c.retainUntil).slice(0, 10)}</span>,
                },
              ]
            : []),
        ]
      : []),
  ];

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 12 } }}>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Link to="/cases" aria-label={t('page.back')} title={t('page.back')}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('header.title', { number: c.number })}
        </Typography.Title>
        <StatusTag status={c.status} />
        <PriorityTag priority={c.priority} />
        <span style={{ flex: 1 }} />
        <Flex gap={8} wrap>
          {actions.has('escalate') ? (
            <Button onClick={() => setDialog('escalate')}>
              {t(c.escalatedTo ? 'actions.escalateOther' : 'actions.escalate')}
            </Button>
          ) : null}
          {actions.has('deEscalate') ? (
            <Popconfirm
              title={t('actions.deEscalateConfirm')}
              okText={t('actions.deEscalate')}
              cancelText={t('common.cancel')}
              onConfirm={() => void endEscalation()}
            >
              <Button loading={busy}>{t('actions.deEscalate')}</Button>
            </Popconfirm>
          ) : null}
          {actions.has('reassign') ? (
            <Button onClick={() => setDialog('reassign')}>{t('actions.reassign')}</Button>
          ) : null}
          {actions.has('close') ? (
            <Button onClick={() => setDialog('close')}>{t('actions.close')}</Button>
          ) : null}
          {actions.has('reopen') ? (
            <Button onClick={() => setDialog('reopen')}>{t('actions.reopen')}</Button>
          ) : null}
        </Flex>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      {dialog === 'escalate' ? (
        <EscalateModal
          c={c}
          staff={staff}
          onClose={() => setDialog(null)}
          onDone={() => done(t('actions.escalated'))}
        />
      ) : null}
      {dialog === 'reassign' ? (
        <ReassignModal
          c={c}
          staff={staff}
          onClose={() => setDialog(null)}
          onDone={() => done(t('actions.reassigned'))}
        />
      ) : null}
      {dialog === 'reopen' ? (
        <ReopenModal c={c} onClose={() => setDialog(null)} onDone={() => done(t('actions.reopened'))} />
      ) : null}
      {dialog === 'close' ? (
        <CloseCaseModal
          c={c}
          series={series}
          onClose={() => setDialog(null)}
          onDone={() => done(t('actions.closed'))}
        />
      ) : null}
    </Card>
  );
}
