import { App, Button, Flex, Alert as Notice } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { holdsRole } from '../../lib/access';
import { openCase, takeAlert } from '../../lib/care-api';
import { careErrorText as errorText } from '../../lib/care-errors';
import { type CaseOpening, caseOpeningOf } from '../../lib/case-opening';
import { hasCode } from '../../lib/errors';
import type { Alert } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';
import { useCurrentSession } from '../../session/context';
import { CloseAlertModal } from './CloseAlertModal';
import { CounsellorPicker } from './CounsellorPicker';

interface Props {
  alert: Alert;
  onChanged: (a: Alert) => void;
}

/**
 * What can be done with a request: take it (others then see someone follows it up), open a case from it (the
 * case takes it further; it also takes the request if nobody has), or close it with a reason.
 */
export function AlertActions({ alert, onChanged }: Props) {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const [busy, setBusy] = useState<'take' | 'case' | null>(null);
  const [closing, setClosing] = useState(false);
  const [picking, setPicking] = useState(false);
  const [opening, setOpening] = useState<CaseOpening | null>(null);
  // A supervisor opens a case for a counsellor they name; a counsellor opens it for themself.
  const forSelf = holdsRole(session, 'counsellor');

  const take = async () => {
    setBusy('take');
    try {
      onChanged(await takeAlert(alert.id));
      void message.success(t('drawer.taken'));
    } catch (e) {
      if (hasCode(e, 'conflict')) void message.info(t('drawer.takenByOther'));
      else void message.error(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  const startCase = async (counsellorId?: string) => {
    setBusy('case');
    setOpening(null);
    const result = await openCase(alert.id, counsellorId).then(
      (c) => caseOpeningOf(c, null),
      (e: unknown) => caseOpeningOf(null, e),
    );
    setBusy(null);
    if (result.outcome === 'opened' || result.outcome === 'exists') {
      void message.success(t(result.outcome === 'opened' ? 'drawer.caseOpened' : 'drawer.caseExists'));
      void navigate(`/cases/${result.caseId}`);
      return;
    }
    setOpening(result);
  };

  if (alert.status === 'closed')
    return alert.caseId ? (
      <Link to={`/cases/${alert.caseId}`}>{t('queue.caseLink', { number: alert.caseNumber ?? '' })}</Link>
    ) : null;

  return (
    <Flex vertical gap={12}>
      {opening && opening.outcome !== 'opened' && opening.outcome !== 'exists' ? (
        <Notice
          type={opening.outcome === 'failed' ? 'error' : 'info'}
          showIcon
          closable={{ onClose: () => setOpening(null) }}
          title={
            opening.outcome === 'taken'
              ? t('drawer.caseTaken')
              : opening.outcome === 'unavailable'
                ? t('drawer.caseUnavailable')
                : errorText(t, opening.error)
          }
        />
      ) : null}
      <Flex gap={8} wrap justify="end">
        {alert.status === 'acknowledged' ? (
          <Button onClick={() => setClosing(true)}>{t('drawer.close')}</Button>
        ) : null}
        <Button
          type={alert.status === 'acknowledged' ? 'primary' : 'default'}
          loading={busy === 'case'}
          onClick={() => (forSelf ? void startCase() : setPicking(true))}
          data-testid="open-case"
        >
          {t('drawer.openCase')}
        </Button>
        {alert.status === 'new' ? (
          <Button
            type="primary"
            danger={alert.priority === 'crisis'}
            loading={busy === 'take'}
            onClick={() => void take()}
          >
            {t('queue.take')}
          </Button>
        ) : null}
      </Flex>
      {closing ? (
        <CloseAlertModal
          alert={alert}
          onClose={() => setClosing(false)}
          onClosed={(a) => {
            setClosing(false);
            onChanged(a);
          }}
        />
      ) : null}
      {picking ? (
        <CounsellorPicker
          onCancel={() => setPicking(false)}
          onUnavailable={() => {
            setPicking(false);
            setOpening({ outcome: 'unavailable' });
          }}
          onPick={(id) => {
            setPicking(false);
            void startCase(id);
          }}
        />
      ) : null}
    </Flex>
  );
}
