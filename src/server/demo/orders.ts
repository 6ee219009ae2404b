import { and, eq } from 'drizzle-orm';
import type { OrderState } from '../../core/orders/workflow';
import { DEFAULT_TIME_ZONE, localDateOf, zonedInstant } from '../../core/time';
import { campaigns } from '../campaigns/tables';
import { newCampaignCode } from '../campaigns/use-cases';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { insertMenuItem, insertOrder, insertOrderEvent } from '../orders/repository';
import { serviceMenuItems, serviceOrders } from '../orders/tables';
import { organisations } from '../organisations/tables';
import { insertDemoOrderEvent } from './order-events';

const HOUR = 3_600_000;

/** The demo federation's service menu (服务菜单). */
const demoMenu = [
  {
    kind: 'lecture',
    title: '职场压力与情绪调适讲座',
    titleEn: 'Talk: stress and emotions at work',
    description: '一个半小时的讲座：压力从哪里来，怎样早点察觉，几个马上能用的放松办法；留出时间现场提问。',
    descriptionEn:
      'A ninety-minute talk: where stress comes from, noticing it early, and a few ways to ease it, with time for questions.',
    topics: ['stress', 'emotions'],
    durationMinutes: 90,
    maxHeadcount: 200,
  },
  {
    kind: 'group_counselling',
    title: '班组团体辅导',
    titleEn: 'Group counselling for a team',
    description: '十到二十人的小组，由两位咨询师带领，围绕沟通与互相支持做练习。',
    descriptionEn: 'Ten to twenty people with two counsellors, practising talking and supporting each other.',
    topics: ['relationships'],
    durationMinutes: 120,
    maxHeadcount: 20,
  },
  {
    kind: 'healing_workshop',
    title: '减压疗愈工作坊',
    titleEn: 'Stress-relief workshop',
    description: '正念呼吸、身体放松和绘画表达，适合倒班、长时间驾驶的职工。',
    descriptionEn:
      'Mindful breathing, body relaxation and drawing, for shift workers and long-distance drivers.',
    topics: ['stress', 'sleep'],
    durationMinutes: 120,
    maxHeadcount: 30,
  },
  {
    kind: 'enterprise_counselling_day',
    title: '心理咨询进企业日',
    titleEn: 'Counselling day at your workplace',
    description: '咨询师在企业驻点一天，职工可以一对一谈一谈，内容保密。',
    descriptionEn: 'Counsellors spend a day at your site; workers can talk one to one, in confidence.',
    topics: ['emotions'],
    durationMinutes: 360,
    maxHeadcount: 40,
  },
  {
    kind: 'checkup_campaign',
    title: '心理体检进企业',
    titleEn: 'On-site mental health check-up',
    description: '现场扫码做心理体检，咨询师在场解答；企业只收到汇总结果，看不到任何个人答卷。',
    descriptionEn:
      'Workers scan a code for the check-up with counsellors at hand; the enterprise sees totals only, never anyone’s answers.',
    topics: ['checkup'],
    durationMinutes: 240,
    maxHeadcount: 500,
  },
] as const;

interface DemoOrder {
  org: string;
  kind: (typeof demoMenu)[number]['kind'];
  state: OrderState;
  /** Hours before now that it was placed. */
  placedHoursAgo: number;
  /** The service's day, in days from today (negative: past), at `time` on the federation's clock. */
  serviceDay?: number;
  time?: string;
}

/** One order in every state, most of them Shunda Logistics' (the demo officer's enterprise). */
const demoOrders: DemoOrder[] = [
  { org: 'logistics', kind: 'lecture', state: 'submitted', placedHoursAgo: 5 },
  { org: 'bus', kind: 'healing_workshop', state: 'submitted', placedHoursAgo: 30 },
  { org: 'logistics', kind: 'group_counselling', state: 'proposed', placedHoursAgo: 50 },
  { org: 'logistics', kind: 'enterprise_counselling_day', state: 'accepted', placedHoursAgo: 70 },
  { org: 'textile', kind: 'lecture', state: 'declined', placedHoursAgo: 200 },
  {
    org: 'logistics',
    kind: 'checkup_campaign',
    state: 'scheduled',
    placedHoursAgo: 120,
    serviceDay: 6,
    time: '10:00',
  },
  {
    org: 'logistics',
    kind: 'healing_workshop',
    state: 'confirmed',
    placedHoursAgo: 150,
    serviceDay: 9,
    time: '14:30',
  },
  { org: 'logistics', kind: 'lecture', state: 'delivered', placedHoursAgo: 400, serviceDay: -2 },
  { org: 'bus', kind: 'lecture', state: 'rated', placedHoursAgo: 600, serviceDay: -10 },
  {
    org: 'logistics',
    kind: 'group_counselling',
    state: 'closed',
    placedHoursAgo: 900,
    serviceDay: -20,
    time: '15:00',
  },
  { org: 'logistics', kind: 'lecture', state: 'cancelled', placedHoursAgo: 300 },
];

