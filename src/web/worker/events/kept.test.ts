import { describe, expect, it } from 'vitest';
import { heldInvite, takeInvite, withoutInvite } from './invite';
import { parseKeptIds, serialiseKept, withLive, withRegistration } from './kept';
import { aRegistration, idN } from './test-fixtures';

describe('what the phone keeps', () => {
  it('keeps registration ids only, and drops anything else found in storage', () => {
    const raw = JSON.stringify({
      ids: [idN(1), 'not-an-id', idN(1), idN(2)],
      phone: '13800138000',
      ticket: 'carnation-event:x.y',
    });
    expect(parseKeptIds(raw)).toEqual([idN(1), idN(2)]);
    expect(serialiseKept(withRegistration([idN(1), idN(2)], idN(1)))).toBe(
      JSON.stringify({ ids: [idN(2), idN(1)] }),
    );
    expect(parseKeptIds('{broken')).toEqual([]);
    expect(parseKeptIds(null)).toEqual([]);
  });

  it('after a listing, keeps the live ones and those still asking for feedback', () => {
    const list = [
      aRegistration({ id: idN(1) }),
      aRegistration({ id: idN(2), status: 'cancelled' }),
      aRegistration({ id: idN(3), checkedInAt: '2026-12-01T06:00:00Z', canGiveFeedback: true }),
      aRegistration({ id: idN(4), checkedInAt: '2026-12-01T06:00:00Z', canGiveFeedback: false }),
    ];
    expect(withLive(list)).toEqual([idN(1), idN(3)]);
  });

  it('holds an invitation token in memory for the visit and takes it off the address', () => {
    expect(takeInvite('?kind=lecture&invite=Abc_def-12345')).toBe('Abc_def-12345');
    expect(takeInvite('')).toBe('Abc_def-12345');
    expect(heldInvite()).toBe('Abc_def-12345');
    expect(takeInvite('?invite=<bad>')).toBe('Abc_def-12345');
    expect(withoutInvite('?kind=lecture&invite=Abc_def-12345')).toBe('?kind=lecture');
    expect(withoutInvite('?invite=x')).toBe('');
  });
});
