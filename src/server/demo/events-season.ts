import { and, eq, inArray } from 'drizzle-orm';
import { addDays } from '../../core/booking/recurrence';
import { DEFAULT_TIME_ZONE, localDateOf, zonedInstant } from '../../core/time';
import { counsellorProfiles, serviceRooms } from '../booking/tables';
import type { Db } from '../db/client';
import { inviteTokenHash, newInviteToken } from '../events/codes';
import {
  eventCarePackages,
  eventFeedback,
  eventHosts,
  eventRegistrations,
  eventWalkIns,
  groupEvents,
} from '../events/tables';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';

/**
 * The demo's season of group events, around the day the demo is loaded: three past ones with their
 * attendance, walk-ins, care packages and feedback, and coming ones open for registration — a roadside
 * evening for truck drivers, a parents' class, an online session, an invitation-only counselling day at
 * 顺达物流, and a draft still being planned.
 */

type PlaceKey = 'city' | 'district' | 'roadside' | 'site' | 'online';

interface DemoEvent {
  key: string;
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  place: PlaceKey;
  /** Days from the demo's load day, and local start and end times. */
  day: number;
  starts: string;
  ends: string;
  capacity: number;
  audiences: string[];
  hosts: (string | { name: string; nameEn: string })[];
  status?: 'draft';
  invitation?: true;
  /** For past events: how many registered, came, walked in; packages by group; ratings with comments. */
  past?: {
    registered: number;
    checkedIn: number;
    cancelled: number;
    walkIns: number;
    packages: [string, number][];
    feedback: [number, string | null][];
    summary: string;
    summaryEn: string;
  };
}

