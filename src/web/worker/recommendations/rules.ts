import { useEffect, useState } from 'react';
import type { Rule } from '../../../core/recommendations/types';
import { api } from '../../shared/api';

/** The bundled defaults: a lazy chunk of their own (precached), fetched only when the federation's cannot be. */
const bundledDefaults = (): Promise<Rule[]> =>
  import('../../../core/recommendations/defaults').then((m) => m.defaultRules);

/** One request per page load; the service worker answers it from its cache and refreshes it behind. */
let pending: Promise<Rule[]> | null = null;

export function loadRules(): Promise<Rule[]> {
  pending ??= api<{ rules: Rule[] }>('GET', '/api/v1/recommendation-rules', undefined, { timeoutMs: 8000 })
    .then((r) => (Array.isArray(r.rules) ? r.rules : bundledDefaults()))
    .catch(() => {
      pending = null; // try the network again next time
      return bundledDefaults();
    });
  return pending;
}

/** The rules to apply: null until they are in (the report shows its results meanwhile). */
export function useRecommendationRules(): Rule[] | null {
  const [rules, setRules] = useState<Rule[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadRules().then((r) => {
      if (live) setRules(r);
    });
    return () => {
      live = false;
    };
  }, []);
  return rules;
}
