import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { DangerBox, HotlineList, useLines } from '../components/CrisisLines';
import { PageHeader } from '../components/PageHeader';

/**
 * Crisis help: the safety path. Bundled with the app's first script (not lazy) and precached by the service
 * worker, so it opens with no network. The lines come from the core's list (components/CrisisLines.tsx),
 * verified in reference/instruments.md §4: 12356 first, its hours stated honestly, never a promise of 24 h.
 */
export default function Help() {
  const { t } = useTranslation();
  usePageTitle(t('help.pageTitle'));
  const lines = useLines();
  return (
    <>
      <PageHeader title={t('help.title')} crisisLink={false} />
      <div className="page help">
        <p className="lead">{t('help.intro')}</p>

        <section aria-labelledby="help-lines">
          <h2 id="help-lines" className="section-title">
            {t('help.linesHeading')}
          </h2>
          <HotlineList lines={lines} />
        </section>

        <DangerBox lines={lines} id="help-danger" />

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
