import { describe, expect, it } from 'vitest';
import {
  type Attempt,
  attemptFor,
  type BookingForm,
  bookingBody,
  credentialOf,
  emptyForm,
  problems,
} from './booking-form';

const code = 'ABCD-EFGH-2345-JKLM';
const filled = (patch: Partial<BookingForm> = {}): BookingForm => ({
  ...emptyForm(['in_person', 'phone'], null),
  topic: 'work',
  mode: 'in_person',
  phone: '138 0013 8000',
  code: '123456',
  codeSent: { expiresAt: Date.parse('2026-12-01T00:10:00Z'), masked: '138****8000' },
  consent: true,
  ...patch,
});

describe('the booking form', () => {
  it('starts with nothing chosen, the only way of talking picked, and a known code offered', () => {
    expect(emptyForm(['in_person', 'phone'], null)).toMatchObject({ topic: null, mode: null, way: 'phone' });
    expect(emptyForm(['phone'], null).mode).toBe('phone');
    expect(emptyForm(['in_person'], code)).toMatchObject({
      way: 'retrieval',
      retrievalCode: code,
      share: false,
    });
    expect(emptyForm(['in_person'], code).consent).toBe(false);
  });

  it('lists what is still missing, in the order of the page', () => {
    expect(problems(emptyForm(['in_person', 'phone'], null), ['in_person', 'phone'])).toEqual([
      'topic',
      'mode',
      'phone',
      'consent',
    ]);
    expect(problems(filled({ codeSent: null }), ['in_person'])).toEqual(['codeFirst']);
    expect(problems(filled({ code: '12345' }), ['in_person'])).toEqual(['code']);
    expect(problems(filled({ phone: '12345678901' }), ['in_person'])).toEqual(['phone']);
    expect(problems(filled({ mode: 'video' }), ['in_person', 'phone'])).toEqual(['mode']);
    expect(problems(filled({ consent: false }), ['in_person'])).toEqual(['consent']);
    expect(problems(filled(), ['in_person'])).toEqual([]);
    expect(problems(filled({ way: 'retrieval', retrievalCode: 'nope' }), ['in_person'])).toEqual([
      'retrievalCode',
    ]);
    expect(problems(filled({ way: 'retrieval', retrievalCode: code.toLowerCase() }), ['in_person'])).toEqual(
      [],
    );
  });

  it('asks for the phone number for a session by phone or video, which the counsellor makes by calling', () => {
    const byCode = filled({ way: 'retrieval', retrievalCode: code });
    expect(problems({ ...byCode, mode: 'phone' }, ['in_person', 'phone'])).toEqual(['phoneForRemote']);
    expect(problems({ ...byCode, mode: 'video' }, ['video'])).toEqual(['phoneForRemote']);
    expect(problems({ ...byCode, mode: 'in_person' }, ['in_person', 'phone'])).toEqual([]);
    expect(problems(filled({ mode: 'phone' }), ['phone'])).toEqual([]);
    // A time by phone or video only starts with the phone, even when the phone knows a check-up code.
    expect(emptyForm(['phone', 'video'], code).way).toBe('phone');
    expect(emptyForm(['in_person', 'video'], code).way).toBe('retrieval');
  });

  it('sends the phone and its code, normalised, and never shares results without the retrieval code', () => {
    expect(bookingBody('slot-1', filled({ share: true }), 'zh-CN')).toEqual({
      slot: 'slot-1',
      topic: 'work',
      mode: 'in_person',
      consent: true,
      lang: 'zh-CN',
      phone: '13800138000',
      code: '123456',
    });
  });

  it('sends the retrieval code in the body, and shares results only when ticked', () => {
    const byCode = filled({ way: 'retrieval', retrievalCode: 'abcd efgh 2345 jklm' });
    expect(bookingBody('slot-1', byCode, 'en')).toEqual({
      slot: 'slot-1',
      topic: 'work',
      mode: 'in_person',
      consent: true,
      lang: 'en',
      retrievalCode: 'ABCDEFGH2345JKLM',
    });
    expect(bookingBody('slot-1', { ...byCode, share: true }, 'en')).toMatchObject({ shareResults: true });
    expect(credentialOf(byCode)).toEqual({ kind: 'retrieval', code: 'ABCDEFGH2345JKLM' });
    expect(credentialOf(filled())).toEqual({
      kind: 'phone',
      phone: '13800138000',
      code: '123456',
      expiresAt: Date.parse('2026-12-01T00:10:00Z'),
    });
  });

  it('keeps one Idempotency-Key across retries of the same booking, and a new one when anything changes', () => {
    let n = 0;
    const key = () => `key-${++n}`;
    const body = bookingBody('slot-1', filled(), 'zh-CN');
    const first: Attempt = attemptFor(null, body, key);
    expect(first.key).toBe('key-1');
    expect(attemptFor(first, bookingBody('slot-1', filled(), 'zh-CN'), key)).toBe(first);
    expect(attemptFor(first, bookingBody('slot-2', filled(), 'zh-CN'), key).key).toBe('key-2');
    expect(attemptFor(first, bookingBody('slot-1', filled({ code: '654321' }), 'zh-CN'), key).key).toBe(
      'key-3',
    );
  });
});
