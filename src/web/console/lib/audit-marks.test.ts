import { describe, expect, it } from 'vitest';
import { isBreakGlass } from './audit-marks';

describe('break-glass in the audit trail', () => {
  it('marks the emergency access itself and every read made under it', () => {
    expect(isBreakGlass({ action: 'case.break_glass', details: { minutes: 60 } })).toBe(true);
    expect(isBreakGlass({ action: 'case.read', details: { basis: 'break_glass', breakGlass: true } })).toBe(
      true,
    );
  });

  it('leaves ordinary events as they are', () => {
    expect(isBreakGlass({ action: 'case.read', details: { basis: 'assigned' } })).toBe(false);
    expect(isBreakGlass({ action: 'alert.read', details: { breakGlass: 'yes' } })).toBe(false);
  });
});
