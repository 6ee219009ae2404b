import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BreathIcon, ForwardIcon, HeartIcon, PhoneIcon } from '../../components/icons';

/**
 * The gentle end of an exercise: a kind word, and what could come next — more breathing, someone to talk
 * to, or the helplines for a worker who still feels very bad. Focus moves to its heading, so a screen reader
 * hears that the exercise is over.
 */
export function ToolEnd(props: {
  heading: string;
  body: string;
  offerBreathing?: boolean;
  onAgain: () => void;
  children?: ReactNode;
}) {
  const { heading, body, offerBreathing = true, onAgain, children } = props;
  const { t } = useTranslation('tools');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="tool-end" aria-labelledby="tool-end-heading">
      <h2 id="tool-end-heading" className="tool-end-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <p className="lead">{body}</p>
      {children}
      <h3 className="section-title">{t('end.nextHeading')}</h3>
      <ul className="link-list">
        {offerBreathing && (
          <li>
            <Link to="/tools/breathing" className="link-row">
              <BreathIcon />
              <span>{t('end.breathing')}</span>
              <ForwardIcon size="1.2em" />
            </Link>
          </li>
        )}
        <li>
          <Link to="/stations" className="link-row">
            <HeartIcon />
            <span>{t('end.talk')}</span>
            <ForwardIcon size="1.2em" />
          </Link>
        </li>
        <li>
          <Link to="/help" className="link-row tool-end-help">
            <PhoneIcon />
            <span>{t('end.help')}</span>
            <ForwardIcon size="1.2em" />
          </Link>
        </li>
      </ul>
      <div className="button-stack">
        <button type="button" className="big-button secondary" onClick={onAgain}>
          {t('common.again')}
        </button>
        <Link to="/tools" className="big-button secondary">
          {t('common.toTools')}
        </Link>
      </div>
    </section>
  );
}
