import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { CheckupIcon, HomeIcon, PhoneIcon, PlaceIcon, UserIcon } from '../components/icons';

const tabs: { to: string; key: string; Icon: ComponentType<{ size?: string }>; help?: boolean }[] = [
  { to: '/', key: 'nav.home', Icon: HomeIcon },
  { to: '/checkup', key: 'nav.checkup', Icon: CheckupIcon },
  { to: '/help', key: 'nav.help', Icon: PhoneIcon, help: true },
  { to: '/stations', key: 'nav.stations', Icon: PlaceIcon },
  { to: '/me', key: 'nav.me', Icon: UserIcon },
];

/**
 * Bottom tabs as real links (focusable, announced, work without JavaScript routing). The middle tab is crisis
 * help, so it is reachable with a thumb from every page.
 */
export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      {tabs.map(({ to, key, Icon, help }) => (
        <NavLink key={to} to={to} end={to === '/'} className={help ? 'tab tab-help' : 'tab'}>
          <span className="tab-icon">
            <Icon />
          </span>
          <span className="tab-label">{t(key)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
