import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { absoluteLink, caseErrorText, existingCaseOf } from './case-errors';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe('case errors', () => {
  it('give the care refusals their own words', () => {
    expect(caseErrorText(t, new ApiError(409, 'case_closed', 'closed'))).toBe('<errors.case_closed>');
    expect(caseErrorText(t, new ApiError(500, 'record_unreadable', 'x'))).toBe('<errors.record_unreadable>');
  });

  it('find the existing case a 409 names', () => {
    expect(existingCaseOf(new ApiError(409, 'conflict', 'has one', { caseId: 'c-1' }))).toBe('c-1');
    expect(existingCaseOf(new ApiError(409, 'conflict', 'other', { field: 'x' }))).toBeNull();
    expect(existingCaseOf(new ApiError(409, 'already_taken', 'x', { caseId: 'c-1' }))).toBeNull();
  });

  it('makes a link given as a path a full address', () => {
    expect(absoluteLink('/measure#t=abc', 'https://x.cn')).toBe('https://x.cn/measure#t=abc');
    expect(absoluteLink('https://y.cn/measure#t=abc', 'https://x.cn')).toBe('https://y.cn/measure#t=abc');
  });
});
