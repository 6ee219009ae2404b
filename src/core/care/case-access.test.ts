import { describe, expect, it } from 'vitest';
import { maySeeCase, recordBasis } from './case-access';

const now = new Date('2026-12-01T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const c = { counsellorId: 'wang', escalatedTo: null as string | null };
const counsellor = (userId: string) => ({ userId, counsellor: true, supervisor: false });
const supervisor = (userId: string) => ({ userId, counsellor: false, supervisor: true });

describe('who reads a case’s records', () => {
  it('lets the assigned counsellor read, and no other counsellor see the case at all', () => {
    expect(recordBasis(counsellor('wang'), c, [], now)).toBe('assigned');
    expect(recordBasis(counsellor('zhang'), c, [], now)).toBeNull();
    expect(maySeeCase(counsellor('zhang'), c)).toBe(false);
  });

  it('lets a supervisor see every case but read only one escalated to them', () => {
    expect(maySeeCase(supervisor('li'), c)).toBe(true);
    expect(recordBasis(supervisor('li'), c, [], now)).toBeNull();
    expect(recordBasis(supervisor('li'), { ...c, escalatedTo: 'li' }, [], now)).toBe('escalated');
    expect(recordBasis(supervisor('zhou'), { ...c, escalatedTo: 'li' }, [], now)).toBeNull();
  });

  it('lets a supervisor who broke the glass read until the grant runs out', () => {
    const grants = [{ userId: 'li', expiresAt: later }];
    expect(recordBasis(supervisor('li'), c, grants, now)).toBe('break_glass');
    expect(recordBasis(supervisor('li'), c, grants, later)).toBeNull();
    // A grant is personal, and a counsellor cannot hold one.
    expect(recordBasis(supervisor('zhou'), c, grants, now)).toBeNull();
    expect(recordBasis(counsellor('li'), c, grants, now)).toBeNull();
  });

  it('gives a non-clinical viewer nothing', () => {
    const admin = { userId: 'admin', counsellor: false, supervisor: false };
    expect(maySeeCase(admin, { ...c, counsellorId: 'admin' })).toBe(false);
    expect(recordBasis(admin, { ...c, counsellorId: 'admin', escalatedTo: 'admin' }, [], now)).toBeNull();
  });
});
