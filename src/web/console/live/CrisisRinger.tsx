import { AlertFilled } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { RingMemory, ringOf } from '../lib/care-events';
import { useLiveCare, useLiveEvents } from './context';
import { showDesktopNotice } from './desktop-notice';
import { useCareTranslation } from './texts';

const keyOf = (alertId: string) => `crisis-${alertId}`;

/**
 * Rings for a crisis request on this console (on duty, or told as a supervisor that nobody took one): the alarm,
 * a desktop notification and a notice in the page that opens the queue on it. None of them says anything about
 * the person. The page's notice goes away by itself once someone has taken the request.
 */
export function CrisisRinger() {
  const { t } = useCareTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const { alarm } = useLiveCare();
  const memory = useRef(new RingMemory());

  useLiveEvents((event) => {
    if (event.type === 'alert' && event.alert.status !== 'new') {
      notification.destroy(keyOf(event.alert.alertId));
      return;
    }
    const ring = ringOf(event);
    if (!ring || !memory.current.first(ring)) return;
    const key = keyOf(ring.alertId);
    const open = () => {
      notification.destroy(key);
      void navigate(`/alerts?open=${encodeURIComponent(ring.alertId)}`);
    };
    const sounded = alarm.ring();
    showDesktopNotice(t('ring.desktopTitle'), t('ring.desktopBody'), key, open);
    notification.error({
      key,
      title: t('ring.title'),
      description: t(ring.stage === 'escalated' ? 'ring.escalated' : 'ring.new'),
      icon: <AlertFilled style={{ color: '#cf1322' }} />,
      duration: 0,
      placement: 'topRight',
      role: 'alert',
      props: { 'data-testid': 'crisis-notice' },
      actions: (
        <Flex gap={8}>
          {sounded ? null : (
            <Button size="small" onClick={() => void alarm.enable()}>
              {t('alarm.enable')}
            </Button>
          )}
          <Button type="primary" danger size="small" onClick={open}>
            {t('ring.open')}
          </Button>
        </Flex>
      ),
    });
  });

  return null;
}
