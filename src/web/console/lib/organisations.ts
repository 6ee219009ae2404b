import { query } from '../../shared/api';
import { call } from './call';
import type { Organisation } from './types';

export const loadOrganisations = (includeInactive = false): Promise<Organisation[]> =>
  call<{ organisations: Organisation[] }>('GET', `/api/v1/organisations${query({ includeInactive })}`).then(
    (r) => r.organisations,
  );
