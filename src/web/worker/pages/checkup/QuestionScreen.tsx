import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeech } from '../../checkup/speech';
import { topicKey } from '../../checkup/texts';
import type { Form } from '../../checkup/types';

/** Long enough to see which answer was tapped (and tap another instead), short enough not to feel slow. */
export const ADVANCE_DELAY_MS = 400;

interface Props {
  form: Form;
  index: number;
  number: number;
  total: number;
  value: number | null;
  onAnswer: (value: number) => void;
  onNext: () => void;
  onInstructions: () => void;
  onRestart: () => void;
}

/** One question per screen: the question large, its answers as full-width buttons, next on tap. */
export function QuestionScreen(props: Props) {
  const { form, index, number, total, value, onAnswer, onNext, onInstructions, onRestart } = props;
  const { t } = useTranslation('checkup');
  const item = form.items[index];
  const [chosen, setChosen] = useState<number | null>(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const speech = useSpeech(form.lang);
  const topic = topicKey(form.id);

  // One screen per question (the page keys it by number): focus its text for screen readers; on leaving,
  // drop a pending move (useSpeech stops any reading itself).
  useEffect(() => {
    heading.current?.focus();
    return () => clearTimeout(timer.current);
  }, []);

  if (!item) return null;
  const choose = (v: number) => {
    setChosen(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onAnswer(v), ADVANCE_DELAY_MS);
  };
  const readAloud = () => {
    if (speech.speaking) return speech.stop();
    // Pauses between the parts, in the question's own language.
    const [stop, pause] = form.lang === 'en' ? ['. ', '; '] : ['。', '；'];
    const lead = form.timeframe ? `${form.timeframe}${stop}` : '';
    speech.speak(`${lead}${item.text}${stop}${item.options.map((o) => o.label).join(pause)}`);
  };

  return (
    <div className="page question">
      <div className="q-head">
        <div className="q-meta">
          <p className="q-topic">
            {topic ? t(topic) : form.name} · {form.shortName}
          </p>
          <p className="q-count">{t('q.progress', { n: number, total })}</p>
        </div>
        <div
          className="q-bar"
          role="progressbar"
          aria-label={t('q.progress', { n: number, total })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={number}
        >
          <span style={{ width: `${(100 * number) / total}%` }} />
        </div>
      </div>

      <div>
        {form.timeframe && <p className="q-timeframe">{t('q.timeframe', { timeframe: form.timeframe })}</p>}
        <h2 className="q-text" id="q-text" ref={heading} tabIndex={-1} lang={form.lang}>
          {item.text}
        </h2>
      </div>

      {/* Answers as big buttons (pressed = chosen): a tap on any of them, also the chosen one, moves on. */}
      <fieldset className="q-options" aria-labelledby="q-text" lang={form.lang}>
        {item.options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={chosen === o.value}
            className="q-option"
            onClick={() => choose(o.value)}
          >
            {o.label}
          </button>
        ))}
      </fieldset>

      {value !== null && chosen === value && (
        <button type="button" className="big-button secondary" onClick={onNext}>
          {t('q.next')}
        </button>
      )}
      <div className="q-tools">
        <button type="button" className="text-button" onClick={onInstructions}>
          {t('q.instructions')}
        </button>
        {speech.supported && (
          <button type="button" className="text-button" onClick={readAloud} aria-pressed={speech.speaking}>
            {speech.speaking ? t('q.stopReading') : t('q.readAloud')}
          </button>
        )}
        <button type="button" className="text-button" onClick={onRestart}>
          {t('start.restart')}
        </button>
      </div>
    </div>
  );
}
