import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmergencyRow, HotlineList, type Line } from '../../components/CrisisLines';

/**
 * Crisis help in a report: 'urgent' (a critical answer) at the very top, 'elevated' (a very low or very
 * high score) prominently before the results. The lines, 120/110 and contact by a counsellor, offered.
 */
export function CrisisBox({ level, lines }: { level: 'urgent' | 'elevated'; lines: Line[] }) {
  const { t } = useTranslation();
  return (
    <section className={`crisis-box crisis-${level}`} aria-labelledby="crisis-box-heading">
      <h2 id="crisis-box-heading">{t('crisis.reportHeading')}</h2>
      <p>{level === 'urgent' ? t('crisis.reportUrgent') : t('crisis.reportElevated')}</p>
      <HotlineList lines={lines} />
      {level === 'urgent' && (
        <>
          <p>{t('crisis.danger')}</p>
          <EmergencyRow lines={lines} />
        </>
      )}
      <Link to="/checkup/contact" className="big-button secondary no-print">
        {t('crisis.contact')}
      </Link>
    </section>
  );
}

/** Every report ends with the lines (the default battery has no self-harm item: instruments.md §5). */
export function LinesFooter({ lines }: { lines: Line[] }) {
  const { t } = useTranslation();
  return (
    <section className="report-footer help" aria-labelledby="report-lines">
      <h2 id="report-lines" className="section-title">
        {t('crisis.footerHeading')}
      </h2>
      <HotlineList lines={lines} />
      <EmergencyRow lines={lines} />
    </section>
  );
}
