import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookIcon, BreathIcon, ForwardIcon, HeartIcon, PhoneIcon } from '../../components/icons';

/** What may help: self-help tools, reading (opening soon, said honestly), a heart station, a counsellor's call. */
export function HelpSuggestions() {
  const { t } = useTranslation('report');
  const rows = [
    { to: '/tools', label: t('helps.tools'), Icon: BreathIcon, soon: false },
    { to: '/learn', label: t('helps.learn'), Icon: BookIcon, soon: true },
    { to: '/stations', label: t('helps.stations'), Icon: HeartIcon, soon: false },
    { to: '/checkup/contact', label: t('helps.contact'), Icon: PhoneIcon, soon: false },
  ];
  return (
    <section className="no-print" aria-labelledby="helps-heading">
      <h2 id="helps-heading" className="section-title">
        {t('helps.heading')}
      </h2>
      <ul className="link-list">
        {rows.map(({ to, label, Icon, soon }) => (
          <li key={to}>
            <Link to={to} className="link-row">
              <Icon />
              <span className="link-row-text">
                <span>{label}</span>
                {soon && <span className="badge">{t('helps.soon')}</span>}
              </span>
              <ForwardIcon size="1.2em" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
