import { useTranslation } from 'react-i18next';
import { type CrisisResource, crisisResources } from '../../../core/instruments/crisis';
import { PhoneIcon } from './icons';

/**
 * The crisis lines as big tap-to-call buttons, from the core's verified list (12356 first, hours stated
 * honestly, never a promise of 24 h): the crisis page, the check-up's crisis screen and every report use
 * these. Bundled with the app's first script, so they show with no network and no server answer.
 */
export interface Line {
  name: string;
  phone: string;
  hours: string;
  emergency: boolean;
}

/** The lines in the chosen language; the server's list (a report's crisis.resources) when it sent one. */
export function useLines(fromServer?: readonly { name: string; phone: string; hours: string }[]): Line[] {
  const { i18n } = useTranslation();
  if (fromServer?.length)
    return fromServer.map((l) => ({ ...l, emergency: l.phone === '120' || l.phone === '110' }));
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return crisisResources.map((c: CrisisResource) => ({
    name: c.name[lang],
    phone: c.phone,
    hours: c.hours[lang],
    emergency: c.kind === 'emergency',
  }));
}

export function CallButton({ name, phone, note }: { name: string; phone: string; note?: string }) {
  const { t } = useTranslation();
  return (
    <li className="call-card">
      <a className="call-button" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
        <span className="call-text">
          <span className="call-name">{name}</span>
          <span className="call-number">{phone}</span>
        </span>
        <span className="call-action">
          <PhoneIcon size="1.1em" />
          <span className="call-action-label">{t('help.call')}</span>
        </span>
      </a>
      {note && <p className="call-note">{note}</p>}
    </li>
  );
}

/** The psychological support lines, each with its hours. */
export function HotlineList({ lines }: { lines: Line[] }) {
  return (
    <ul className="call-list">
      {lines
        .filter((l) => !l.emergency)
        .map((l) => (
          <CallButton key={l.phone} name={l.name} phone={l.phone} note={l.hours} />
        ))}
    </ul>
  );
}

/** 120 and 110 side by side, for immediate danger. */
export function EmergencyRow({ lines }: { lines: Line[] }) {
  return (
    <ul className="emergency-row">
      {lines
        .filter((l) => l.emergency)
        .map((l) => (
          <CallButton key={l.phone} name={l.name} phone={l.phone} />
        ))}
    </ul>
  );
}

/** The danger box: what to do in immediate danger, with 120 and 110. */
export function DangerBox({ lines, id }: { lines: Line[]; id: string }) {
  const { t } = useTranslation();
  return (
    <section className="danger-box" aria-labelledby={id}>
      <h2 id={id}>{t('help.dangerHeading')}</h2>
      <p>{t('help.danger')}</p>
      <EmergencyRow lines={lines} />
    </section>
  );
}
