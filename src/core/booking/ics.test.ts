import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, type IcsEvent, renderIcs } from './ics';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const event: IcsEvent = {
  uid: 'booking-42@carnation',
  start: new Date('2026-12-03T06:00:00Z'),
  end: new Date('2026-12-03T06:50:00Z'),
  summary: '心理咨询',
  location: '淮北市总工会 心灵驿站, 3楼',
  description: '请提前到达。\n取消; 请提前',
};
const now = new Date('2026-11-29T08:15:30.123Z');

describe('renderIcs', () => {
  it('writes a publishable calendar with UTC times', () => {
    const ics = renderIcs({ name: '我的预约', events: [event], now });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Carnation//Counselling//ZH',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:我的预约',
      'BEGIN:VEVENT',
      'UID:booking-42@carnation',
      'DTSTAMP:20261129T081530Z',
      'DTSTART:20261203T060000Z',
      'DTEND:20261203T065000Z',
      'SUMMARY:心理咨询',
      'LOCATION:淮北市总工会 心灵驿站\\, 3楼',
      'DESCRIPTION:请提前到达。\\n取消\\; 请提前',
      'STATUS:CONFIRMED',
      'SEQUENCE:0',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
  it('writes cancellations, sequence, a custom PRODID, and leaves out absent fields', () => {
    const ics = renderIcs({
      name: 'x',
      prodId: '-//Test//EN',
      now,
      events: [
        { uid: 'u', start: event.start, end: event.end, summary: 's', status: 'CANCELLED', sequence: 3 },
      ],
    });
    expect(ics).toContain('\r\nPRODID:-//Test//EN\r\n');
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\nSEQUENCE:3\r\n');
    expect(ics).not.toMatch(/LOCATION|DESCRIPTION/);
  });
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    const ics = renderIcs({ name: 'a,b', now, events: [{ ...event, summary: 'a\\b;c,d\r\ne\nf\rg' }] });
    expect(ics).toContain('\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n');
    expect(ics).toContain('\r\nX-WR-CALNAME:a\\,b\r\n');
  });
  it('uses CRLF everywhere', () => {
    const ics = renderIcs({
      name: 'n',
      now,
      events: [event, { ...event, uid: 'other', summary: '长'.repeat(80) }],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('folds a long Chinese summary at 75 octets without splitting a character', () => {
    const summary = '预约确认：您已预约心灵驿站的一对一心理咨询服务，请按时到达，如有变化请提前取消。'.repeat(
      3,
    );
    const ics = renderIcs({ name: 'n', now, events: [{ ...event, summary }] });
    const lines = ics.split('\r\n');
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfold(ics).split('\r\n')).toContain(`SUMMARY:${summary}`);
  });
  it('folds any text so that unfolding restores it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) {
          expect(octets(physical)).toBeLessThanOrEqual(75);
          // A split surrogate pair would not survive a UTF-8 round trip.
          expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});
