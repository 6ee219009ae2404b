import type { CurrentMeasure } from './api';
import type { MeasureProgress } from './flow';

/**
 * The questionnaire open on this page, in memory only: its token (taken off the address bar), the form as
 * the server sent it, and the answers so far. A visit to the crisis page and back finds them again without
 * a network; a reload forgets them (the text message's link opens it again).
 */
interface Session {
  token: string;
  measure: CurrentMeasure | null;
  progress: MeasureProgress | null;
}

let session: Session | null = null;

/** The link's token for this visit: a new one (a link just opened) replaces what was kept. */
export function tokenOfVisit(fromHash: string | 'broken' | null): string | 'broken' | null {
  if (fromHash === 'broken') return 'broken';
  if (fromHash && fromHash !== session?.token) session = { token: fromHash, measure: null, progress: null };
  return session?.token ?? null;
}

export const keptMeasure = (token: string): CurrentMeasure | null =>
  session?.token === token ? session.measure : null;

export const keptProgress = (token: string): MeasureProgress | null =>
  session?.token === token ? session.progress : null;

export function keepMeasure(token: string, measure: CurrentMeasure): void {
  if (session?.token === token) session.measure = measure;
}

export function keepProgress(token: string, progress: MeasureProgress): void {
  if (session?.token === token) session.progress = progress;
}
