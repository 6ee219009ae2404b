import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DangerBox, HotlineList, useLines } from '../../components/CrisisLines';

/**
 * Shown the moment a critical answer is given (PHQ-9 item 9 above 0), before the next question: calm,
 * validating words (instruments.md §4), the lines to call, 120/110, contact by a counsellor offered (never
 * required), and the way back into the check-up. Everything here is on the phone: no server, no network.
 */
export function CrisisScreen({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation();
  const lines = useLines();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  return (
    <div className="page help crisis-screen">
      <h2 id="crisis-heading" className="page-title" ref={heading} tabIndex={-1}>
        {t('crisis.heading')}
      </h2>
      <p className="lead">{t('crisis.body')}</p>

      <section aria-labelledby="crisis-lines">
        <h3 id="crisis-lines" className="section-title">
          {t('crisis.linesHeading')}
        </h3>
        <HotlineList lines={lines} />
      </section>

      <DangerBox lines={lines} id="crisis-danger" />

      <p className="hint">{t('crisis.notWatched')}</p>
      <Link to="/checkup/contact?from=crisis" className="big-button secondary">
        {t('crisis.contact')}
      </Link>
      <p className="hint">{t('crisis.contactNote')}</p>
      <button type="button" className="big-button" onClick={onContinue}>
        {t('crisis.continue')}
      </button>
    </div>
  );
}
