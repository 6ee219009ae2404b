import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hush, speakWith, voiceFor } from '../../tools/voice';

/** The page's language as the phone's speech wants it. */
export const useSpeechLang = (): 'zh-CN' | 'en' => (useTranslation().i18n.language === 'en' ? 'en' : 'zh-CN');

/**
 * Read-aloud for a guided exercise: off until the worker turns it on (a voice starting by itself could be
 * heard by others in a break room), offered only when the phone has a voice, never needed to follow along.
 */
export function useVoice() {
  const lang = useSpeechLang();
  const [voice, setVoice] = useState(() => voiceFor(lang));
  const [on, setOn] = useState(false);
  // Voices often arrive a moment after the page (voiceschanged); reading stops when the page closes.
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      hush();
    };
  }, [lang]);
  const say = useCallback(
    (text: string) => {
      if (on && voice) speakWith(voice, text);
    },
    [on, voice],
  );
  const turn = useCallback((next: boolean) => {
    setOn(next);
    if (!next) hush();
  }, []);
  return { supported: voice !== null, on, turn, say, stop: hush };
}

/** The time now, read again every `everyMs` while `running`: what a guide re-renders from. */
export function useNow(running: boolean, everyMs = 200): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    setNow(performance.now());
    const timer = setInterval(() => setNow(performance.now()), everyMs);
    return () => clearInterval(timer);
  }, [running, everyMs]);
  return now;
}

/**
 * Keeps the screen on while an exercise runs, where the phone allows it (Screen Wake Lock): a cheap phone
 * locks after 30 seconds, in the middle of a breath. Without it the exercise still works; it just may dim.
 */
export function useKeepAwake(active: boolean): void {
  const lock = useRef<WakeLockSentinel | null>(null);
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let live = true;
    const request = () => {
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (live) lock.current = sentinel;
          else void sentinel.release();
        })
        .catch(() => undefined);
    };
    // The lock ends when the page is hidden; it is asked for again when the worker comes back.
    const onVisible = () => document.visibilityState === 'visible' && request();
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock.current?.release().catch(() => undefined);
      lock.current = null;
    };
  }, [active]);
}
