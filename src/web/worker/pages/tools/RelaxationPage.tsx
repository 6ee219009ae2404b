import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/tools.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import {
  type Clock,
  countdownText,
  elapsedMs,
  paused,
  resumed,
  seeked,
  startedClock,
} from '../../tools/clock';
import { groupStartMs, muscleGroups, relaxationSession } from '../../tools/relaxation';
import { toolsTexts } from '../../tools/texts';
import { positionAt } from '../../tools/timeline';
import { countToolUse } from '../../tools/tool-use';
import { ToolEnd } from './ToolEnd';
import { ToolSwitch } from './ToolSwitch';
import { useKeepAwake, useNow, useVoice } from './use-tools';

/**
 * /tools/relaxation, progressive muscle relaxation: each muscle group tensed for 5 seconds and let go for
 * 10, with the words on screen (always) and read aloud when the worker turns the voice on; pause, the
 * previous or next group, stop.
 */
function RelaxationPage() {
  const { t } = useTranslation('tools');
  usePageTitle(t('relaxation.title'));
  const session = useMemo(() => relaxationSession(), []);
  const [clock, setClock] = useState<Clock | null>(null);
  const [finished, setFinished] = useState(false);
  const running = clock !== null && clock.since !== null;
  const now = useNow(running);
  const voice = useVoice();
  useKeepAwake(running);
  const at = clock ? positionAt(session, elapsedMs(clock, now)) : null;
  const index = at?.index ?? -1;
  const done = at?.done ?? false;
  const total = muscleGroups.length;

  // Each new step is read out (when the voice is on), as it begins.
  useEffect(() => {
    const step = session.segments[index]?.value;
    if (!step || !running) return;
    voice.say(
      `${t(`relaxation.phases.${step.phase}`)}: ${t(`relaxation.groups.${step.group}.${step.phase}`)}`,
    );
  }, [index, running, session, voice.say, t]);

  useEffect(() => {
    if (!done) return;
    setClock(null);
    setFinished(true);
    voice.stop();
  }, [done, voice.stop]);

  // Starting takes the Start button away: focus goes to the muscle group's name, read out with its step.
  const groupHeading = useRef<HTMLHeadingElement>(null);
  const active = clock !== null;
  useEffect(() => {
    if (active) groupHeading.current?.focus();
  }, [active]);

  const start = () => {
    countToolUse('relaxation');
    setFinished(false);
    setClock(startedClock(performance.now()));
  };
  const toGroup = (groupIndex: number) =>
    setClock((c) => c && seeked(c, groupStartMs(session, groupIndex), performance.now()));
  const stop = () => {
    voice.stop();
    setClock(null);
  };

  const step = at?.value;
  return (
    <>
      <PageHeader title={t('relaxation.title')} />
      <div className="page tools">
        {finished && !clock && <ToolEnd heading={t('end.heading')} body={t('end.body')} onAgain={start} />}

        {!finished && !clock && (
          <>
            <p className="lead">{t('relaxation.intro')}</p>
            <p className="note-box">{t('relaxation.safety')}</p>
            <p>{t('relaxation.howLong', { count: total, minutes: Math.round(session.totalMs / 60_000) })}</p>
            {voice.supported && (
              <ToolSwitch
                id="relaxation-voice"
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

        {clock && at && step && (
          <section className="relax-run" aria-labelledby="relax-group" data-phase={step.phase}>
            <p className="tool-progress">{t('relaxation.group', { n: step.groupIndex + 1, total })}</p>
            <h2 id="relax-group" className="relax-group" tabIndex={-1} ref={groupHeading}>
              {t(`relaxation.groups.${step.group}.name`)}
            </h2>
            <div className="relax-step" aria-live="polite" aria-atomic="true">
              <p className="relax-phase" data-testid="relax-phase">
                {t(`relaxation.phases.${step.phase}`)}
              </p>
              <p className="relax-words">{t(`relaxation.groups.${step.group}.${step.phase}`)}</p>
            </div>
            <p className="relax-count" aria-hidden="true">
              {at.secondsLeft}
            </p>
            <div className="relax-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(at.progress * 100)}%` }} />
            </div>
            <p className="tool-time">
              {running ? t('common.timeLeft', { time: countdownText(at.remainingMs) }) : t('common.paused')}
            </p>
            <button
              type="button"
              className="big-button"
              onClick={() =>
                setClock(
                  (c) =>
                    c && (c.since === null ? resumed(c, performance.now()) : paused(c, performance.now())),
                )
              }
            >
              {running ? t('common.pause') : t('common.resume')}
            </button>
            <div className="step-buttons">
              <button
                type="button"
                className="big-button secondary"
                onClick={() => toGroup(step.groupIndex - 1)}
                disabled={step.groupIndex === 0}
              >
                {t('relaxation.prevGroup')}
              </button>
              <button
                type="button"
                className="big-button secondary"
                onClick={() => toGroup(step.groupIndex + 1)}
              >
                {t('relaxation.nextGroup')}
              </button>
            </div>
            <button type="button" className="text-button" onClick={stop}>
              {t('common.stop')}
            </button>
          </section>
        )}
      </div>
    </>
  );
}

export default withTexts(RelaxationPage, toolsTexts);
