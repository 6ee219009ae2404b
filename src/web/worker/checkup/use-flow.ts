import { useCallback, useEffect, useState } from 'react';
import { loadEngine, loadedEngine } from './engine';
import { answer, back, decide, type StepUpEngine, startProgress } from './flow';
import { clearProgress, loadProgress, saveProgress } from './progress-store';
import type { CheckupSummary, Form, Progress } from './types';

/**
 * The check-up in progress as React state, written to the phone on every step (progress-store.ts). `saved`
 * turns false when the phone refuses to keep it, so the page can say the answers will not survive a reload.
 * `needEngine` asks for the step-up engine (engine.ts); until it arrives `engine` is null.
 */
export function useFlow(needEngine: boolean) {
  const [progress, setProgress] = useState<Progress | null>(loadProgress);
  const [saved, setSaved] = useState(true);
  const [engine, setEngine] = useState<StepUpEngine | null>(loadedEngine);
  const [attempt, setAttempt] = useState(0);

  // Fetch the engine when asked; if that fails (no network, no service worker yet), try again when online.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (!needEngine || engine) return;
    let live = true;
    loadEngine()
      .then((e) => live && setEngine(e))
      .catch(() => undefined);
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    return () => {
      live = false;
      window.removeEventListener('online', retry);
    };
  }, [needEngine, engine, attempt]);

  const commit = useCallback((next: Progress | null) => {
    setProgress(next);
    if (next) setSaved(saveProgress(next));
    else clearProgress();
  }, []);

  return {
    progress,
    saved,
    engine,
    retryEngine: () => setAttempt((n) => n + 1),
    start: (checkup: CheckupSummary, forms: Form[], options: Parameters<typeof startProgress>[2]) =>
      commit(startProgress(checkup, forms, options)),
    answer: (value: number) => {
      if (progress) commit(answer(progress, value, engine).progress);
    },
    decide: (target: string, yes: boolean) => {
      if (progress) commit(decide(progress, target, yes, engine));
    },
    /** Returns false at the first question: the caller shows the start screen. From the crisis screen,
     * back returns to the question just answered. */
    back: (): boolean => {
      const previous = progress && back(progress, engine);
      if (previous) commit({ ...previous, crisisOpen: false });
      return Boolean(previous);
    },
    seeInstructions: (id: string) => {
      if (progress && !progress.instructionsSeen.includes(id))
        commit({ ...progress, instructionsSeen: [...progress.instructionsSeen, id] });
    },
    closeCrisis: () => {
      if (progress) commit({ ...progress, crisisOpen: false });
    },
    /** Forgets the answers (重新开始, or once the finished check-up is in the outbox). */
    clear: () => commit(null),
  };
}
