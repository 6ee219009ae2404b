import { KEYS } from '../checkup/keys';

/**
 * A check-up finished without a network waits in the outbox on the phone (checkup/outbox.ts). Send it when
 * the app starts and whenever the phone comes back online, on any page: the sending code is fetched only
 * when something waits, so the first screen carries just this check.
 */
export function watchOutbox(): void {
  const flush = () => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(KEYS.outbox);
    } catch {
      return; // storage blocked: an outbox in memory is sent by the report page itself
    }
    if (!raw || raw === '[]' || !navigator.onLine) return;
    import('../checkup/outbox-sender').then((m) => m.flushNow()).catch(() => undefined); // still offline, or the chunk could not load: the next chance will do
  };
  flush();
  window.addEventListener('online', flush);
}
