import { SoundFilled, SoundOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useLiveCare } from './context';
import { useCareTranslation } from './texts';

/**
 * Crisis requests ring with sound and a desktop notification, which browsers allow only after a click: until
 * then this button says so and asks, in one click, for both. Afterwards it stays as a small speaker that plays
 * the chime again (to check the volume) and says whether desktop notifications are on.
 */
export function AlarmButton() {
  const { t } = useCareTranslation();
  const { alarm } = useLiveCare();
  // Once asked, a dismissed question is not asked again at every glance: the speaker's tooltip says it.
  const asking = !alarm.sound || (alarm.desktop === 'default' && !alarm.asked);
  const desktopNote =
    alarm.desktop === 'granted'
      ? t('alarm.desktopOn')
      : alarm.desktop === 'denied'
        ? t('alarm.desktopBlocked')
        : alarm.desktop === 'unsupported'
          ? t('alarm.desktopUnsupported')
          : t('alarm.desktopAsk');

  if (asking)
    return (
      <Tooltip title={t('alarm.why')}>
        <Button icon={<SoundOutlined />} onClick={() => void alarm.enable()} data-testid="alarm-enable">
          {t('alarm.enable')}
        </Button>
      </Tooltip>
    );
  return (
    <Tooltip title={`${t('alarm.on')} ${desktopNote}`}>
      <Button
        type="text"
        icon={<SoundFilled style={{ color: '#b4385c' }} />}
        aria-label={t('alarm.test')}
        onClick={() => void alarm.enable()}
      />
    </Tooltip>
  );
}
