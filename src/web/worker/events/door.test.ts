import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { doorRefusal, parseDoorHash, pickForDoor } from './door';
import { anEvent, aRegistration, idN } from './test-fixtures';

describe('the door poster', () => {
  it('reads the code from the fragment, as printed or as linked', () => {
    expect(parseDoorHash('#c=abcdefghjkmn')).toEqual({ code: 'abcdefghjkmn' });
    expect(parseDoorHash('#c=ABCD-EFGH-JKMN')).toEqual({ code: 'abcdefghjkmn' });
    expect(parseDoorHash('')).toBeNull();
    expect(parseDoorHash('#c=')).toBe('broken');
    expect(parseDoorHash('#c=ab<>')).toBe('broken');
  });

  it('finds the worker’s registration for this event: checked in already, to check in, or only waiting', () => {
    const here = anEvent({ id: idN(1) });
    const other = anEvent({ id: idN(2) });
    const mineHere = aRegistration({ id: idN(11), event: here });
    expect(pickForDoor([aRegistration({ id: idN(12), event: other }), mineHere], idN(1))).toEqual({
      kind: 'check',
      registration: mineHere,
    });
    const done = aRegistration({ id: idN(13), event: here, checkedInAt: '2026-12-10T06:01:00Z' });
    expect(pickForDoor([mineHere, done], idN(1)).kind).toBe('done');
    expect(
      pickForDoor([aRegistration({ event: here, status: 'waitlisted', position: 3 })], idN(1)).kind,
    ).toBe('waiting');
    expect(pickForDoor([aRegistration({ event: here, status: 'cancelled' })], idN(1)).kind).toBe('none');
    expect(pickForDoor([], idN(1)).kind).toBe('none');
  });

  it('says why a check-in was refused', () => {
    expect(doorRefusal(new ApiError(400, 'invalid_checkin_code', ''))).toBe('wrongCode');
    expect(doorRefusal(new ApiError(409, 'checkin_closed', ''))).toBe('notOpen');
    expect(doorRefusal(new ApiError(0, 'network', ''))).toBe('network');
    expect(doorRefusal(new Error('x'))).toBe('network');
  });
});
