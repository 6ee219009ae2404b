import { describe, expect, it } from 'vitest';
import { contactPhone } from './contact-phone';

describe('a number to call back on', () => {
  it('takes a mobile however it is written', () => {
    expect(contactPhone('138 0013 8000')).toBe('13800138000');
    expect(contactPhone('+86 138-0013-8000')).toBe('13800138000');
  });

  it('takes a landline with its area code', () => {
    expect(contactPhone('0561-3012345')).toBe('05613012345');
    expect(contactPhone('(010) 8765 4321')).toBe('01087654321');
  });

  it('refuses what the server would refuse', () => {
    for (const text of ['', '12345', '3012345', '2380013800', '138001380001', 'abc'])
      expect(contactPhone(text), text).toBeNull();
  });
});
