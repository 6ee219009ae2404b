import { query } from '../../shared/api';
import { call } from './call';
import type { CheckupDefinitionView, InstrumentText } from './types';

export const loadTexts = (): Promise<InstrumentText[]> =>
  call<{ texts: InstrumentText[] }>('GET', '/api/v1/instrument-texts').then((r) => r.texts);

export const loadDefinitions = (): Promise<CheckupDefinitionView[]> =>
  call<{ definitions: CheckupDefinitionView[] }>('GET', '/api/v1/checkup-definitions').then(
    (r) => r.definitions,
  );

/** Length of an instrument as workers see it (the public list carries minutes and item counts). */
export interface InstrumentSize {
  id: string;
  minutes: number;
  itemCount: number;
}

/** What workers of this federation are offered in Chinese, with each instrument's length. */
export const loadSizes = (tenant: string): Promise<InstrumentSize[]> =>
  call<{ instruments: InstrumentSize[] }>(
    'GET',
    `/api/v1/instruments${query({ lang: 'zh-CN', tenant })}`,
  ).then((r) => r.instruments);