const season: DemoEvent[] = [
  {
    key: 'sand',
    kind: 'sand_painting',
    title: '指尖沙画：给心情放个假',
    titleEn: 'Sand painting: a holiday for your mood',
    description:
      '不需要任何美术基础。用手指在灯箱上画沙画，慢下来，听听自己。\n材料由驿站准备，穿方便活动的衣服就行。',
    descriptionEn:
      'No art experience needed. Draw with sand on a light box, slow down and listen to yourself.\nThe station provides everything; wear something comfortable.',
    place: 'district',
    day: -21,
    starts: '14:30',
    ends: '16:30',
    capacity: 12,
    audiences: ['factory_shift', 'older_worker'],
    hosts: ['demo-counsellor-zhang'],
    past: {
      registered: 12,
      checkedIn: 10,
      cancelled: 1,
      walkIns: 0,
      packages: [['general', 10]],
      feedback: [
        [5, '第一次玩沙画，手一动起来心就静了。'],
        [5, '老师很耐心，想再来。'],
        [4, null],
        [4, '时间有点短，希望下次长一点。'],
        [5, null],
        [3, '场地小了点。'],
        [5, '跟工友一起来的，很放松。'],
        [4, null],
      ],
      summary: '10位职工参加，大家完成了自己的第一幅沙画，并分享了最近的心情。',
      summaryEn:
        'Ten workers took part, finished their first sand painting and talked about how they have been.',
    },
  },
  {
    key: 'stress',
    kind: 'lecture',
    title: '职场减压：把压力说出来',
    titleEn: 'Easing pressure at work: say it out loud',
    description:
      '压力大、睡不好、容易发火？这场讲座讲讲压力从哪里来，以及几个马上能用的放松方法。\n讲完有时间提问，可以不留名字。',
    descriptionEn:
      'Stressed, sleeping badly, quick to anger? This talk looks at where pressure comes from and a few ways to relax you can use at once.\nThere is time for questions afterwards, and you need not give your name.',
    place: 'city',
    day: -14,
    starts: '14:30',
    ends: '16:00',
    capacity: 40,
    audiences: ['factory_shift', 'office_staff', 'frontline_manager'],
    hosts: [
      'demo-counsellor',
      { name: '陈教授（淮北师范大学）', nameEn: 'Prof. Chen (Huaibei Normal University)' },
    ],
    past: {
      registered: 28,
      checkedIn: 22,
      cancelled: 3,
      walkIns: 5,
      packages: [
        ['general', 20],
        ['factory_shift', 7],
      ],
      feedback: [
        [5, '讲得很实在，呼吸放松法回去就用上了。'],
        [4, '希望多讲讲怎么和领导沟通。'],
        [5, null],
        [5, '终于知道自己不是一个人这样。'],
        [4, null],
        [3, '人有点多，后排听不太清。'],
        [5, '陈教授的例子都是我们身边的事。'],
        [4, null],
        [5, null],
        [4, '可以发一下课件吗？'],
        [5, '谢谢工会组织。'],
        [2, '时间安排在上班时间，很多人来不了。'],
      ],
      summary: '22位职工到场，另有5位现场加入。讲座回放和放松练习音频已放在“知识与故事”。',
      summaryEn:
        '22 registered workers came, and 5 more joined at the door. The replay and the relaxation audio are in the library.',
    },
  },
  {
    key: 'night-past',
    kind: 'roadside_station',
    title: '货车司机夜谈：跑长途怎么睡好',
    titleEn: 'A night talk for truck drivers: sleeping well on long hauls',
    description: '在物流园的驿站里，喝杯热茶，聊聊跑长途的辛苦和睡眠。来了就能坐下，不用提前准备什么。',
    descriptionEn:
      'At the logistics park’s station, over a hot tea, a talk about the strain of long hauls and sleep. Just come and sit down.',
    place: 'roadside',
    day: -7,
    starts: '19:00',
    ends: '21:00',
    capacity: 20,
    audiences: ['truck_driver', 'transport_logistics'],
    hosts: ['demo-counsellor-liu'],
    past: {
      registered: 12,
      checkedIn: 9,
      cancelled: 2,
      walkIns: 6,
      packages: [
        ['truck_driver', 13],
        ['driver_family', 2],
      ],
      feedback: [
        [5, '刘老师懂我们跑车的。'],
        [5, null],
        [4, '希望周末也有。'],
        [5, '热茶和礼包都很暖心。'],
        [4, null],
        [5, '下次带媳妇一起来。'],
      ],
      summary: '9位司机按报名到场，6位路过加入。大家交流了夜间休息的办法。',
      summaryEn:
        'Nine drivers came as registered and six joined on the way through; they swapped ways to rest at night.',
    },
  },
  {
    key: 'night-next',
    kind: 'roadside_station',
    title: '路上心灵驿站·周末夜谈：一个人跑车不孤单',
    titleEn: 'Roadside station weekend night talk: not alone on the road',
    description:
      '专为货车司机和家属准备。聊聊长时间在路上、和家人聚少离多的心情。\n现场有热水、充电和关爱礼包，可以只坐一会儿。',
    descriptionEn:
      'For truck drivers and their families: a talk about long hours on the road and time away from home.\nHot water, phone charging and care packages are there; stay as long as you like.',
    place: 'roadside',
    day: 3,
    starts: '19:00',
    ends: '21:00',
    capacity: 20,
    audiences: ['truck_driver', 'driver_family'],
    hosts: ['demo-counsellor-liu'],
  },
  {
    key: 'parents',
    kind: 'parent_child',
    title: '亲子学堂：孩子不爱说话怎么办',
    titleEn: 'Parent-child class: when your child stops talking',
    description: '给忙于上班的爸爸妈妈：怎么在有限的时间里和孩子好好说话。可以带孩子一起来。',
    descriptionEn:
      'For busy working parents: how to really talk with your child in the time you have. Children welcome.',
    place: 'city',
    day: 6,
    starts: '09:30',
    ends: '11:00',
    capacity: 25,
    audiences: ['parent'],
    hosts: ['demo-counsellor-zhang'],
  },
  {
    key: 'online',
    kind: 'online_live',
    title: '线上直播：倒班职工的睡眠课',
    titleEn: 'Live online: sleep for shift workers',
    description: '晚上八点，手机上就能听。讲讲倒班后怎么入睡、怎么补觉，最后留时间回答大家的问题。',
    descriptionEn:
      'At eight in the evening, on your phone: how to fall asleep and catch up after shifts, with time for questions.',
    place: 'online',
    day: 10,
    starts: '20:00',
    ends: '21:00',
    capacity: 200,
    audiences: ['factory_shift', 'mining_energy'],
    hosts: ['demo-counsellor'],
  },
  {
    key: 'shunda',
    kind: 'enterprise_counselling_day',
    title: '顺达物流心理服务日',
    titleEn: 'Counselling day at Shunda Logistics',
    description:
      '心理咨询师到顺达物流园，上午一场减压讲座，下午一对一谈心（每人约二十分钟，内容保密）。仅限本公司职工凭邀请链接报名。',
    descriptionEn:
      'Counsellors come to Shunda Logistics Park: a talk on easing stress in the morning, one-to-one talks in the afternoon (about twenty minutes each, confidential). For the company’s workers, by invitation link.',
    place: 'site',
    day: 13,
    starts: '09:00',
    ends: '17:00',
    capacity: 30,
    audiences: ['truck_driver', 'transport_logistics'],
    hosts: ['demo-counsellor', 'demo-counsellor-liu'],
    invitation: true,
  },
  {
    key: 'sandplay',
    kind: 'sandplay_group',
    title: '团体沙盘：班组长的压力与支持',
    titleEn: 'Sandplay group: pressure and support for team leaders',
    description: '六人小组，连续两小时。用沙盘说说带班组的难处，也看看身边有哪些支持。',
    descriptionEn:
      'Six people, two hours: use the sand tray to talk about leading a team and the support around you.',
    place: 'city',
    day: 20,
    starts: '14:00',
    ends: '16:00',
    capacity: 6,
    audiences: ['frontline_manager'],
    hosts: ['demo-counsellor-zhang'],
    status: 'draft',
  },
];

