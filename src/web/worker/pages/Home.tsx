import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { saidAnyGroup } from '../audience/said';
import { CrisisEntry } from '../components/CrisisEntry';
import {
  BookIcon,
  BreathIcon,
  CalendarIcon,
  ChartIcon,
  CheckupIcon,
  ForwardIcon,
  HeartIcon,
  SettingsIcon,
  UserIcon,
} from '../components/icons';

interface Tile {
  key: 'checkup' | 'stations' | 'tools' | 'learn' | 'events' | 'records';
  to: string;
  Icon: ComponentType<{ size?: string }>;
}

// Every service on the home screen is open today.
const tiles: Tile[] = [
  { key: 'checkup', to: '/checkup', Icon: CheckupIcon },
  { key: 'stations', to: '/stations', Icon: HeartIcon },
  { key: 'tools', to: '/tools', Icon: BreathIcon },
  { key: 'learn', to: '/learn', Icon: BookIcon },
  { key: 'events', to: '/events', Icon: CalendarIcon },
  { key: 'records', to: '/records', Icon: ChartIcon },
];

export default function Home() {
  const { t } = useTranslation();
  usePageTitle();
  return (
    <div className="home">
      <header className="home-header">
        <div className="home-brand">
          <img className="home-logo" src="/icons/carnation.svg" alt="" width="40" height="46" />
          <h1 className="home-title">{t('app.name')}</h1>
          <Link to="/settings" className="icon-button" aria-label={t('home.settings')}>
            <SettingsIcon />
          </Link>
        </div>
        <p className="home-greeting">{t('home.greeting')}</p>
        <p className="home-intro">{t('home.intro')}</p>
      </header>

      <div className="page">
        <CrisisEntry />

        <h2 className="section-title">{t('home.servicesHeading')}</h2>
        <ul className="tiles">
          {tiles.map(({ key, to, Icon }) => (
            <li key={key}>
              <Link to={to} className="tile">
                <span className="tile-icon">
                  <Icon />
                </span>
                <span className="tile-title">{t(`home.tiles.${key}.title`)}</span>
                <span className="tile-desc">{t(`home.tiles.${key}.desc`)}</span>
              </Link>
            </li>
          ))}
        </ul>
        {/* A light, optional prompt: gone once the worker has said something (they can change it at 我的). */}
        {!saidAnyGroup() && (
          <Link to="/me/groups" className="link-row home-groups">
            <UserIcon />
            <span className="link-row-text">{t('home.groupsPrompt')}</span>
            <ForwardIcon size="1.2em" />
          </Link>
        )}
      </div>
    </div>
  );
}
