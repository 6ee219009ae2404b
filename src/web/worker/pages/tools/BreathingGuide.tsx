import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BreathStep, circleScale } from '../../tools/breathing';
import type { Position } from '../../tools/timeline';

/**
 * The breathing guide: a circle that grows as one breathes in and shrinks breathing out (a CSS transform
 * transition over the phase's own seconds: the compositor animates it, no JavaScript per frame), the phase
 * word (announced politely once per phase) and the seconds left. With reduced motion the circle is not
 * shown; a row of marks fills second by second instead.
 */
export function BreathingGuide({
  at,
  phaseMs,
  running,
}: {
  at: Position<BreathStep>;
  phaseMs: number;
  running: boolean;
}) {
  const { t } = useTranslation('tools');
  const { phase, breath } = at.value;
  // The circle first shows where it is, then (a frame later) is given where to go, so that it moves.
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!running) return setArmed(false);
    const frame = requestAnimationFrame(() => setArmed(true));
    return () => cancelAnimationFrame(frame);
  }, [running]);
  const moving = running && armed;
  const scale = moving ? circleScale(phase, 1) : circleScale(phase, at.progress);
  const remainingS = ((1 - at.progress) * phaseMs) / 1000;
  const seconds = Math.round(phaseMs / 1000);
  const passed = seconds - at.secondsLeft;
  return (
    <div className="breath-guide" data-phase={phase}>
      <div className="breath-stage" aria-hidden="true">
        <div
          className="breath-circle"
          style={{
            transform: `scale(${scale})`,
            transitionDuration: moving ? `${remainingS.toFixed(2)}s` : '0s',
          }}
        />
        <span className="breath-count">{at.secondsLeft}</span>
      </div>
      <p className="breath-phase" aria-live="polite" data-testid="breath-phase">
        {t(`breathing.phases.${phase}`)}
      </p>
      <div className="breath-marks" aria-hidden="true">
        {Array.from({ length: seconds }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one mark per second of the phase, in order.
          <span key={i} className={i <= passed ? 'breath-mark on' : 'breath-mark'} />
        ))}
      </div>
      <p className="tool-progress">
        {t('breathing.breath', { n: breath })}
        <span className="visually-hidden">, {t('breathing.secondsLeft', { count: at.secondsLeft })}</span>
      </p>
    </div>
  );
}
