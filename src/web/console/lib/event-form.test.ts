import { describe, expect, it } from 'vitest';
import {
  type EditorValues,
  editorProblems,
  hostClashes,
  inputFromValues,
  onlyDuty,
  patchFromValues,
  valuesFromEvent,
} from './event-form';
import type { ManagedEvent } from './event-types';
import { emptyRuleForm } from './roster-rule';

const zone = 'Asia/Shanghai';

const values = (over: Partial<EditorValues> = {}): EditorValues => ({
  kind: 'lecture',
  title: '情绪减压讲座',
  titleEn: '',
  description: '学会几种放松方法。',
  descriptionEn: '',
  organisationId: 'org',
  placeKind: 'service_point',
  servicePointId: 'sp',
  date: '2026-12-08',
  startTime: '14:00',
  endTime: '16:00',
  capacity: 30,
  audiences: ['truck_driver'],
  visibility: 'open',
  hosts: [{ type: 'counsellor', userId: 'u1' }],
  repeat: false,
  ...over,
});

describe('the event editor', () => {
  it('sends the times on the point clock as UTC, and Chinese where English was left empty', () => {
    const input = inputFromValues(values(), zone);
    expect(input.startsAt).toBe('2026-12-08T06:00:00.000Z');
    expect(input.endsAt).toBe('2026-12-08T08:00:00.000Z');
    expect(input.titleEn).toBe('情绪减压讲座');
    expect(input.place).toEqual({ kind: 'service_point', servicePointId: 'sp' });
    expect(input.hosts).toEqual([{ userId: 'u1' }]);
    expect(input.series).toBeUndefined();
    expect(input.invitedOrganisationId).toBeUndefined();
  });

  it('sends a site with coordinates only when both are given, and an outside expert by name', () => {
    const input = inputFromValues(
      values({
        placeKind: 'site',
        siteName: ' 物流园会议室 ',
        siteAddress: '港城路 8 号',
        latitude: 31.2,
        longitude: 121.5,
        hosts: [{ type: 'outside', name: '陈教授', nameEn: '' }],
        visibility: 'invitation',
        invitedOrganisationId: 'ent',
        registrationCloses: '2026-12-07 18:00',
      }),
      zone,
    );
    expect(input.place).toEqual({
      kind: 'site',
      siteName: '物流园会议室',
      siteAddress: '港城路 8 号',
      latitude: 31.2,
      longitude: 121.5,
    });
    expect(input.hosts).toEqual([{ name: '陈教授', nameEn: '陈教授' }]);
    expect(input.invitedOrganisationId).toBe('ent');
    expect(input.registrationClosesAt).toBe('2026-12-07T10:00:00.000Z');
  });

  it('sends a series with its rule and until date', () => {
    const rule = { ...emptyRuleForm('2026-12-08', 2), weekdays: [2, 4] };
    const input = inputFromValues(values({ repeat: true, rule, until: '2027-01-31' }), zone);
    expect(input.series).toEqual({ rule: { freq: 'weekly', weekdays: [2, 4] }, until: '2027-01-31' });
  });

  it('says null for what an edit cleared, and sends no series', () => {
    const patch = patchFromValues(values({ repeat: true, until: '2027-01-01' }), zone);
    expect(patch).toMatchObject({
      invitedOrganisationId: null,
      registrationOpensAt: null,
      registrationClosesAt: null,
    });
    expect('series' in patch).toBe(false);
  });

  it('finds what the server would refuse before sending', () => {
    expect(editorProblems(values(), zone)).toEqual([]);
    expect(
      editorProblems(
        values({
          endTime: '13:00',
          hosts: [],
          visibility: 'invitation',
          registrationOpens: '2026-12-07 10:00',
          registrationCloses: '2026-12-06 10:00',
        }),
        zone,
      ),
    ).toEqual(['end_before_start', 'no_host', 'no_invited', 'window_order']);
    expect(editorProblems(values({ registrationCloses: '2026-12-08 15:00' }), zone)).toEqual([
      'closes_after_start',
    ]);
    expect(editorProblems(values({ repeat: true, rule: emptyRuleForm('2026-12-08', 2) }), zone)).toEqual([
      'no_until',
    ]);
    expect(editorProblems(values({ placeKind: 'site', latitude: 31 }), zone)).toEqual(['bad_coordinates']);
  });

  it('reads a saved event back on its own clock', () => {
    const event = {
      id: 'e',
      kind: 'lecture',
      kindName: '心理讲座',
      title: 't',
      titleEn: 'T',
      description: 'd',
      descriptionEn: 'D',
      startsAt: '2026-12-08T06:00:00.000Z',
      endsAt: '2026-12-08T08:00:00.000Z',
      timeZone: 'Asia/Urumqi',
      status: 'draft',
      place: {
        kind: 'site',
        name: '工地',
        address: '某路',
        latitude: null,
        longitude: null,
        servicePointId: null,
        roomId: null,
        onlineUrl: null,
      },
      capacity: 20,
      registered: 0,
      waitlisted: 0,
      attended: 0,
      walkIns: 0,
      hosts: [
        { userId: 'u1', name: '张老师' },
        { userId: null, name: '陈教授' },
      ],
      organisationId: 'org',
      organisationName: '市总工会',
      visibility: 'open',
      seriesId: null,
      orderId: null,
      audiences: [],
      registrationOpensAt: null,
      registrationClosesAt: '2026-12-07T12:00:00.000Z',
      invitedOrganisationId: null,
      inviteLink: null,
      replayUrl: null,
      summary: null,
      summaryEn: null,
      cancelReason: null,
    } satisfies ManagedEvent;
    const v = valuesFromEvent(event);
    expect([v.date, v.startTime, v.endTime]).toEqual(['2026-12-08', '12:00', '14:00']);
    expect(v.registrationCloses).toBe('2026-12-07 18:00');
    expect(v.siteName).toBe('工地');
    expect(v.hosts).toEqual([
      { type: 'counsellor', userId: 'u1' },
      { type: 'outside', name: '陈教授', nameEn: '' },
    ]);
  });
});

