import { audienceGroups } from '../../core/content/audiences';
import { eventKindName } from '../../core/events/kinds';
import { DEFAULT_TIME_ZONE, localDateOf, zoneOffsetMinutes } from '../../core/time';
import { reachFor } from '../access';
import { recordAudit } from '../audit/record';
import { staffTenant } from '../booking/staff-scope';
import type { Db } from '../db/client';
import { type Cell, writeWorkbook } from '../exports/xlsx';
import { reportOf } from './reports';
import { maskPhone, phoneOfRegistration } from './staff-notices';
import { eventTimeZone, presentPlace } from './staff-presenters';
import { countsOf, type EventFilter, eventsWithin, registrationsOf } from './staff-repository';
import { type Ctx, type EventsDeps, eventInScope } from './staff-scope';

/** Excel workbooks of events, in Chinese (sheet and column names), phones masked. */

const localTime = (at: Date, zone: string) =>
  new Date(at.getTime() + zoneOffsetMinutes(at, zone) * 60_000).toISOString().slice(11, 16);
const localStamp = (at: Date | null, zone: string) =>
  at ? `${localDateOf(at, zone)} ${localTime(at, zone)}` : '';

const statusName: Record<string, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
  registered: '已报名',
  waitlisted: '候补中',
  offered: '候补转正待确认',
  expired: '候补已过期',
};
const groupName = (id: string) =>
  id === 'general' ? '不限人群' : (audienceGroups.find((g) => g.id === id)?.zh ?? id);

/** A filename in both forms: plain ASCII for old clients, UTF-8 (RFC 5987) for the Chinese name. */
export const attachment = (ascii: string, chinese: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** One event: its figures, care packages, feedback and the list of registrations (phones masked). */
export async function eventReportWorkbook(deps: EventsDeps, ctx: Ctx, id: string) {
  const row = await eventInScope(deps.db, ctx, id, 'event.read');
  const e = row.event;
  const zone = eventTimeZone(row);
  const r = await reportOf(deps.db, id, e.endsAt <= ctx.now);
  const regs = await registrationsOf(deps.db, id);
  const summary: Cell[][] = [
    ['项目', '内容'],
    ['活动', e.title],
    ['类型', eventKindName(e.kind, 'zh-CN')],
    ['时间', `${localStamp(e.startsAt, zone)}–${localTime(e.endsAt, zone)}`],
    ['地点', presentPlace(row).name],
    ['主办单位', row.organisationName],
    ['状态', statusName[e.status] ?? e.status],
    ['名额', e.capacity],
    ['报名', r.registered],
    ['候补', r.waitlisted],
    ['取消', r.cancelled],
    ['签到', r.attended],
    ['现场加入', r.walkIns],
    ['到场合计', r.attendance],
    ['未到场', r.noShows],
    ['反馈份数', r.feedback.count],
    ['平均评分', r.feedback.average],
  ];
  const packages: Cell[][] = [
    ['人群', '份数'],
    ...r.carePackages.map((p) => [groupName(p.audienceGroup), p.count]),
  ];
  const feedback: Cell[][] = [
    ['评分', '意见', '时间'],
    ...r.feedback.comments.map((c) => [c.rating, c.comment, localStamp(new Date(c.createdAt), zone)]),
  ];
  const list: Cell[][] = [
    ['序号', '来源', '手机号', '状态', '报名时间', '签到时间'],
    ...regs.map((x, i) => [
      i + 1,
      x.registration.source === 'officer' ? '单位代报' : '本人报名',
      maskPhone(phoneOfRegistration(deps.cipher, x)),
      statusName[x.registration.status] ?? x.registration.status,
      localStamp(x.registration.createdAt, zone),
      localStamp(x.registration.checkedInAt, zone),
    ]),
  ];
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      tenantId: e.tenantId,
      action: 'event.report.export',
      objectType: 'group_event',
      objectId: id,
      organisationId: e.organisationId,
      details: { registrations: regs.length },
    }),
  );
  const day = localDateOf(e.startsAt, zone);
  return {
    body: writeWorkbook([
      { name: '活动概况', rows: summary },
      { name: '关爱礼包', rows: packages },
      { name: '反馈意见', rows: feedback },
      { name: '报名名单', rows: list },
    ]),
    disposition: attachment(`event-report-${day}.xlsx`, `活动报告-${day}-${e.title}.xlsx`),
  };
}

/** The events in reach between two times, one row each with its counts (no one's details). */
export async function eventsWorkbook(db: Db, ctx: Ctx, filter: EventFilter) {
  const tenantId = staffTenant(ctx);
  const rows = await eventsWithin(db, reachFor(ctx, 'event.read'), filter);
  const counts = await countsOf(
    db,
    rows.map((r) => r.event.id),
  );
  const table: Cell[][] = [
    [
      '日期',
      '开始',
      '结束',
      '类型',
      '活动',
      '地点',
      '主办单位',
      '状态',
      '名额',
      '报名',
      '候补',
      '签到',
      '现场加入',
      '到场合计',
    ],
    ...rows.map((row) => {
      const e = row.event;
      const zone = eventTimeZone(row);
      const c = counts.get(e.id);
      return [
        localDateOf(e.startsAt, zone),
        localTime(e.startsAt, zone),
        localTime(e.endsAt, zone),
        eventKindName(e.kind, 'zh-CN'),
        e.title,
        presentPlace(row).name,
        row.organisationName,
        statusName[e.status] ?? e.status,
        e.capacity,
        c?.registered ?? 0,
        c?.waitlisted ?? 0,
        c?.attended ?? 0,
        c?.walkIns ?? 0,
        (c?.attended ?? 0) + (c?.walkIns ?? 0),
      ];
    }),
  ];
  await db.transaction((tx) =>
    recordAudit(tx, ctx, {
      tenantId,
      action: 'event.export',
      objectType: 'group_event',
      details: {
        events: rows.length,
        from: filter.from?.toISOString() ?? null,
        to: filter.to?.toISOString() ?? null,
      },
    }),
  );
  const from = filter.from ? localDateOf(filter.from, DEFAULT_TIME_ZONE) : 'all';
  return {
    body: writeWorkbook([{ name: '活动列表', rows: table }]),
    disposition: attachment(`events-${from}.xlsx`, `活动列表-${from}.xlsx`),
  };
}