/** Loads the season once per demo (also into demos loaded before there were events). */
export async function ensureDemoEventSeason(db: Db, tenantId: string, now: Date): Promise<boolean> {
  const [existing] = await db
    .select({ id: groupEvents.id })
    .from(groupEvents)
    .where(eq(groupEvents.tenantId, tenantId))
    .limit(1);
  if (existing) return false;
  const orgs = await db.select().from(organisations).where(eq(organisations.tenantId, tenantId));
  const root = orgs.find((o) => o.kind === 'federation');
  const shunda = orgs.find((o) => o.name === '顺达物流有限公司工会');
  const points = await db.select().from(servicePoints).where(eq(servicePoints.tenantId, tenantId));
  const pointOf = {
    city: points.find((p) => p.kind === 'city_station'),
    district: points.find((p) => p.kind === 'district_station'),
    roadside: points.find((p) => p.kind === 'roadside_station'),
  };
  if (!root || !shunda || !pointOf.city || !pointOf.district || !pointOf.roadside) return false;
  const [groupRoom] = await db
    .select()
    .from(serviceRooms)
    .where(and(eq(serviceRooms.servicePointId, pointOf.city.id), eq(serviceRooms.kind, 'group')));
  const logins = [...new Set(season.flatMap((e) => e.hosts.filter((h) => typeof h === 'string')))];
  const counsellors = await db
    .select({ id: users.id, login: users.login })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.login, logins)));
  const profiles = await db
    .select()
    .from(counsellorProfiles)
    .where(eq(counsellorProfiles.tenantId, tenantId));

  const today = localDateOf(now, DEFAULT_TIME_ZONE);
  for (const e of season) {
    const date = addDays(today, e.day);
    const startsAt = zonedInstant(date, `${e.starts}:00.000`, DEFAULT_TIME_ZONE);
    const endsAt = zonedInstant(date, `${e.ends}:00.000`, DEFAULT_TIME_ZONE);
    const point =
      e.place === 'city' || e.place === 'district' || e.place === 'roadside' ? pointOf[e.place] : null;
    const past = e.past;
    const [row] = await db
      .insert(groupEvents)
      .values({
        tenantId,
        organisationId: e.place === 'roadside' ? pointOf.roadside.organisationId : root.id,
        kind: e.kind,
        title: e.title,
        titleEn: e.titleEn,
        description: e.description,
        descriptionEn: e.descriptionEn,
        placeKind: point ? 'service_point' : e.place,
        servicePointId: point?.id ?? null,
        roomId: e.place === 'city' ? (groupRoom?.id ?? null) : null,
        siteName: e.place === 'site' ? '顺达物流园综合楼三楼会议室' : null,
        siteAddress: e.place === 'site' ? (shunda.address ?? '淮北市顺达物流园') : null,
        siteLatitude: e.place === 'site' ? shunda.latitude : null,
        siteLongitude: e.place === 'site' ? shunda.longitude : null,
        onlineUrl: e.place === 'online' ? 'https://live.example.org/carnation/sleep' : null,
        startsAt,
        endsAt,
        capacity: e.capacity,
        held: past?.registered ?? 0,
        audiences: e.audiences,
        visibility: e.invitation ? 'invitation' : 'open',
        invitedOrganisationId: e.invitation ? shunda.id : null,
        // Nobody holds this token: staff make a new link to share (the event keeps only a hash).
        inviteTokenHash: e.invitation ? inviteTokenHash(newInviteToken()) : null,
        status: e.status ?? 'published',
        publishedAt: e.status
          ? null
          : new Date(Math.min(now.getTime(), startsAt.getTime() - 10 * 86_400_000)),
        replayUrl: past && e.kind === 'lecture' ? '/learn' : null,
        summary: past?.summary ?? null,
        summaryEn: past?.summaryEn ?? null,
        createdAt: new Date(startsAt.getTime() - 14 * 86_400_000),
        updatedAt: now,
      })
      .returning({ id: groupEvents.id });
    if (!row) continue;
    const hosts = e.hosts.flatMap(
      (h): { eventId: string; userId: string | null; name: string; nameEn: string }[] => {
        if (typeof h !== 'string') return [{ eventId: row.id, userId: null, ...h }];
        const id = counsellors.find((c) => c.login === h)?.id;
        const profile = profiles.find((p) => p.userId === id);
        return id && profile
          ? [{ eventId: row.id, userId: id, name: profile.publicName, nameEn: profile.publicNameEn }]
          : [];
      },
    );
    if (hosts.length) await db.insert(eventHosts).values(hosts);
    if (past) await loadAttendance(db, tenantId, row.id, startsAt, endsAt, past);
  }
  return true;
}

