import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../shared/api';
import { Alarm } from '../lib/alarm';
import { call } from '../lib/call';
import {
  type LiveEvent,
  parseAlertEvent,
  parseEndEvent,
  parseNotificationEvent,
  reconnectDelay,
} from '../lib/care-events';
import { type LiveCare, LiveCareContext, type LiveStatus, type Permission } from './context';
import { askDesktopPermission, desktopPermission } from './desktop-notice';

const EVENTS_PATH = '/api/v1/events';

/** A 401 means the session is over: `call` has already sent the user to sign-in, so stop trying. */
const sessionOver = (e: unknown) => e instanceof ApiError && e.status === 401;

/**
 * One event stream per console tab for the signed-in member of staff: requests for help coming in or changing,
 * and their own notifications. After a drop it comes back with backoff (a minute at most), first checking that
 * the session still holds (an event stream cannot tell a refused session from a lost network), and tells the
 * pages so they load again what they may have missed.
 */
export function LiveCareProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<(event: LiveEvent) => void>());
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const alarmRef = useRef<Alarm | null>(null);
  alarmRef.current ??= new Alarm();
  const alarm = alarmRef.current;
  const [sound, setSound] = useState(false);
  const [desktop, setDesktop] = useState<Permission>(desktopPermission);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let opened = false;
    let stopped = false;

    const emit = (event: LiveEvent) => {
      for (const listener of [...listeners.current]) {
        try {
          listener(event);
        } catch {
          // One page's broken listener must not keep the others (or the alarm) from hearing.
        }
      }
    };

    const drop = () => {
      source?.close();
      source = null;
    };

    const retry = () => {
      drop();
      if (stopped) return;
      setStatus('retrying');
      clearTimeout(timer);
      timer = setTimeout(() => void checkThenConnect(), reconnectDelay(failures));
      failures += 1;
    };

    const checkThenConnect = async () => {
      try {
        await call('GET', '/api/v1/auth/session');
      } catch (e) {
        if (sessionOver(e)) return;
        // The server may be restarting: the stream's own attempt will fail and back off again if so.
      }
      connect();
    };

    function connect() {
      if (stopped) return;
      drop();
      const stream = new EventSource(EVENTS_PATH);
      source = stream;
      stream.onopen = () => {
        if (opened) emit({ type: 'reconnected' });
        opened = true;
        failures = 0;
        setStatus('live');
      };
      stream.addEventListener('alert', (m: MessageEvent<string>) => {
        const alert = parseAlertEvent(m.data);
        if (alert) emit({ type: 'alert', alert });
      });
      stream.addEventListener('notification', (m: MessageEvent<string>) => {
        const notification = parseNotificationEvent(m.data);
        if (notification) emit({ type: 'notification', notification });
      });
      stream.addEventListener('end', (m: MessageEvent<string>) => {
        if (parseEndEvent(m.data)) retry();
      });
      // The browser would retry on its own, at a fixed pace and never after a refusal: we do it instead.
      stream.onerror = () => {
        if (source === stream) retry();
      };
    }

    const online = () => {
      if (source) return;
      clearTimeout(timer);
      failures = 0;
      void checkThenConnect();
    };
    window.addEventListener('online', online);
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
      drop();
    };
  }, []);

  // Browsers allow sound after any click on the page: the first one unlocks the alarm quietly.
  useEffect(() => {
    const unlock = () => {
      void alarm.unlock().then((ok) => {
        setSound(ok);
        if (ok) remove();
      });
    };
    const remove = () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
    return remove;
  }, [alarm]);

  const subscribe = useCallback((listener: (event: LiveEvent) => void) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const enable = useCallback(async () => {
    // Both are started inside the click (browsers allow them only then); the sound does not wait for the
    // answer to the notification question, which may stay open for a while.
    const answered = askDesktopPermission().then(setDesktop);
    setAsked(true);
    const ok = await alarm.unlock();
    setSound(ok);
    if (ok) alarm.chime();
    await answered;
  }, [alarm]);

  const ring = useCallback(() => alarm.ring(), [alarm]);

  const value = useMemo<LiveCare>(
    () => ({ status, subscribe, alarm: { sound, desktop, asked, enable, ring } }),
    [status, subscribe, sound, desktop, asked, enable, ring],
  );
  return <LiveCareContext.Provider value={value}>{children}</LiveCareContext.Provider>;
}
