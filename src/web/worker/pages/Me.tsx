import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import {
  CalendarIcon,
  ChartIcon,
  ForwardIcon,
  PhoneIcon,
  PlaceIcon,
  SettingsIcon,
  ShieldIcon,
  UserIcon,
} from '../components/icons';
import { PageHeader } from '../components/PageHeader';

const rows: {
  to: string;
  label: string;
  desc?: string;
  soon?: boolean;
  Icon: ComponentType<{ size?: string }>;
}[] = [
  { to: '/me/groups', label: 'me.groups', desc: 'me.groupsDesc', Icon: UserIcon },
  { to: '/appointments', label: 'me.appointments', desc: 'me.appointmentsDesc', Icon: CalendarIcon },
  { to: '/records', label: 'me.records', Icon: ChartIcon },
  { to: '/my-data', label: 'me.myData', desc: 'me.myDataDesc', Icon: ShieldIcon },
  { to: '/settings', label: 'me.settings', desc: 'me.settingsDesc', Icon: SettingsIcon },
  { to: '/stations', label: 'me.stations', Icon: PlaceIcon },
  { to: '/help', label: 'me.help', Icon: PhoneIcon },
];

/** 我的: no account, so this is a doorway to one's appointments and results (proved again each time), settings and help. */
export default function Me() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  return (
    <>
      <PageHeader title={t('me.title')} />
      <div className="page">
        <p className="lead">{t('me.intro')}</p>
        <ul className="link-list">
          {rows.map(({ to, label, desc, soon, Icon }) => (
            <li key={to}>
              <Link to={to} className="link-row">
                <Icon />
                <span className="link-row-text">
                  <span>{t(label)}</span>
                  {desc && <span className="link-row-desc">{t(desc)}</span>}
                  {soon && <span className="badge">{t('soon.badge')}</span>}
                </span>
                <ForwardIcon size="1.2em" />
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
