import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecryptionError, FieldCipher } from './field-cipher';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

describe('field cipher (AES-256-GCM)', () => {
  it('round-trips any text, including Chinese', () => {
    const c = new FieldCipher([k1], 'k1');
    // Any well-formed Unicode text (lone surrogates are not text and do not survive UTF-8 anywhere).
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => c.decrypt(c.encrypt(s, 'aad'), 'aad') === s),
    );
    expect(c.decrypt(c.encrypt('最近睡不好，工作压力大', 'notes:1'), 'notes:1')).toBe(
      '最近睡不好，工作压力大',
    );
  });

  it('never produces the same ciphertext twice, and never contains the plaintext', () => {
    const c = new FieldCipher([k1], 'k1');
    const a = c.encrypt('secret-marker-123', 'x');
    expect(a).not.toBe(c.encrypt('secret-marker-123', 'x'));
    expect(a).not.toContain('secret-marker');
  });

  it('fails loudly when one byte is flipped', () => {
    const c = new FieldCipher([k1], 'k1');
    const sealed = c.encrypt('hello', 'x');
    const body = Buffer.from(sealed.split('.')[3] as string, 'base64url');
    body[0] = (body[0] as number) ^ 1;
    const parts = sealed.split('.');
    parts[3] = body.toString('base64url');
    expect(() => c.decrypt(parts.join('.'), 'x')).toThrow(DecryptionError);
  });

  it('fails when a ciphertext is moved to another row (associated data differs)', () => {
    const c = new FieldCipher([k1], 'k1');
    expect(() => c.decrypt(c.encrypt('hello', 'users:1'), 'users:2')).toThrow(DecryptionError);
  });

  it('opens old ciphertexts after rotation, and says which key is missing', () => {
    const old = new FieldCipher([k1], 'k1').encrypt('hello', 'x');
    const rotated = new FieldCipher([k1, k2], 'k2');
    expect(rotated.decrypt(old, 'x')).toBe('hello');
    expect(FieldCipher.keyIdOf(rotated.encrypt('y', 'x'))).toBe('k2');
    expect(() => new FieldCipher([k2], 'k2').decrypt(old, 'x')).toThrow(/k1/);
  });

  it('keeps blind indexes when the first key is retired, given the index key derived from it', () => {
    const before = new FieldCipher([k1, k2], 'k2').blindIndex('13800138000', 'phone');
    const retired = new FieldCipher([k2], 'k2', { indexKey: FieldCipher.deriveIndexKey(k1.key) });
    expect(retired.blindIndex('13800138000', 'phone')).toBe(before);
    expect(new FieldCipher([k2], 'k2').blindIndex('13800138000', 'phone')).not.toBe(before);
  });

  it('refuses bad keys', () => {
    expect(() => new FieldCipher([{ id: 'short', key: randomBytes(16) }], 'short')).toThrow();
    expect(() => new FieldCipher([k1], 'k9')).toThrow();
  });
});
