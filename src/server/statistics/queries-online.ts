import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client';
import type {
  BreakdownGroup,
  BreakdownRequest,
  MetricFamily,
  RawValues,
  StatsFilter,
  TimeWindow,
} from './query-types';
import { bucketValues, childValues, inSubtree, inTenants, inWindow, num, numOrNull } from './repository';

/**
 * The online service (issue 8): check-ups and requests for help, each in one grouped query per answer.
 *
 * People: distinct retrieval identities, plus every submission made without a retrieval code counted as one
 * person (an anonymous check-up leaves nothing to tell two of them apart, so this may count one worker twice;
 * it never counts two as one). Person-times (人次): submissions.
 *
 * Attribution: a submission belongs to its campaign's organisation, else to nobody (tenant-wide figures only);
 * a request for help to the organisation it came through (enterprise referral, staff entry), else to the
 * campaign of the check-up the worker shared, else to nobody.
 */

/** How rows are grouped: nothing (one row), a trend bucket, or a breakdown row key. */
interface Grouping {
  /** Extra FROM item, e.g. the buckets' VALUES list. */
  join?: (at: SQL) => SQL;
  key: SQL;
  /** The time condition when not the window's (buckets carry their own). */
  time?: (at: SQL) => SQL;
}

const submissionsFrom = sql`submissions s
  left join campaigns c on c.id = s.campaign_id
  left join organisations o on o.id = c.organisation_id`;

const alertsFrom = sql`alerts a
  left join organisations ao on ao.id = a.organisation_id
  left join submissions sa on sa.id = a.submission_id
  left join campaigns ca on ca.id = sa.campaign_id
  left join organisations co on co.id = ca.organisation_id`;
const alertPath = sql`coalesce(ao.path, co.path)`;
const alertIndustry = sql`coalesce(ao.industry, co.industry)`;

async function submissionRows(db: Db, f: StatsFilter, w: TimeWindow | null, g: Grouping) {
  const time = g.time ? g.time(sql`s.created_at`) : inWindow(sql`s.created_at`, w as TimeWindow);
  return rowsOf<{ k: string | number | null; people: unknown; times: unknown }>(
    db,
    sql`select ${g.key} as k,
        count(distinct s.identity_id) + count(*) filter (where s.identity_id is null) as people,
        count(*) as times
      from ${submissionsFrom} ${g.join ? g.join(sql`s`) : sql``}
      where ${inTenants(sql`s.tenant_id`, f)} and ${inSubtree(sql`o.path`, f)} and ${time}
      group by 1`,
  );
}

async function alertRows(db: Db, f: StatsFilter, w: TimeWindow | null, g: Grouping) {
  const time = g.time ? g.time(sql`a.created_at`) : inWindow(sql`a.created_at`, w as TimeWindow);
  return rowsOf<{ k: string | number | null; raised: unknown; acked: unknown; median: unknown }>(
    db,
    sql`select ${g.key} as k, count(*) as raised,
        count(a.acknowledged_at) as acked,
        percentile_cont(0.5) within group (order by extract(epoch from (a.acknowledged_at - a.created_at)) / 60)
          filter (where a.acknowledged_at is not null) as median
      from ${alertsFrom} ${g.join ? g.join(sql`a`) : sql``}
      where ${inTenants(sql`a.tenant_id`, f)} and ${inSubtree(alertPath, f)} and ${time}
      group by 1`,
  );
}

type Row = Record<string, unknown>;

function merge(
  subs: { k: unknown; people: unknown; times: unknown }[],
  alerts: { k: unknown; raised: unknown; acked: unknown; median: unknown }[],
): Map<string, RawValues> {
  const out = new Map<string, RawValues>();
  const at = (k: unknown) => {
    const key = String(k);
    let v = out.get(key);
    if (!v) {
      v = {
        'checkup.people': 0,
        'checkup.person_times': 0,
        'alerts.raised': 0,
        'alerts.acknowledged': 0,
        'alerts.ack_median_minutes': null,
      };
      out.set(key, v);
    }
    return v;
  };
  for (const r of subs as Row[]) {
    const v = at(r.k);
    v['checkup.people'] = num(r.people);
    v['checkup.person_times'] = num(r.times);
  }
  for (const r of alerts as Row[]) {
    const v = at(r.k);
    v['alerts.raised'] = num(r.raised);
    v['alerts.acknowledged'] = num(r.acked);
    const m = numOrNull(r.median);
    v['alerts.ack_median_minutes'] = m === null ? null : Math.round(m * 10) / 10;
  }
  return out;
}