describe('a host_busy refusal', () => {
  it('names each clash from a list', () => {
    expect(
      hostClashes({
        clashes: [
          { hostName: '张老师', kind: 'event', title: '团体沙盘', startsAt: 'a', endsAt: 'b' },
          { name: '李老师', kind: 'appointment', startsAt: 'c', endsAt: 'd' },
        ],
      }),
    ).toEqual([
      {
        host: '张老师',
        what: 'event',
        title: '团体沙盘',
        station: null,
        stationEn: null,
        startsAt: 'a',
        endsAt: 'b',
      },
      {
        host: '李老师',
        what: 'appointment',
        title: null,
        station: null,
        stationEn: null,
        startsAt: 'c',
        endsAt: 'd',
      },
    ]);
  });

  it('reads the staff API’s conflicts: the host’s name and what the clash is with', () => {
    expect(
      hostClashes({
        conflicts: [
          { userId: 'u1', name: '王老师', with: 'event', eventId: 'e1', startsAt: 'a', endsAt: 'b' },
          { userId: 'u1', name: '王老师', with: 'appointment', eventId: null, startsAt: 'c', endsAt: 'd' },
        ],
      }),
    ).toEqual([
      {
        host: '王老师',
        what: 'event',
        title: null,
        station: null,
        stationEn: null,
        startsAt: 'a',
        endsAt: 'b',
      },
      {
        host: '王老师',
        what: 'appointment',
        title: null,
        station: null,
        stationEn: null,
        startsAt: 'c',
        endsAt: 'd',
      },
    ]);
  });

  it('reads duty at a station, and says when taking it would clear the way', () => {
    const duty = {
      userId: 'u1',
      name: '王老师',
      with: 'duty',
      eventId: null,
      startsAt: 'a',
      endsAt: 'b',
      servicePointId: 'p1',
      servicePointName: '市总工会心灵驿站',
      servicePointNameEn: 'City station',
    };
    const clashes = hostClashes({ conflicts: [duty] });
    expect(clashes).toEqual([
      {
        host: '王老师',
        what: 'duty',
        title: null,
        station: '市总工会心灵驿站',
        stationEn: 'City station',
        startsAt: 'a',
        endsAt: 'b',
      },
    ]);
    expect(onlyDuty(clashes)).toBe(true);
    expect(onlyDuty(hostClashes({ conflicts: [duty, { ...duty, with: 'appointment' }] }))).toBe(false);
    expect(onlyDuty([])).toBe(false);
  });

  it('reads one clash given as the details themselves, and nothing from nothing', () => {
    expect(hostClashes({ host: '张老师', clash: { type: 'booking', startsAt: 'a', endsAt: 'b' } })).toEqual([
      {
        host: '张老师',
        what: 'appointment',
        title: null,
        station: null,
        stationEn: null,
        startsAt: 'a',
        endsAt: 'b',
      },
    ]);
    expect(hostClashes(undefined)).toEqual([]);
  });
});
