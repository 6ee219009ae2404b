import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { RecurrenceRule } from '../../core/booking/recurrence';
import { addDays } from '../../core/booking/recurrence';
import type { ConsultMode } from '../../core/booking/slots';
import { counsellorProfiles, dutyRosters, serviceRooms } from '../booking/tables';
import type { Db } from '../db/client';
import { hashPassword } from '../identity/passwords';
import { insertRoleAssignment, insertUser } from '../identity/repository';
import { roleAssignments, users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { insertServicePoint } from '../service-points/repository';
import { servicePoints } from '../service-points/tables';

/** The demo's counsellors: the sign-in account demo-counsellor and two colleagues on the rosters. */
const demoCounsellors = [
  {
    login: 'demo-counsellor',
    profile: {
      publicName: '王老师',
      publicNameEn: 'Ms Wang',
      qualification: '国家二级心理咨询师',
      qualificationEn: 'National Level-2 Psychological Counsellor',
      specialties: ['work_stress', 'burnout', 'crisis'],
      languages: ['普通话', 'English'],
      bio: '从事职工心理服务十年，擅长工作压力、职业倦怠与情绪危机的支持。',
      bioEn: 'Ten years of counselling for workers: work stress, burnout and support in an emotional crisis.',
    },
  },
  {
    login: 'demo-counsellor-zhang',
    name: '演示·心理咨询师 张老师',
    profile: {
      publicName: '张老师',
      publicNameEn: 'Mr Zhang',
      qualification: '国家二级心理咨询师',
      qualificationEn: 'National Level-2 Psychological Counsellor',
      specialties: ['family_parenting', 'relationships', 'elders'],
      languages: ['普通话'],
      bio: '关注家庭关系、亲子沟通与照顾老人的压力。',
      bioEn: 'Family relationships, talking with children, and the strain of caring for elders.',
    },
  },
  {
    login: 'demo-counsellor-liu',
    name: '演示·心理咨询师 刘老师',
    profile: {
      publicName: '刘老师',
      publicNameEn: 'Ms Liu',
      qualification: '国家三级心理咨询师',
      qualificationEn: 'National Level-3 Psychological Counsellor',
      specialties: ['work_stress', 'sleep', 'relationships'],
      languages: ['普通话', '皖北方言'],
      bio: '长期服务货车司机与快递骑手，了解跑车人的辛苦。',
      bioEn:
        'Has long worked with truck drivers and delivery riders, and knows the strain of life on the road.',
    },
  },
] as const;

/** A phone and video line for workers who cannot come in, without a place of its own. */
const demoRemotePoint = {
  kind: 'remote' as const,
  name: '职工心理热线（电话·视频咨询）',
  nameEn: 'Workers’ Counselling Line (phone and video)',
  address: '电话或视频，无需到场',
  addressEn: 'By phone or video — no need to travel',
  phone: '0561-0000009',
  description: '工作日晚间由专业心理咨询师接听，适合倒班职工和跑车司机。',
  descriptionEn: 'Professional counsellors on weekday evenings — for shift workers and drivers on the road.',
};

const stationRooms: Record<string, { kind: string; name: string; nameEn: string }[]> = {
  city_station: [
    { kind: 'consulting', name: '咨询室一', nameEn: 'Consulting room 1' },
    { kind: 'sandplay', name: '沙盘室', nameEn: 'Sandplay room' },
    { kind: 'group', name: '团体辅导室', nameEn: 'Group room' },
  ],
  district_station: [{ kind: 'consulting', name: '咨询室', nameEn: 'Consulting room' }],
  roadside_station: [{ kind: 'consulting', name: '谈心室', nameEn: 'Talking room' }],
};

const weekdayHours = [{ weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:30' }];

interface DemoRoster {
  counsellor: string;
  pointKind: 'city_station' | 'district_station' | 'roadside_station' | 'remote';
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  modes: ConsultMode[];
}

const demoRosters: DemoRoster[] = [
  // The city station: weekly afternoons, and the 2nd and 4th Saturday morning for those who work weekdays.
  {
    counsellor: 'demo-counsellor',
    pointKind: 'city_station',
    rule: { freq: 'weekly', weekdays: [2, 4] },
    startTime: '14:00',
    endTime: '17:00',
    modes: ['in_person', 'phone'],
  },
  {
    counsellor: 'demo-counsellor',
    pointKind: 'city_station',
    rule: { freq: 'monthly_nth', weekday: 6, nths: [2, 4] },
    startTime: '09:00',
    endTime: '12:00',
    modes: ['in_person'],
  },
  // The county station twice a month, as the source article describes.
  {
    counsellor: 'demo-counsellor-zhang',
    pointKind: 'district_station',
    rule: { freq: 'monthly_nth', weekday: 4, nths: [1, 3] },
    startTime: '09:00',
    endTime: '12:00',
    modes: ['in_person'],
  },
  {
    counsellor: 'demo-counsellor-zhang',
    pointKind: 'city_station',
    rule: { freq: 'weekly', weekdays: [3] },
    startTime: '09:00',
    endTime: '12:00',
    modes: ['in_person', 'video'],
  },
  // Drivers: evenings and weekends at the logistics park.
  {
    counsellor: 'demo-counsellor-liu',
    pointKind: 'roadside_station',
    rule: { freq: 'weekly', weekdays: [5, 6, 7] },
    startTime: '19:00',
    endTime: '21:00',
    modes: ['in_person', 'phone'],
  },
  // The phone and video line, weekday evenings.
  {
    counsellor: 'demo-counsellor',
    pointKind: 'remote',
    rule: { freq: 'weekly', weekdays: [1, 3] },
    startTime: '19:00',
    endTime: '21:00',
    modes: ['phone', 'video'],
  },
];

const shanghaiDate = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Gives the demo federation counsellors with profiles, rooms, a phone line and duty rosters, so that a
 * newcomer sees open slots over the next four weeks. Runs once per demo (also on demos loaded before).
 */
export async function ensureDemoCounselling(db: Db, tenantId: string, now: Date): Promise<boolean> {
  const [existing] = await db
    .select({ id: dutyRosters.id })
    .from(dutyRosters)
    .where(eq(dutyRosters.tenantId, tenantId))
    .limit(1);
  if (existing) return false;
  const [root] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.kind, 'federation')));
  if (!root) return false;

  const counsellorIds = new Map<string, string>();
  for (const c of demoCounsellors) {
    const [user] = await db.select().from(users).where(eq(users.login, c.login));
    let id = user?.id;
    if (!id && 'name' in c) {
      // Colleagues on the rosters; their passwords are unknown until an administrator resets them.
      const centre = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), eq(organisations.kind, 'partner_institution')));
      const organisationId = centre[0]?.id ?? root.id;
      id = randomUUID();
      await insertUser(db, {
        id,
        tenantId,
        organisationId,
        login: c.login,
        displayName: c.name,
        passwordHash: await hashPassword(randomBytes(18).toString('base64url')),
        mustChangePassword: true,
      });
      await insertRoleAssignment(db, {
        tenantId,
        userId: id,
        role: 'counsellor',
        organisationId,
        createdBy: null,
      });
    }
    if (!id) continue;
    const [role] = await db
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, id), eq(roleAssignments.role, 'counsellor')));
    if (!role) continue;
    counsellorIds.set(c.login, id);
    await db
      .insert(counsellorProfiles)
      .values({
        userId: id,
        tenantId,
        ...c.profile,
        specialties: [...c.profile.specialties],
        languages: [...c.profile.languages],
      })
      .onConflictDoNothing();
  }

  const points = await db.select().from(servicePoints).where(eq(servicePoints.tenantId, tenantId));
  if (!points.some((p) => p.kind === 'remote'))
    points.push(await insertServicePoint(db, { tenantId, organisationId: root.id, ...demoRemotePoint }));
  const roomIds = new Map<string, string>();
  for (const p of points) {
    await db
      .update(servicePoints)
      .set({
        openingHours:
          p.kind === 'roadside_station'
            ? [{ weekdays: [5, 6, 7], opens: '18:00', closes: '22:00' }]
            : p.kind === 'remote'
              ? [{ weekdays: [1, 3], opens: '19:00', closes: '21:00' }]
              : weekdayHours,
        accessibility: p.kind === 'remote' ? null : '无障碍通道，电梯可达；可提前电话预约陪同。',
        accessibilityEn: p.kind === 'remote' ? null : 'Step-free entrance and a lift; call ahead to be met.',
      })
      .where(eq(servicePoints.id, p.id));
    for (const room of stationRooms[p.kind] ?? []) {
      const [row] = await db
        .insert(serviceRooms)
        .values({ tenantId, servicePointId: p.id, ...room })
        .returning({ id: serviceRooms.id });
      if (room.kind === 'consulting' && row && !roomIds.has(p.id)) roomIds.set(p.id, row.id);
    }
  }

  const validFrom = addDays(shanghaiDate(now), -7);
  for (const r of demoRosters) {
    const counsellorId = counsellorIds.get(r.counsellor);
    const point = points.find((p) => p.kind === r.pointKind);
    if (!counsellorId || !point) continue;
    await db.insert(dutyRosters).values({
      tenantId,
      servicePointId: point.id,
      counsellorId,
      roomId: r.modes.includes('in_person') ? (roomIds.get(point.id) ?? null) : null,
      rule: r.rule,
      startTime: r.startTime,
      endTime: r.endTime,
      validFrom,
      validUntil: null,
      slotMinutes: 50,
      bufferMinutes: 10,
      modes: r.modes,
    });
  }
  return true;
}
