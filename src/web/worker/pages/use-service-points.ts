import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api';

/** A heart station as GET /api/v1/service-points presents it. */
export interface ServicePoint {
  id: string;
  tenantId: string;
  kind: 'city_station' | 'district_station' | 'enterprise_station' | 'roadside_station' | 'remote';
  name: string;
  nameEn: string;
  address: string;
  addressEn: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  description: string | null;
  descriptionEn: string | null;
}

export type ServicePointsState =
  | { status: 'loading' }
  | { status: 'ready'; points: ServicePoint[] }
  | { status: 'error'; offline: boolean };

/**
 * The public list of service points. A failed load says whether the network was the cause, and loads again
 * by itself when the phone comes back online.
 */
export function useServicePoints(): { state: ServicePointsState; reload: () => void } {
  const [state, setState] = useState<ServicePointsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    // A retry starts from the loading state; the first load already does.
    if (attempt > 0) setState({ status: 'loading' });
    api<{ servicePoints: ServicePoint[] }>('GET', '/api/v1/service-points')
      .then((data) => {
        if (live) setState({ status: 'ready', points: data.servicePoints });
      })
      .catch((err: unknown) => {
        const offline = (err instanceof ApiError && err.code === 'network') || !navigator.onLine;
        if (live) setState({ status: 'error', offline });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    if (state.status !== 'error') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [state.status, reload]);

  return { state, reload };
}
