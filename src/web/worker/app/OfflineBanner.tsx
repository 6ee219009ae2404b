import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/** Says plainly when the phone is offline, and that the helplines still work. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div className="offline-slot" role="status">
      {!online && <p className="offline-banner">{t('offline.banner')}</p>}
    </div>
  );
}
