/** A buzz on phones that have one (most Android phones; not iPhones), for feeling the breath without looking. */
export const canVibrate = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

export function buzz(pattern: number | number[]): void {
  if (!canVibrate()) return;
  try {
    navigator.vibrate(pattern);
  } catch {
    /* some WebViews throw when vibration is blocked: the buzz is only a help */
  }
}