type Step = { step: string; to: OrderState };

const path: Record<OrderState, string[]> = {
  submitted: [],
  proposed: ['propose'],
  accepted: ['accept'],
  declined: ['decline'],
  scheduled: ['accept', 'schedule'],
  confirmed: ['accept', 'schedule', 'confirm'],
  delivered: ['accept', 'schedule', 'confirm', 'deliver'],
  rated: ['accept', 'schedule', 'confirm', 'deliver', 'rate'],
  closed: ['accept', 'schedule', 'confirm', 'deliver', 'rate', 'close'],
  cancelled: ['cancel'],
};

/** Demo orders in every state with their timelines, events and (for the check-up) a campaign. Once only. */
export async function ensureDemoOrders(db: Db, tenantId: string, now: Date): Promise<boolean> {
  const [existing] = await db
    .select({ id: serviceMenuItems.id })
    .from(serviceMenuItems)
    .where(eq(serviceMenuItems.tenantId, tenantId))
    .limit(1);
  if (existing) return false;
  const login = async (l: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.login, l)))[0]?.id ?? null;
  const [admin, officer, counsellor] = [
    await login('demo-admin'),
    await login('demo-enterprise'),
    await login('demo-counsellor'),
  ];
  const items = new Map<string, string>();
  for (const m of demoMenu) {
    const row = await insertMenuItem(db, {
      ...m,
      topics: [...m.topics],
      tenantId,
      createdBy: admin,
      createdAt: now,
      updatedAt: now,
    });
    items.set(m.kind, row.id);
  }
  const orgNames: Record<string, string> = {
    logistics: '顺达物流有限公司工会',
    bus: '市公共交通集团工会',
    textile: '淮海纺织厂工会',
  };
  const orgByName = async (key: string) =>
    (
      await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), eq(organisations.name, orgNames[key] ?? key)))
    )[0];

  for (const d of demoOrders) {
    const org = await orgByName(d.org);
    if (!org) continue;
    const menu = demoMenu.find((m) => m.kind === d.kind) as (typeof demoMenu)[number];
    const placed = new Date(now.getTime() - d.placedHoursAgo * HOUR);
    // Services at working hours on the federation's clock, whatever the hour the demo was seeded.
    const day = (at: Date) => localDateOf(at, DEFAULT_TIME_ZONE);
    const service =
      d.serviceDay === undefined
        ? null
        : zonedInstant(
            day(new Date(now.getTime() + d.serviceDay * 24 * HOUR)),
            d.time ?? '14:00',
            DEFAULT_TIME_ZONE,
          );
    const preferred = service
      ? [{ date: day(service), time: d.time ?? '14:00' }]
      : [
          { date: day(new Date(now.getTime() + 10 * 24 * HOUR)), time: '14:00' },
          { date: day(new Date(now.getTime() + 12 * 24 * HOUR)) },
        ];
    const order = await insertOrder(db, {
      tenantId,
      organisationId: org.id,
      menuItemId: items.get(d.kind) as string,
      state: d.state,
      preferredDates: preferred,
      headcount: Math.min(menu.maxHeadcount, 40),
      siteName: `${org.name.replace(/工会$/, '')}职工之家`,
      siteAddress: '淮北市相山区示例路 8 号',
      audiences: d.org === 'logistics' ? ['truck_driver'] : [],
      note: d.org === 'logistics' ? '司机下午三点后比较方便。' : '',
      placedBy: officer,
      submittedAt: placed,
      updatedAt: now,
    });
    await insertOrderEvent(db, {
      tenantId,
      orderId: order.id,
      step: 'submit',
      fromState: null,
      toState: 'submitted',
      side: 'enterprise',
      actorId: officer,
      details: { preferredDates: preferred, headcount: order.headcount },
      at: placed,
    });
    // Each step a little later than the one before; delivery at the service itself.
    const steps: Step[] = [];
    let at = placed.getTime();
    let state: OrderState = 'submitted';
    const values: Record<string, unknown> = {};
    for (const s of path[d.state]) {
      at =
        s === 'deliver' && service
          ? service.getTime() + 3 * HOUR
          : s === 'rate' || s === 'close'
            ? at + 20 * HOUR
            : at + (s === 'accept' ? 9 : 16) * HOUR;
      const when = new Date(Math.min(at, now.getTime() - HOUR));
      const side = s === 'confirm' || s === 'rate' || s === 'cancel' ? 'enterprise' : 'federation';
      let details: Record<string, unknown> = {};
      let to: OrderState = state;
      switch (s) {
        case 'accept':
          to = 'accepted';
          values.acceptedAt = when;
          details = { message: '已安排，稍后确定老师和时间。' };
          break;
        case 'propose': {
          to = 'proposed';
          const dates = [{ date: day(new Date(now.getTime() + 14 * 24 * HOUR)), time: '15:00' }];
          Object.assign(values, {
            proposedAt: when,
            proposedDates: dates,
            proposalMessage: '您希望的日期老师已有安排，两周后的周三下午可以吗？',
          });
          details = { dates, message: values.proposalMessage };
          break;
        }
        case 'decline':
          to = 'declined';
          Object.assign(values, { declinedAt: when, declineReason: '本月讲座已排满，请下月再约。' });
          details = { reason: values.declineReason };
          break;
        case 'cancel':
          to = 'cancelled';
          Object.assign(values, { cancelledAt: when, cancelReason: '当天有紧急运输任务。' });
          details = { reason: values.cancelReason };
          break;
        case 'schedule': {
          to = 'scheduled';
          const startsAt = service as Date;
          const endsAt = new Date(startsAt.getTime() + menu.durationMinutes * 60_000);
          const eventId = await insertDemoOrderEvent(db, {
            tenantId,
            orderId: order.id,
            organisationId: org.id,
            kind: d.kind === 'checkup_campaign' ? 'enterprise_counselling_day' : d.kind,
            title: menu.title,
            titleEn: menu.titleEn,
            description: menu.description,
            descriptionEn: menu.descriptionEn,
            site: { name: order.siteName, address: order.siteAddress },
            startsAt,
            endsAt,
            capacity: order.headcount,
            audiences: order.audiences,
            hostUserId: counsellor,
            by: admin,
            at: when,
          });
          Object.assign(values, { scheduledAt: when, scheduledStartsAt: startsAt, scheduledEndsAt: endsAt });
          // Made at loading (not at the step's time in the story), after the demo's own campaign for Shunda.
          if (d.kind === 'checkup_campaign') {
            const [c] = await db
              .insert(campaigns)
              .values({
                tenantId,
                organisationId: org.id,
                code: newCampaignCode(),
                name: `${org.name} · ${menu.title}`,
                checkupId: 'default',
                endsAt: new Date(endsAt.getTime() + 14 * 24 * HOUR),
                createdBy: admin,
                createdAt: now,
              })
              .returning({ id: campaigns.id });
            values.campaignId = c?.id;
          }
          details = {
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            hostUserIds: counsellor ? [counsellor] : [],
            eventIds: [eventId],
          };
          break;
        }
        case 'confirm':
          to = 'confirmed';
          values.confirmedAt = when;
          break;
        case 'deliver':
          to = 'delivered';
          Object.assign(values, {
            deliveredAt: when,
            attendance: 36,
            deliverySummary: '按计划完成，职工参与积极，现场有 5 人预约了后续一对一咨询。',
          });
          details = { attendance: 36, summary: values.deliverySummary };
          break;
        case 'rate':
          to = 'rated';
          Object.assign(values, {
            ratedAt: when,
            rating: 5,
            ratingComment: '老师讲得实在，司机们都说有用。',
          });
          details = { rating: 5, comment: values.ratingComment };
          break;
        case 'close':
          to = 'closed';
          values.closedAt = when;
          break;
      }
      steps.push({ step: s, to });
      await insertOrderEvent(db, {
        tenantId,
        orderId: order.id,
        step: s,
        fromState: state,
        toState: to,
        side,
        actorId: side === 'enterprise' ? officer : admin,
        details,
        at: when,
      });
      state = to;
    }
    if (steps.length) await db.update(serviceOrders).set(values).where(eq(serviceOrders.id, order.id));
  }
  return true;
}
