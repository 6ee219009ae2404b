import { createContext, useContext, useEffect, useRef } from 'react';
import type { LiveEvent } from '../lib/care-events';

/** connecting: the first attempt; live: events arrive; retrying: the stream dropped and will be tried again. */
export type LiveStatus = 'connecting' | 'live' | 'retrying';

export type Permission = NotificationPermission | 'unsupported';

export interface AlarmState {
  /** Sound can be made now (the user has clicked in this page since it loaded). */
  sound: boolean;
  /** Whether desktop notifications may be shown. */
  desktop: Permission;
  /** Desktop notifications were asked for in this page (a dismissed question leaves them 'default'). */
  asked: boolean;
  /** From a click: allow sound and ask for desktop notifications; plays a short chime when sound works. */
  enable: () => Promise<void>;
  /** Plays the alarm (false when sound is not allowed yet). */
  ring: () => boolean;
}

export interface LiveCare {
  status: LiveStatus;
  subscribe: (listener: (event: LiveEvent) => void) => () => void;
  alarm: AlarmState;
}

export const LiveCareContext = createContext<LiveCare | null>(null);

export function useLiveCare(): LiveCare {
  const live = useContext(LiveCareContext);
  if (!live) throw new Error('useLiveCare outside LiveCareProvider');
  return live;
}

/** Calls `listener` for every live event while the component is mounted (the latest listener, no resubscribing). */
export function useLiveEvents(listener: (event: LiveEvent) => void): void {
  const { subscribe } = useLiveCare();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}
