import type { StepUpEngine } from './flow';

/**
 * The step-up engine and the finishing code, fetched once the first question is on screen: not part of the
 * first question's budgeted download, in memory (and precached) long before the battery's end needs them.
 */
let engine: StepUpEngine | null = null;

export const loadedEngine = (): StepUpEngine | null => engine;

/** One download for both: the engine, and what turns the answers into an outbox entry and a report. */
export const loadFinish = () => import('./finish');

export const loadEngine = (): Promise<StepUpEngine> =>
  loadFinish().then((m) => {
    engine = m.engine;
    return m.engine;
  });