const EMPTY: RawValues = {
  'checkup.people': 0,
  'checkup.person_times': 0,
  'alerts.raised': 0,
  'alerts.acknowledged': 0,
  'alerts.ack_median_minutes': null,
};

export const onlineFamily: MetricFamily = {
  keys: [
    'checkup.people',
    'checkup.person_times',
    'alerts.raised',
    'alerts.acknowledged',
    'alerts.ack_median_minutes',
  ],
  async totals(db, f, w) {
    const g = { key: sql`0` };
    const m = merge(await submissionRows(db, f, w, g), await alertRows(db, f, w, g));
    return { ...EMPTY, ...m.get('0') };
  },
  async trend(db, f, buckets) {
    if (buckets.length === 0) return [];
    const g: Grouping = {
      join: () => sql`join (values ${bucketValues(buckets)}) b(i, f, t) on true`,
      key: sql`b.i`,
      time: (at) => sql`${at} >= b.f and ${at} < b.t`,
    };
    const m = merge(await submissionRows(db, f, null, g), await alertRows(db, f, null, g));
    return buckets.map((_, i) => ({ ...EMPTY, ...m.get(String(i)) }));
  },
  async breakdown(db, f, w, request: BreakdownRequest): Promise<BreakdownGroup[] | null> {
    let subs: Grouping;
    let alerts: Grouping;
    if (request.dimension === 'organisation') {
      const children = request.childPaths ?? {};
      const join = (path: SQL) =>
        Object.keys(children).length === 0
          ? sql``
          : sql`left join (values ${childValues(children)}) k(id, p) on ${path} like k.p || '%'`;
      subs = {
        join: () => join(sql`o.path`),
        key: Object.keys(children).length ? sql`coalesce(k.id, 'self')` : sql`'self'`,
      };
      alerts = { join: () => join(alertPath), key: subs.key };
    } else if (request.dimension === 'industry') {
      // Only what came through an enterprise has an industry; the rest is in no row.
      subs = { key: sql`o.industry` };
      alerts = { key: alertIndustry };
    } else return null;
    const m = merge(await submissionRows(db, f, w, subs), await alertRows(db, f, w, alerts));
    return [...m.entries()]
      .filter(([k]) => k !== 'null')
      .map(([rowKey, values]) => ({ rowKey, values: { ...EMPTY, ...values } }));
  },
};

export interface BandCount {
  instrumentId: string;
  bandCode: string;
  bandLevel: number;
  /** The breakdown row ('self' or a child organisation id), or '' for the scope as a whole. */
  rowKey: string;
  count: number;
}

/**
 * Results by band per instrument (person-times: every result of the instrument in the window), for the scope,
 * or by child organisation when `childPaths` is given (records of the scope itself, or unattributed ones at the
 * tenant root, in the row `self`).
 */
const DAY_MS = 86_400_000;

export async function bandCounts(
  db: Db,
  f: StatsFilter,
  w: TimeWindow,
  childPaths?: Record<string, string>,
): Promise<BandCount[]> {
  const byChild = childPaths && Object.keys(childPaths).length > 0;
  const rows = await rowsOf<Row>(
    db,
    sql`select r.instrument_id, r.band_code, r.band_level,
        ${byChild ? sql`coalesce(k.id, 'self')` : childPaths ? sql`'self'` : sql`''`} as k, count(*) as n
      from submission_results r
        join submissions s on s.id = r.submission_id
        left join campaigns c on c.id = s.campaign_id
        left join organisations o on o.id = c.organisation_id
        ${byChild ? sql`left join (values ${childValues(childPaths)}) k(id, p) on o.path like k.p || '%'` : sql``}
      where ${inTenants(sql`s.tenant_id`, f)} and ${inSubtree(sql`o.path`, f)} and ${inWindow(sql`s.created_at`, w)}
        -- The results' own index narrows the read (a result is written with its submission, so within a day of
        -- it); the submission's time above decides what counts.
        and ${inTenants(sql`r.tenant_id`, f)}
        and ${inWindow(sql`r.created_at`, { from: new Date(w.from.getTime() - DAY_MS), to: new Date(w.to.getTime() + DAY_MS) })}
      group by 1, 2, 3, 4`,
  );
  return rows.map((r) => ({
    instrumentId: String(r.instrument_id),
    bandCode: String(r.band_code),
    bandLevel: num(r.band_level),
    rowKey: String(r.k),
    count: num(r.n),
  }));
}
