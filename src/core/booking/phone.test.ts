import { describe, expect, it } from 'vitest';
import { maskMobile, normaliseMobile } from './phone';

describe('normaliseMobile', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086-13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['  199　0000　1111 ', '19900001111'],
  ])('reads %j', (text, mobile) => {
    expect(normaliseMobile(text)).toBe(mobile);
  });
  it.each([
    '12812345678', // no mobile range starts with 12
    '1381234567', // too short
    '138123456789', // too long
    '+85213812345678', // not mainland
    '010-12345678', // a landline
    '138.1234.5678',
    '',
  ])('refuses %j', (text) => {
    expect(normaliseMobile(text)).toBeNull();
  });
});

describe('maskMobile', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
  it('hides something too short to mask safely', () => {
    expect(maskMobile('12345')).toBe('*****');
  });
});
