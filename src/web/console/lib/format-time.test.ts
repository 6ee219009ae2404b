import { describe, expect, it } from 'vitest';
import { formatDateTime, formatShort } from './format-time';

describe('formatDateTime', () => {
  it('shows an instant in the tenant’s zone', () => {
    expect(formatDateTime('2026-01-31T16:30:05Z', 'Asia/Shanghai')).toBe('2026-02-01 00:30:05');
    expect(formatDateTime('2026-01-31T16:30:05Z', 'UTC')).toBe('2026-01-31 16:30:05');
  });

  it('leaves nothing for no time and the text itself for a bad one', () => {
    expect(formatDateTime(null, 'Asia/Shanghai')).toBe('');
    expect(formatDateTime('soon', 'Asia/Shanghai')).toBe('soon');
  });
});

describe('formatShort', () => {
  it('shows month, day and time in the tenant’s zone', () => {
    expect(formatShort('2026-01-31T16:30:05Z', 'Asia/Shanghai')).toBe('02-01 00:30');
    expect(formatShort(null, 'Asia/Shanghai')).toBe('');
  });
});
