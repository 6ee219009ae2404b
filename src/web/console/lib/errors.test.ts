import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { errorText } from './errors';

// Shows which key was chosen and with what values, instead of real wording.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('errorText', () => {
  it('says for how many minutes a locked account stays locked', () => {
    const e = new ApiError(423, 'account_locked', 'locked', { retryAfterSeconds: 601 });
    expect(errorText(t, e)).toBe('errors.account_locked_for {"minutes":11}');
    expect(errorText(t, new ApiError(423, 'account_locked', 'locked'))).toBe('errors.account_locked');
  });

  it('names each password problem in the reader’s language', () => {
    const e = new ApiError(400, 'weak_password', 'Password too common', {
      problems: ['too_common', 'contains_login'],
    });
    expect(errorText(t, e)).toBe('password.problem.too_common；password.problem.contains_login');
  });

  it('recognises a taken login and keeps the server message for other conflicts', () => {
    expect(errorText(t, new ApiError(409, 'conflict', 'taken', { field: 'login' }))).toBe(
      'errors.taken_login',
    );
    expect(errorText(t, new ApiError(409, 'conflict', 'Deactivate the children first'))).toBe(
      'errors.conflictDeactivate the children first',
    );
  });

  it('names the instrument a check-up cannot use yet', () => {
    const e = new ApiError(404, 'instrument_unavailable', 'k10 cannot be offered', { instrument: 'k10' });
    expect(errorText(t, e)).toBe('errors.instrument_unavailable {"instrument":"k10"}');
  });

  it('has words for sign-in, network and rate-limit errors and a fallback for the rest', () => {
    for (const code of ['invalid_credentials', 'invalid_totp', 'rate_limited', 'network', 'forbidden']) {
      expect(errorText(t, new ApiError(400, code, 'x'))).toBe(`errors.${code}`);
    }
    expect(errorText(t, new ApiError(418, 'teapot', 'x'))).toBe('errors.unknown (teapot)');
    expect(errorText(t, new Error('boom'))).toBe('errors.unknown');
  });

  it('has words for taken time and lists what was wrong with a roster', () => {
    expect(errorText(t, new ApiError(409, 'time_taken', 'x'))).toBe('errors.time_taken');
    const e = new ApiError(400, 'invalid_roster', 'a; b', {
      problems: ['endTime must be later than startTime', 'modes must not be empty'],
    });
    expect(errorText(t, e)).toBe(
      'errors.invalid_rosterendTime must be later than startTime; modes must not be empty',
    );
    expect(errorText(t, new ApiError(400, 'invalid_roster', 'That room is not at this service point'))).toBe(
      'errors.invalid_rosterThat room is not at this service point',
    );
  });
});