async function loadAttendance(
  db: Db,
  tenantId: string,
  eventId: string,
  startsAt: Date,
  endsAt: Date,
  past: NonNullable<DemoEvent['past']>,
) {
  const hour = 3_600_000;
  // Demo registrations stand for workers without a phone on file: nothing to text, nothing to unseal.
  const registrations = [
    ...Array.from({ length: past.registered }, (_, i) => ({
      tenantId,
      eventId,
      source: 'worker',
      status: 'registered',
      createdAt: new Date(startsAt.getTime() - (120 - i) * hour),
      checkedInAt: i < past.checkedIn ? new Date(startsAt.getTime() - 10 * 60_000 + i * 60_000) : null,
      checkInMethod: i < past.checkedIn ? (i % 3 === 0 ? 'ticket_scan' : 'door_code') : null,
      feedbackAt: i < past.feedback.length ? new Date(endsAt.getTime() + (i + 1) * hour) : null,
    })),
    ...Array.from({ length: past.cancelled }, (_, i) => ({
      tenantId,
      eventId,
      source: 'worker',
      status: 'cancelled',
      createdAt: new Date(startsAt.getTime() - (100 - i) * hour),
      cancelledAt: new Date(startsAt.getTime() - (30 - i) * hour),
      cancelledBy: 'worker',
    })),
  ];
  if (registrations.length) await db.insert(eventRegistrations).values(registrations);
  if (past.walkIns)
    await db.insert(eventWalkIns).values({
      eventId,
      count: past.walkIns,
      note: '现场加入',
      recordedAt: new Date(startsAt.getTime() + 15 * 60_000),
    });
  for (const [audienceGroup, count] of past.packages)
    await db.insert(eventCarePackages).values({ eventId, audienceGroup, count, recordedAt: endsAt });
  if (past.feedback.length)
    await db.insert(eventFeedback).values(
      past.feedback.map(([rating, comment], i) => ({
        tenantId,
        eventId,
        rating,
        comment,
        createdAt: new Date(endsAt.getTime() + (i + 1) * hour),
      })),
    );
}
