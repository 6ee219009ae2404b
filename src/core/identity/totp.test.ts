import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  totpAt,
  verifyTotp,
} from './totp';

// RFC 6238 appendix B uses the ASCII secret "12345678901234567890" with 8 digits; we use 6, the last six.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('at %i s the code is %s', (seconds, code) => {
    expect(totpAt(rfcSecret, seconds * 1000)).toBe(code);
  });

  it('matches RFC 4226 HOTP test values', () => {
    const secret = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('accepts the previous and next step for clock drift, but not two steps away', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    expect(verifyTotp(secret, totpAt(secret, now - 30_000), now)).not.toBeNull();
    expect(verifyTotp(secret, totpAt(secret, now + 30_000), now)).not.toBeNull();
    expect(verifyTotp(secret, totpAt(secret, now - 60_000), now)).toBeNull();
  });

  it('refuses a code from a step already used (replay)', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = verifyTotp(secret, totpAt(secret, now), now);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, totpAt(secret, now), now, step as number)).toBeNull();
  });

  it('refuses malformed codes', () => {
    const secret = newTotpSecret();
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 345'])
      expect(verifyTotp(secret, bad, Date.now())).toBeNull();
  });

  it('base32 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) =>
        base32Decode(base32Encode(Buffer.from(bytes))).equals(Buffer.from(bytes)),
      ),
    );
  });

  it('makes 160-bit secrets and an otpauth URI authenticator apps read', () => {
    const secret = newTotpSecret();
    expect(base32Decode(secret)).toHaveLength(20);
    const uri = new URL(otpauthUri(secret, 'demo-admin'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('period')).toBe('30');
  });

  it('makes ten distinct 80-bit recovery codes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
      expect(looksLikeRecoveryCode(c.toUpperCase().replace(/-/g, ' '))).toBe(true);
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
