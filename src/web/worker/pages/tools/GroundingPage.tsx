import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/tools.css';
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import { currentSense, END_STEP, grounding, groundingSenses, initialGrounding } from '../../tools/grounding';
import { toolsTexts } from '../../tools/texts';
import { countToolUse } from '../../tools/tool-use';
import { ToolEnd } from './ToolEnd';
import { ToolSwitch } from './ToolSwitch';
import { useVoice } from './use-tools';

/**
 * /tools/grounding, 5-4-3-2-1 (54321感官法): one sense per screen, its prompt large, an optional tap to count
 * what was found and a field to write it down (kept in memory only), back and next; read aloud if the
 * worker turns it on. Next never waits for the count: finding fewer is fine.
 */
function GroundingPage() {
  const { t, i18n } = useTranslation('tools');
  usePageTitle(t('grounding.title'));
  const pause = i18n.language === 'en' ? '. ' : '。';
  const [state, dispatch] = useReducer(grounding, undefined, initialGrounding);
  const voice = useVoice();
  const heading = useRef<HTMLHeadingElement>(null);
  const sense = currentSense(state);
  const total = groundingSenses.length;

  // Each step's prompt gets focus (a screen reader reads it) and, with the voice on, is read out.
  useEffect(() => {
    if (state.step < 0 || state.step >= END_STEP) return;
    heading.current?.focus();
    const s = groundingSenses[state.step];
    if (s)
      voice.say(`${t(`grounding.senses.${s.sense}.prompt`)}${pause}${t(`grounding.senses.${s.sense}.hint`)}`);
  }, [state.step, voice.say, t, pause]);

  const start = () => {
    countToolUse('grounding');
    dispatch({ type: 'start' });
  };

  return (
    <>
      <PageHeader title={t('grounding.title')} />
      <div className="page tools">
        {state.step < 0 && (
          <>
            <p className="lead">{t('grounding.intro')}</p>
            <p>{t('grounding.how')}</p>
            <ol className="senses-preview" aria-label={t('grounding.title')}>
              {groundingSenses.map((s) => (
                <li key={s.sense}>
                  <span className="senses-count" aria-hidden="true">
                    {s.count}
                  </span>
                  {t(`grounding.senses.${s.sense}.prompt`)}
                </li>
              ))}
            </ol>
            {voice.supported && (
              <ToolSwitch
                id="grounding-voice"
                label={t('common.voice')}
                hint={t('common.voiceHint')}
                checked={voice.on}
                onChange={voice.turn}
              />
            )}
            <button type="button" className="big-button" onClick={start}>
              {t('common.start')}
            </button>
          </>
        )}

        {sense && (
          <section className="grounding-step" aria-labelledby="grounding-prompt">
            <p className="tool-progress">{t('grounding.step', { n: state.step + 1, total })}</p>
            <div className="step-dots" aria-hidden="true">
              {groundingSenses.map((s, i) => (
                <span key={s.sense} className={i <= state.step ? 'step-dot on' : 'step-dot'} />
              ))}
            </div>
            <p className="grounding-sense">{t(`grounding.senses.${sense.sense}.title`)}</p>
            <h2 id="grounding-prompt" className="grounding-prompt" tabIndex={-1} ref={heading}>
              {t(`grounding.senses.${sense.sense}.prompt`)}
            </h2>
            <p>{t(`grounding.senses.${sense.sense}.hint`)}</p>
            <FoundCounter
              key={state.step}
              found={state.found[state.step] ?? 0}
              count={sense.count}
              onFound={() => dispatch({ type: 'found' })}
            />
            <label className="field-label" htmlFor={`grounding-note-${state.step}`}>
              {t('grounding.note')}
            </label>
            <textarea
              key={`note-${state.step}`}
              id={`grounding-note-${state.step}`}
              className="text-input tool-note"
              rows={2}
              autoComplete="off"
            />
            <div className="step-buttons">
              <button
                type="button"
                className="big-button secondary"
                onClick={() => dispatch({ type: 'back' })}
                disabled={state.step === 0}
              >
                {t('common.back')}
              </button>
              <button type="button" className="big-button" onClick={() => dispatch({ type: 'next' })}>
                {t('common.next')}
              </button>
            </div>
          </section>
        )}

        {state.step >= END_STEP && (
          <ToolEnd
            heading={t('grounding.endHeading')}
            body={t('grounding.endBody')}
            onAgain={() => dispatch({ type: 'restart' })}
          >
            <p>{t('end.body')}</p>
          </ToolEnd>
        )}
      </div>
    </>
  );
}

/** The optional count: one tap per thing found, shown as filled dots and said in words. */
function FoundCounter({ found, count, onFound }: { found: number; count: number; onFound: () => void }) {
  const { t } = useTranslation('tools');
  return (
    <div className="found">
      <div className="found-dots" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the dots are positions, never reordered.
          <span key={i} className={i < found ? 'found-dot on' : 'found-dot'} />
        ))}
      </div>
      <p className="found-count" aria-live="polite">
        {t('grounding.foundCount', { found, count })}
      </p>
      <button type="button" className="big-button secondary" onClick={onFound} disabled={found >= count}>
        {t('grounding.found')}
      </button>
    </div>
  );
}

export default withTexts(GroundingPage, toolsTexts);
