import { EyeOutlined, LockOutlined, SafetyCertificateOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CaseDetail } from '../../lib/case-types';
import { basisView, type CaseViewer, minutesLeft } from '../../lib/case-view';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { BreakGlassModal } from './BreakGlassModal';

/** The time now, moved on every half minute (the break-glass countdown), and a reload when access ends. */
function useMinuteClock(until: string | null, onEnd: () => void): Date {
  const [now, setNow] = useState(() => new Date());
  const ended = useRef(onEnd);
  ended.current = onEnd;
  useEffect(() => {
    if (!until) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    const end = setTimeout(() => ended.current(), Math.max(0, Date.parse(until) - Date.now()) + 1000);
    return () => {
      clearInterval(timer);
      clearTimeout(end);
    };
  }, [until]);
  return now;
}

interface Props {
  c: CaseDetail;
  viewer: CaseViewer;
  canBreakGlass: boolean;
  onChanged: () => void;
}

/**
 * Why the viewer sees what they see: they are the case's counsellor, it was escalated to them, they broke
 * the glass (red, with when it ends), or they see its metadata only. Always: this read is recorded.
 */
export function BasisBanner({ c, viewer, canBreakGlass, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const [breaking, setBreaking] = useState(false);
  const view = basisView(c, viewer);
  const expiresAt = view.kind === 'break_glass' ? view.expiresAt : null;
  const now = useMinuteClock(expiresAt, onChanged);
  const recorded = t('basis.recorded');

  if (view.kind === 'break_glass')
    return (
      <Alert
        type="error"
        showIcon
        icon={<WarningFilled />}
        role="alert"
        data-testid="basis-banner"
        data-basis="break_glass"
        style={{ marginBottom: 16, borderWidth: 2 }}
        title={<strong>{t('basis.breakGlassTitle')}</strong>}
        description={
          <>
            <div>
              {expiresAt
                ? t('basis.breakGlassUntil', {
                    time: formatDateTime(expiresAt, zone).slice(11, 16),
                    count: minutesLeft(expiresAt, now),
                  })
                : t('basis.breakGlassRunning')}
            </div>
            <div>{t('basis.breakGlassShown')}</div>
            <div>{recorded}</div>
          </>
        }
      />
    );
  if (view.kind === 'metadata')
    return (
      <>
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          data-testid="basis-banner"
          data-basis="metadata"
          style={{ marginBottom: 16 }}
          title={t('basis.metadataTitle')}
          description={
            <>
              <div>{t(canBreakGlass ? 'basis.metadataSupervisor' : 'basis.metadata')}</div>
              <div>{recorded}</div>
            </>
          }
          action={
            canBreakGlass ? (
              <Button danger onClick={() => setBreaking(true)}>
                {t('breakGlass.button')}
              </Button>
            ) : null
          }
        />
        {breaking ? (
          <BreakGlassModal
            c={c}
            onClose={() => setBreaking(false)}
            onDone={() => {
              setBreaking(false);
              onChanged();
            }}
          />
        ) : null}
      </>
    );
  return (
    <Alert
      type={view.kind === 'escalated' ? 'warning' : 'success'}
      showIcon
      icon={view.kind === 'escalated' ? <EyeOutlined /> : <SafetyCertificateOutlined />}
      data-testid="basis-banner"
      data-basis={view.kind}
      style={{ marginBottom: 16 }}
      title={
        view.kind === 'escalated' ? t('basis.escalatedTitle', { name: view.by }) : t('basis.assignedTitle')
      }
      description={
        <>
          <div>{t(view.kind === 'escalated' ? 'basis.escalated' : 'basis.assigned')}</div>
          <div>{recorded}</div>
        </>
      }
    />
  );
}
