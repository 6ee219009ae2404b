import type { z } from 'zod';
import type { answerMeasureResponse } from '../../../server/measures/schemas';
import { ApiError, api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import type { Form } from '../checkup/types';
import { measureHeaders } from './link';

/** The questionnaire as the server renders it for a phone: the core's form type, as the check-up reads it. */
export interface CurrentMeasure {
  instrument: Form;
  expiresAt: string;
}
export type MeasureAnswer = z.infer<typeof answerMeasureResponse>;

const WAIT = 20_000;

/** The questionnaire the link asks for, in the phone's language when the federation offers it in that one. */
export const fetchCurrentMeasure = (token: string, lang?: Language) =>
  api<CurrentMeasure>('GET', `/api/v1/measure-requests/current${query({ lang })}`, undefined, {
    headers: measureHeaders(token),
    timeoutMs: WAIT,
  });

/** The answers; sending the same ones again after a success gets the same answer (the server's replay). */
export const postMeasureAnswers = (token: string, answers: readonly number[], lang: Language) =>
  api<MeasureAnswer>(
    'POST',
    '/api/v1/measure-requests/current/answers',
    { answers, lang },
    { headers: measureHeaders(token), timeoutMs: 30_000 },
  );

/**
 * The questionnaire in the phone's language; when the federation does not offer it in that one, in the
 * language the counsellor sent it in.
 */
export const loadMeasure = (token: string, lang: Language): Promise<CurrentMeasure> =>
  fetchCurrentMeasure(token, lang).catch((err: unknown) => {
    if (err instanceof ApiError && err.code === 'instrument_unavailable') return fetchCurrentMeasure(token);
    throw err;
  });
