import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { exportRequest, filenameOf } from './api';
import type { MyData } from './types';
import {
  consentStates,
  dateText,
  deletionPreview,
  holdsAnything,
  inWeChat,
  roleKey,
  troubleOf,
  whenText,
} from './view';

const empty: MyData = {
  federation: 'demo-city',
  identifiedBy: 'retrieval_code',
  checkups: [],
  linked: { diary: null, groups: null },
  appointments: [],
  eventRegistrations: [],
  requests: [],
  cases: [],
  consents: [],
  retention: { caseYears: 3, statement: '…' },
};

const held: MyData = {
  ...empty,
  checkups: [{ id: 'c1', checkup: 'default', createdAt: '2026-11-01T02:00:00Z', results: [] }],
  appointments: [
    {
      id: 'b1',
      startsAt: '2026-12-10T06:00:00Z',
      endsAt: '2026-12-10T06:50:00Z',
      servicePoint: '市总工会心灵驿站',
      counsellor: '王老师',
      mode: 'in_person',
      topic: 'work',
      status: 'booked',
      bookedAt: '2026-11-20T02:00:00Z',
      sharesResults: false,
    },
    {
      id: 'b2',
      startsAt: '2026-11-10T06:00:00Z',
      endsAt: '2026-11-10T06:50:00Z',
      servicePoint: '市总工会心灵驿站',
      counsellor: '王老师',
      mode: 'in_person',
      topic: 'work',
      status: 'attended',
      bookedAt: '2026-11-01T02:00:00Z',
      sharesResults: false,
    },
  ],
  requests: [
    {
      id: 'a1',
      source: 'checkup_contact_request',
      createdAt: '2026-11-12T02:00:00Z',
      status: 'new',
      closedAt: null,
      closedReason: null,
      contactHeld: true,
      sharesResults: true,
      caseNumber: null,
    },
  ],
  cases: [
    {
      id: 'k1',
      number: '2026-0001',
      status: 'open',
      openedAt: '2026-11-13T02:00:00Z',
      closedAt: null,
      closureReason: null,
      counsellor: '王老师',
      notesCount: 2,
      contactHeld: true,
      contactWithdrawnAt: null,
      retainUntil: null,
      measures: [],
      recommendations: [],
      referrals: [
        {
          institution: '市心理健康服务中心',
          items: ['contact'],
          status: 'acknowledged',
          sentAt: '2026-11-30T03:00:00Z',
        },
        {
          institution: '市心理健康服务中心',
          items: ['summary'],
          status: 'withdrawn',
          sentAt: '2026-11-20T03:00:00Z',
        },
      ],
    },
  ],
  consents: [
    { kind: 'contact', version: 'contact-2026-11', givenAt: '2026-11-12T02:00:00Z', withdrawnAt: null },
    {
      kind: 'contact',
      version: 'contact-2026-11',
      givenAt: '2026-11-01T02:00:00Z',
      withdrawnAt: '2026-11-05T02:00:00Z',
    },
    {
      kind: 'results_sharing',
      version: 'contact',
      givenAt: '2026-11-12T02:00:00Z',
      withdrawnAt: '2026-11-28T02:00:00Z',
    },
    { kind: 'booking', version: 'booking-2026-11', givenAt: '2026-11-20T02:00:00Z', withdrawnAt: null },
  ],
};

