import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A step-up, offered never forced: the reason in the API's words, yes or no with equal weight. */
export function OfferScreen({ reason, onAnswer }: { reason: string; onAnswer: (accepted: boolean) => void }) {
  const { t } = useTranslation('checkup');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page intro">
      <h2 className="intro-topic" ref={heading} tabIndex={-1}>
        {t('offer.heading')}
      </h2>
      <p className="intro-text">{reason}</p>
      <p className="hint">{t('offer.optional')}</p>
      <div className="button-stack">
        <button type="button" className="big-button" onClick={() => onAnswer(true)}>
          {t('offer.yes')}
        </button>
        <button type="button" className="big-button secondary" onClick={() => onAnswer(false)}>
          {t('offer.no')}
        </button>
      </div>
    </div>
  );
}
