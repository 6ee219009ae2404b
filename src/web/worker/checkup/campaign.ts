import { useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api';
import type { CampaignLink, CampaignState } from './choice';

/**
 * The campaign a QR link names: its name (to say which campaign the worker came through) and its check-up.
 * The service worker answers from its copy when there is no network (network first); with neither, the
 * default check-up is taken and sent with the code, which the outbox drops if the server refuses it.
 */
export function useCampaign(code: string | null): CampaignState {
  const [state, setState] = useState<CampaignState>(code ? { status: 'loading' } : { status: 'none' });
  useEffect(() => {
    if (!code) return setState({ status: 'none' });
    let live = true;
    setState({ status: 'loading' });
    api<CampaignLink>('GET', `/api/v1/campaign-links/${code}`, undefined, { timeoutMs: 10_000 })
      .then((link) => live && setState({ status: 'ready', link }))
      .catch((err: unknown) => {
        const gone = err instanceof ApiError && (err.status === 404 || err.status === 400);
        if (live) setState({ status: gone ? 'gone' : 'unknown' });
      });
    return () => {
      live = false;
    };
  }, [code]);
  return state;
}
