import '../../styles/settings.css';
import '../../styles/tools.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import { breathingSession, phaseBuzz, rhythmIds, sessionMinutes } from '../../tools/breathing';
import { type Clock, countdownText, elapsedMs, paused, resumed, startedClock } from '../../tools/clock';
import { buzz, canVibrate } from '../../tools/haptics';
import { toolsTexts } from '../../tools/texts';
import { positionAt } from '../../tools/timeline';
import { countToolUse } from '../../tools/tool-use';
import { BreathingGuide } from './BreathingGuide';
import { type BreathingChoice, readBreathingChoice, saveBreathingChoice } from './breathing-choice';
import { ToolEnd } from './ToolEnd';
import { ToolSwitch } from './ToolSwitch';
import { useKeepAwake, useNow } from './use-tools';

/**
 * /tools/breathing, paced breathing: choose a rhythm (4-6, 5-5, box, 4-7-8) and a length (1, 3, 5 min), then
 * follow the guide, with a buzz at each change if the worker wants one; pause, go on, or stop at any time.
 * Budgeted as a first load (a link target): plain elements, no antd-mobile.
 */
function BreathingPage() {
  const { t } = useTranslation('tools');
  usePageTitle(t('breathing.title'));
  const [choice, setChoice] = useState<BreathingChoice>(readBreathingChoice);
  const [clock, setClock] = useState<Clock | null>(null);
  const [finished, setFinished] = useState(false);
  const running = clock !== null && clock.since !== null;
  const now = useNow(running);
  useKeepAwake(running);
  const session = useMemo(
    () => breathingSession(choice.rhythm, choice.minutes),
    [choice.rhythm, choice.minutes],
  );
  const at = clock ? positionAt(session, elapsedMs(clock, now)) : null;
  const phaseIndex = at?.index ?? -1;
  const done = at?.done ?? false;

  // Starting takes the Start button away: focus goes to Pause, so keyboards and screen readers stay in the
  // exercise (the phase words are announced from there).
  const pauseButton = useRef<HTMLButtonElement>(null);
  const active = clock !== null;
  useEffect(() => {
    if (active) pauseButton.current?.focus();
  }, [active]);

  const choose = (next: Partial<BreathingChoice>) => {
    const merged = { ...choice, ...next };
    setChoice(merged);
    saveBreathingChoice(merged);
  };

  // A buzz at each new phase, only while running and only when asked for.
  useEffect(() => {
    if (!running || phaseIndex < 0 || !choice.vibrate) return;
    const phase = session.segments[phaseIndex]?.value.phase;
    if (phase) buzz(phaseBuzz[phase]);
  }, [phaseIndex, running, choice.vibrate, session]);

  useEffect(() => {
    if (!done) return;
    setClock(null);
    setFinished(true);
  }, [done]);

  const start = () => {
    countToolUse('breathing');
    setFinished(false);
    setClock(startedClock(performance.now()));
  };
  const stop = () => setClock(null);

  return (
    <>
      <PageHeader title={t('breathing.title')} />
      <div className="page tools">
        {finished && !clock && (
          <ToolEnd heading={t('end.heading')} body={t('end.body')} offerBreathing={false} onAgain={start} />
        )}

        {!finished && !clock && (
          <>
            <p className="lead">{t('breathing.intro')}</p>
            <fieldset className="settings-group">
              <legend className="section-title">{t('breathing.rhythm')}</legend>
              <div className="choice-list">
                {rhythmIds.map((id) => (
                  <label key={id} className="choice tool-choice">
                    <input
                      type="radio"
                      name="rhythm"
                      value={id}
                      checked={choice.rhythm === id}
                      onChange={() => choose({ rhythm: id })}
                    />
                    <span className="choice-mark" aria-hidden="true" />
                    <span className="tool-choice-text">
                      <span className="tool-choice-name">{t(`breathing.rhythms.${id}.name`)}</span>
                      <span className="tool-choice-desc">{t(`breathing.rhythms.${id}.desc`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="settings-group">
              <legend className="section-title">{t('breathing.length')}</legend>
              <div className="chip-row">
                {sessionMinutes.map((m) => (
                  <label key={m} className="choice chip">
                    <input
                      type="radio"
                      name="minutes"
                      value={m}
                      checked={choice.minutes === m}
                      onChange={() => choose({ minutes: m })}
                    />
                    <span>{t('breathing.minutes', { count: m })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {canVibrate() && (
              <ToolSwitch
                id="breathing-vibrate"
                label={t('breathing.haptics')}
                hint={t('breathing.hapticsHint')}
                checked={choice.vibrate}
                onChange={(vibrate) => choose({ vibrate })}
              />
            )}
            <p className="hint">{t('breathing.dizzy')}</p>
            <div className="sticky-action">
              <button type="button" className="big-button" onClick={start}>
                {t('common.start')}
              </button>
            </div>
          </>
        )}

        {clock && at && (
          <section className="breathing-run" aria-label={t('breathing.guideLabel')}>
            <BreathingGuide at={at} phaseMs={session.segments[at.index]?.ms ?? 0} running={running} />
            <p className="tool-time">
              {running ? t('common.timeLeft', { time: countdownText(at.remainingMs) }) : t('common.paused')}
            </p>
            <div className="step-buttons">
              <button
                ref={pauseButton}
                type="button"
                className="big-button secondary"
                onClick={() =>
                  setClock(
                    (c) =>
                      c && (c.since === null ? resumed(c, performance.now()) : paused(c, performance.now())),
                  )
                }
              >
                {running ? t('common.pause') : t('common.resume')}
              </button>
              <button type="button" className="big-button secondary" onClick={stop}>
                {t('common.stop')}
              </button>
            </div>
            <p className="hint">{t('breathing.dizzy')}</p>
          </section>
        )}
      </div>
    </>
  );
}

export default withTexts(BreathingPage, toolsTexts);
