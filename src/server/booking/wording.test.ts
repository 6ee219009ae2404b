import { describe, expect, it } from 'vitest';
import { reminderText } from './reminders';
import { offerText } from './waitlist';

const station = {
  kind: 'city_station',
  name: '市职工服务中心心灵驿站',
  nameEn: 'City Workers’ Centre Station',
};
const line = {
  kind: 'remote',
  name: '职工心理热线（电话·视频咨询）',
  nameEn: 'Workers’ Counselling Line (phone and video)',
};
const at = new Date('2026-12-01T06:00:00Z'); // Tuesday 1 December, 14:00 in Shanghai
const zone = 'Asia/Shanghai';

describe('the words of reminders and waiting-list offers, as read on a lock screen', () => {
  it('says when on the station’s clock, and how a phone or video appointment happens', () => {
    expect(reminderText('zh-CN', 'two_hours', at, zone, line, 'phone')).toBe(
      '【康乃馨】预约提醒：您预约的咨询在两小时后，12月1日（周二）14:00，电话咨询，咨询师会按时给您打电话。如需改期或取消，请打开康乃馨。',
    );
    expect(reminderText('zh-CN', 'day_before', at, zone, line, 'video')).toMatch(
      /^【康乃馨】预约提醒：您预约的咨询在明天，12月1日（周二）14:00，视频咨询，/,
    );
    expect(reminderText('en', 'day_before', at, zone, station, 'in_person')).toBe(
      '[Carnation] Appointment reminder: your appointment is tomorrow, Tue 1 Dec, 14:00, at City Workers’ Centre Station. To change or cancel it, open Carnation.',
    );
    expect(reminderText('en', 'two_hours', at, zone, line, 'phone')).toContain(
      'in two hours, Tue 1 Dec, 14:00, by phone: the counsellor will call you.',
    );
  });

  it('never names the kind of service beyond 咨询, even for a line whose own name does', () => {
    for (const mode of ['phone', 'video'])
      for (const kind of ['day_before', 'two_hours']) {
        const zh = reminderText('zh-CN', kind, at, zone, line, mode);
        expect(zh.startsWith('【康乃馨】预约提醒：')).toBe(true);
        expect(zh).not.toContain('心理');
        expect(reminderText('en', kind, at, zone, line, mode)).not.toMatch(/mental|psycholog|counselling/i);
      }
    for (const mode of [null, 'phone', 'video']) {
      const zh = offerText('zh-CN', at, { ...line, timeZone: zone }, mode, 30);
      expect(zh.startsWith('【康乃馨】预约提醒：')).toBe(true);
      expect(zh).not.toContain('心理');
      expect(offerText('en', at, { ...line, timeZone: zone }, mode, 30)).not.toMatch(
        /mental|psycholog|counselling/i,
      );
    }
  });

  it('offers a freed time with its date, place or way of talking, and how long it is held', () => {
    expect(offerText('zh-CN', at, { ...station, timeZone: zone }, null, 30)).toBe(
      '【康乃馨】预约提醒：您候补的咨询有空位了：12月1日（周二）14:00，地点：市职工服务中心心灵驿站。请在30分钟内打开康乃馨确认，逾时将让给下一位。',
    );
    expect(offerText('zh-CN', at, { ...line, timeZone: zone }, null, 20)).toContain(
      '12月1日（周二）14:00，电话或视频咨询。请在20分钟内',
    );
    expect(offerText('en', at, { ...station, timeZone: zone }, 'phone', 30)).toBe(
      '[Carnation] Appointment reminder: a time you were waiting for has come free: Tue 1 Dec, 14:00, by phone. Open Carnation within 30 minutes to take it; after that it goes to the next person waiting.',
    );
  });
});
