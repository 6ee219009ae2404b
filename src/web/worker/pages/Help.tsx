import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { PhoneIcon } from '../components/icons';
import { PageHeader } from '../components/PageHeader';

/**
 * Crisis help: the safety path. Bundled with the app's first script (not lazy) and precached by the service
 * worker, so it opens with no network. Numbers and wording follow reference/instruments.md §4: 12356's hours
 * vary by place, so no promise of 24 h; Hope 24 is listed last because it is often busy.
 */
const lines = [
  { key: 'national', number: '12356', tel: '12356' },
  { key: 'beijing', number: '010-82951332', tel: '01082951332' },
  { key: 'hope', number: '400-161-9995', tel: '4001619995' },
] as const;

function CallButton({
  name,
  number,
  tel,
  note,
}: {
  name: string;
  number: string;
  tel: string;
  note?: string;
}) {
  const { t } = useTranslation();
  return (
    <li className="call-card">
      <a className="call-button" href={`tel:${tel}`} aria-label={t('help.callLabel', { name, number })}>
        <span className="call-text">
          <span className="call-name">{name}</span>
          <span className="call-number">{number}</span>
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

export default function Help() {
  const { t } = useTranslation();
  usePageTitle(t('help.pageTitle'));
  return (
    <>
      <PageHeader title={t('help.title')} crisisLink={false} />
      <div className="page help">
        <p className="lead">{t('help.intro')}</p>

        <section aria-labelledby="help-lines">
          <h2 id="help-lines" className="section-title">
            {t('help.linesHeading')}
          </h2>
          <ul className="call-list">
            {lines.map(({ key, number, tel }) => (
              <CallButton
                key={key}
                name={t(`help.lines.${key}.name`)}
                number={number}
                tel={tel}
                note={t(`help.lines.${key}.note`)}
              />
            ))}
          </ul>
        </section>

        <section className="danger-box" aria-labelledby="help-danger">
          <h2 id="help-danger">{t('help.dangerHeading')}</h2>
          <p>{t('help.danger')}</p>
          <ul className="emergency-row">
            <CallButton name={t('help.ambulance')} number="120" tel="120" />
            <CallButton name={t('help.police')} number="110" tel="110" />
          </ul>
        </section>

        <section aria-labelledby="help-next">
          <h2 id="help-next" className="section-title">
            {t('help.nextHeading')}
          </h2>
          <ul className="plain-list">
            <li>{t('help.next.person')}</li>
            <li>{t('help.next.clinic')}</li>
            <li>{t('help.next.eap')}</li>
          </ul>
          <Link to="/stations" className="link-row">
            {t('help.stationsLink')}
          </Link>
        </section>

        <section className="notes" aria-labelledby="help-notes">
          <h2 id="help-notes" className="section-title">
            {t('help.notesHeading')}
          </h2>
          <ul className="plain-list">
            <li>{t('help.notes.notDiagnosis')}</li>
            <li>{t('help.notes.notWatched')}</li>
            <li>{t('help.notes.noLogin')}</li>
          </ul>
        </section>
      </div>
    </>
  );
}