describe('what the "my data" page shows', () => {
  it('says where each consent stands: given somewhere, withdrawn everywhere, or never given', () => {
    expect(consentStates(held.consents)).toEqual({
      contact: { state: 'given', since: '2026-11-12T02:00:00Z' },
      results_sharing: { state: 'withdrawn', at: '2026-11-28T02:00:00Z' },
      referrals: { state: 'none' },
    });
    expect(consentStates([])).toEqual({
      contact: { state: 'none' },
      results_sharing: { state: 'none' },
      referrals: { state: 'none' },
    });
  });

  it('counts what a deletion would do, for the confirm step', () => {
    expect(deletionPreview(held, new Date('2026-12-02T00:00:00Z'))).toEqual({
      checkups: 1,
      checkupsNotReached: false,
      linked: false,
      appointments: 2,
      eventRegistrations: 0,
      upcomingCancelled: 1,
      contacts: 2,
      openRequests: 1,
      openCases: 1,
      referrals: 1,
      keptCases: 1,
    });
    // By phone, check-ups (kept under a retrieval code) are not reached, and the page says so.
    expect(deletionPreview({ ...held, identifiedBy: 'phone' })).toMatchObject({
      checkups: 0,
      checkupsNotReached: true,
    });
  });

  it('knows when nothing is held at all', () => {
    expect(holdsAnything(empty)).toBe(false);
    expect(holdsAnything(held)).toBe(true);
    // A diary linked to the code is held, and deleting says it goes.
    const linked = {
      ...empty,
      linked: { diary: { entryCount: 3, updatedAt: '2026-12-01T00:00:00Z' }, groups: null },
    };
    expect(holdsAnything(linked)).toBe(true);
    expect(deletionPreview(linked).linked).toBe(true);
    // An event registration is held too, and deleting unlinks it.
    const registered = {
      ...empty,
      eventRegistrations: [
        {
          id: 'r1',
          title: '沙画疗愈坊',
          startsAt: '2026-12-10T06:00:00Z',
          endsAt: '2026-12-10T07:30:00Z',
          timeZone: 'Asia/Shanghai',
          place: '市职工服务中心心灵驿站',
          eventCancelled: false,
          status: 'registered' as const,
          registeredAt: '2026-12-01T00:00:00Z',
          cancelledAt: null,
          checkedIn: false,
          checkedInAt: null,
        },
      ],
    };
    expect(holdsAnything(registered)).toBe(true);
    expect(deletionPreview(registered).eventRegistrations).toBe(1);
  });

  it('names staff roles in the worker’s words, any other as staff', () => {
    expect(roleKey('counsellor')).toBe('roles.counsellor');
    expect(roleKey('supervisor')).toBe('roles.supervisor');
    expect(roleKey('something_new')).toBe('roles.staff');
    expect(roleKey(null)).toBeNull();
  });

  it('writes times at the federation’s clock, with the year when it is not this one', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(whenText('2026-11-29T18:17:00Z', 'zh-CN', now)).toBe('11月30日 周一 02:17');
    expect(whenText('2025-05-20T02:00:00Z', 'zh-CN', now)).toBe('2025年5月20日 10:00');
    expect(whenText('2025-05-20T02:00:00Z', 'en', now)).toBe('20 May 2025, 10:00');
    expect(dateText('2028-05-20T02:00:00Z', 'zh-CN')).toBe('2028年5月20日');
    expect(dateText('2028-05-20T02:00:00Z', 'en')).toBe('20 May 2028');
  });

  it('tells a refused proof, no network, too many tries and an unreadable record apart', () => {
    expect(troubleOf(new ApiError(400, 'invalid_phone_code', 'x'))).toBe('proof');
    expect(troubleOf(new ApiError(400, 'unknown_retrieval_code', 'x'))).toBe('proof');
    expect(troubleOf(new ApiError(0, 'timeout', 'x'))).toBe('offline');
    expect(troubleOf(new TypeError('x'))).toBe('offline');
    expect(troubleOf(new ApiError(429, 'rate_limited', 'x'))).toBe('busy');
    expect(troubleOf(new ApiError(500, 'record_unreadable', 'x'))).toBe('unreadable');
    expect(troubleOf(new ApiError(500, 'internal', 'x'))).toBe('other');
  });
});

describe('the download', () => {
  it('puts the credential in headers only, never in the address', () => {
    const byCode = exportRequest({ kind: 'retrieval', code: 'abcd-efgh-2345-jklm' }, 'html', 'zh-CN');
    expect(byCode.url).toBe('/api/v1/my-data/export?format=html&lang=zh-CN');
    expect(byCode.headers).toEqual({ accept: 'text/html', 'x-retrieval-code': 'ABCDEFGH2345JKLM' });
    const byPhone = exportRequest(
      { kind: 'phone', phone: '138 0013 8000', code: '123456', expiresAt: 0 },
      'json',
      'en',
    );
    expect(byPhone.url).not.toMatch(/138|123456/);
    expect(byPhone.headers).toMatchObject({ 'x-phone': '13800138000', 'x-phone-code': '123456' });
  });

  it('says how to get round WeChat’s refusal only inside WeChat', () => {
    expect(
      inWeChat('Mozilla/5.0 (Linux; Android 10) MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64'),
    ).toBe(true);
    expect(inWeChat('Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile Safari/537.36')).toBe(false);
  });

  it('names the file as the server does, or plainly when the name is odd', () => {
    expect(filenameOf('attachment; filename="carnation-my-data-2026-12-02.json"', 'json')).toBe(
      'carnation-my-data-2026-12-02.json',
    );
    expect(filenameOf('attachment; filename="../../etc/passwd"', 'html')).toBe('carnation-my-data.html');
    expect(filenameOf(null, 'html')).toBe('carnation-my-data.html');
  });
});
