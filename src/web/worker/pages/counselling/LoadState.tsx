import type { ReactNode } from 'react';
import { ApiError } from '../../../shared/api';
import { isOffline } from '../../counselling/errors';
import type { Loaded } from '../../counselling/use-load';
import { useWords } from './words';

/**
 * A load still running or failed, said plainly: "loading", "no network" or "could not load" with a retry.
 * Renders `children(data)` once loaded.
 */
export function LoadState<T>({
  state,
  reload,
  loading,
  notFound,
  children,
}: {
  state: Loaded<T>;
  reload: () => void;
  loading: string;
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t } = useWords();
  if (state.status === 'loading')
    return (
      <p className="status-line" role="status">
        <span className="spinner" aria-hidden="true" />
        {loading}
      </p>
    );
  if (state.status === 'error') {
    if (notFound && state.error instanceof ApiError && state.error.status === 404) return <>{notFound}</>;
    return (
      <div className="status-box" role="alert">
        <p>{isOffline(state.error) ? t('load.offline') : t('load.error')}</p>
        <button type="button" className="big-button secondary" onClick={reload}>
          {t('load.retry')}
        </button>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
