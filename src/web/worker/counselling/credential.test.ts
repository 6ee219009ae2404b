import { afterEach, describe, expect, it } from 'vitest';
import {
  credentialFields,
  credentialHeaders,
  forgetCredential,
  isLive,
  keptWay,
  liveCredential,
  rememberCredential,
} from './credential';

afterEach(forgetCredential);

describe('who the worker is to the booking API', () => {
  const phone = { kind: 'phone' as const, phone: '+86 138-0013-8000', code: ' 123456 ', expiresAt: 600_000 };

  it('goes in headers, normalised, for reading and changing bookings', () => {
    expect(credentialHeaders(phone)).toEqual({ 'x-phone': '13800138000', 'x-phone-code': '123456' });
    expect(credentialHeaders({ kind: 'retrieval', code: 'abcd-efgh-2345-jklm' })).toEqual({
      'x-retrieval-code': 'ABCDEFGH2345JKLM',
    });
    expect(credentialFields(phone)).toEqual({ phone: '13800138000', code: '123456' });
  });

  it('lasts in memory until the phone code’s ten minutes are nearly up', () => {
    rememberCredential(phone);
    expect(liveCredential(500_000)).toBe(phone);
    expect(isLive(phone, 575_000)).toBe(false);
    expect(liveCredential(575_000)).toBeNull();
    expect(liveCredential(0)).toBeNull();
    rememberCredential({ kind: 'retrieval', code: 'ABCDEFGH2345JKLM' });
    expect(liveCredential(Number.MAX_SAFE_INTEGER)?.kind).toBe('retrieval');
  });

  it('is kept on the phone only as a masked number, or only as "the check-up code"', () => {
    expect(keptWay(phone)).toEqual({ kind: 'phone', masked: '138****8000' });
    expect(keptWay({ kind: 'retrieval', code: 'ABCDEFGH2345JKLM' })).toEqual({ kind: 'retrieval' });
  });
});
