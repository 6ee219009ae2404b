import { FolderAddOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { can } from '../../lib/access';
import { caseErrorText, existingCaseOf } from '../../lib/case-errors';
import { openCaseFromBooking } from '../../lib/cases-api';
import type { CalendarEntry } from '../../lib/types';
import { useCurrentSession } from '../../session/context';

/** An attended appointment or a walk-in can become a case, one per appointment. */
export const mayOpenCase = (e: CalendarEntry): boolean =>
  Boolean(
    e.booking &&
      (e.booking.status === 'attended' || (e.booking.source === 'walk_in' && e.booking.status === 'booked')),
  );

/**
 * 开案: the counsellor of the appointment opens a case from it and goes there; when one is already open
 * for it (409 with its id) they go to that one instead.
 */
export function OpenCaseButton({ entry }: { entry: CalendarEntry }) {
  const { t } = useCasesTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (!mayOpenCase(entry) || !can(session, 'case.work') || entry.counsellor.id !== session.user.id)
    return null;
  const open = async () => {
    setBusy(true);
    try {
      const c = await openCaseFromBooking(entry.booking?.id as string);
      void message.success(t('opening.opened', { number: c.number }));
      navigate(`/cases/${c.id}`);
    } catch (e) {
      const existing = existingCaseOf(e);
      if (existing) {
        void message.info(t('opening.exists'));
        navigate(`/cases/${existing}`);
      } else void message.error(caseErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      icon={<FolderAddOutlined />}
      loading={busy}
      onClick={() => void open()}
      data-testid="open-case"
    >
      {t('opening.button')}
    </Button>
  );
}
