import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { topicKey } from '../../checkup/texts';
import type { Form } from '../../checkup/types';

/**
 * Before an instrument's first question: its own timeframe (never one header over the whole battery,
 * instruments.md §3.10) and its instructions. Re-opened from any of its questions.
 */
export function InstructionsScreen({
  form,
  reopened,
  onDone,
}: {
  form: Form;
  reopened: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('checkup');
  const heading = useRef<HTMLHeadingElement>(null);
  const topic = topicKey(form.id);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="page intro">
      <h2 className="intro-topic" ref={heading} tabIndex={-1}>
        {topic ? t(topic) : form.name}
      </h2>
      <p className="hint" lang={form.lang}>
        {form.name}
      </p>
      <p className="intro-timeframe">
        {form.timeframe ? t('intro.timeframe', { timeframe: form.timeframe }) : t('intro.noTimeframe')}
      </p>
      <p className="intro-text" lang={form.lang}>
        {form.instructions}
      </p>
      <button type="button" className="big-button" onClick={onDone}>
        {reopened ? t('intro.close') : t('intro.begin')}
      </button>
    </div>
  );
}
