import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { caseOpeningOf } from './case-opening';

const caseId = '5b7c1f6e-8f57-4c1a-9d53-0c7e0f1d2a3b';

describe('opening a case from a request', () => {
  it('goes to the new case', () => {
    expect(caseOpeningOf({ id: caseId }, null)).toEqual({ outcome: 'opened', caseId });
  });

  it('goes to the case already open for the request', () => {
    const e = new ApiError(409, 'conflict', 'Case 2026-0001 is already open for this', { caseId });
    expect(caseOpeningOf(null, e)).toEqual({ outcome: 'exists', caseId });
  });

  it('says kindly that a colleague follows it up', () => {
    expect(
      caseOpeningOf(null, new ApiError(409, 'already_taken', 'Another counsellor has taken this request')),
    ).toEqual({ outcome: 'taken' });
  });

  it('tells a missing route (a server without cases) from a missing request', () => {
    expect(caseOpeningOf(null, new ApiError(404, 'not_found', 'No route POST /api/v1/cases'))).toEqual({
      outcome: 'unavailable',
    });
    const gone = new ApiError(404, 'not_found', 'That request was not found');
    expect(caseOpeningOf(null, gone)).toEqual({ outcome: 'failed', error: gone });
  });

  it('leaves any other refusal to the usual error words', () => {
    const closed = new ApiError(409, 'conflict', 'This request was closed without a case');
    expect(caseOpeningOf(null, closed)).toEqual({ outcome: 'failed', error: closed });
  });
});
