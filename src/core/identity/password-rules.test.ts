import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules';

describe('password rules', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblems('river-lamp-7-carton', 'wang.li')).toEqual([]);
  });
  it('needs at least 8 and at most 128 characters (counted as characters, not bytes)', () => {
    expect(passwordProblems('Ab3$xyz')).toContain('too_short');
    expect(passwordProblems('心灵驿站康乃馨好')).not.toContain('too_short');
    expect(passwordProblems('x'.repeat(129))).toContain('too_long');
    expect(passwordProblems(`a7${'k'.repeat(126)}`)).not.toContain('too_long');
  });
  it('refuses common passwords, including ones common in China, whatever their case', () => {
    for (const p of [
      'password',
      'Password',
      '12345678',
      'qwertyuiop',
      'woaini1314',
      '52013141',
      'Password1!',
      'a123456789',
    ]) {
      expect.soft(passwordProblems(p), p).toContain('too_common');
    }
  });
  it('refuses a password containing the login', () => {
    expect(passwordProblems('zhangwei-2026-ok', 'zhangwei')).toContain('contains_login');
  });
});
