import { type SQL, sql } from 'drizzle-orm';
import type { StatsFilter, TimeWindow } from './query-types';

/**
 * How a service record finds the organisation it counts for (issue 8 contract, "Attribution"), written once
 * as SQL fragments over fixed table aliases, so that every family filters and breaks down alike. A fragment
 * yields the attributed organisation's id; `attributedOrg` joins that organisation as `o` (left join: an
 * unattributed record keeps `o.path` null, which no subtree filter matches).
 */

/** The breakdown row of records attributed to the scope itself, in none of its children. */
export const SELF_ROW = 'self';
/** The breakdown row of records with no value for the dimension: unattributed, no industry, no audience. */
export const NONE_ROW = 'none';

/** A bookings row `b`: the service point's organisation (joins `sp`). */
export const bookingOrg = {
  joins: sql`join service_points sp on sp.id = b.service_point_id`,
  orgId: sql`sp.organisation_id`,
};

/**
 * An alerts row `al`: the organisation it came through (enterprise referral, entered by an officer), else the
 * campaign of the check-up the worker shared (joins `al_sub`, `al_camp`).
 */
export const alertOrg = {
  joins: sql`left join submissions al_sub on al_sub.id = al.submission_id
    left join campaigns al_camp on al_camp.id = al_sub.campaign_id`,
  orgId: sql`coalesce(al.organisation_id, al_camp.organisation_id)`,
};

/** A submissions row `s`: its campaign's organisation, else unattributed (joins `s_camp`). */
export const submissionOrg = {
  joins: sql`left join campaigns s_camp on s_camp.id = s.campaign_id`,
  orgId: sql`s_camp.organisation_id`,
};

/**
 * A cases row `c` (and so its tasks and referrals): the organisation recorded on the case (it came through an
 * enterprise referral or a campaign), else its alert's attribution, else its appointment's service point;
 * a hotline or walk-in case with none of these is unattributed.
 */
export const caseOrg = {
  joins: sql`left join alerts al on al.id = c.alert_id
    ${alertOrg.joins}
    left join bookings c_b on c_b.id = c.booking_id
    left join service_points c_sp on c_sp.id = c_b.service_point_id`,
  orgId: sql`coalesce(c.organisation_id, ${alertOrg.orgId}, c_sp.organisation_id)`,
};

/**
 * A group_events row `e`: the invited enterprise of an invitation-only event (the event is for its workers),
 * else the organisation the event sits under (the station's, the enterprise's or the federation's).
 */
export const eventOrg = {
  joins: sql``,
  orgId: sql`case when e.visibility = 'invitation' then coalesce(e.invited_organisation_id, e.organisation_id) else e.organisation_id end`,
};

/** A service_orders row `so`: the ordering enterprise. */
export const orderOrg = { joins: sql``, orgId: sql`so.organisation_id` };

/** Joins the attributed organisation as `o` (for `o.id`, `o.path`). */
export const attributedOrg = (orgId: SQL): SQL => sql`left join organisations o on o.id = ${orgId}`;

/** `col` is one of the filter's tenants. */
export function inTenants(col: SQL, tenantIds: readonly string[]): SQL {
  if (tenantIds.length === 0) throw new Error('a statistics filter names at least one tenant');
  if (tenantIds.length === 1) return sql`${col} = ${tenantIds[0]}::uuid`;
  return sql`${col} in (${sql.join(
    tenantIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

/** A LIKE pattern matching every string that starts with `prefix` (paths hold no wildcards, but be sure). */
export const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The subtree filter: no condition for the whole tenant(s), else the attributed path starts with orgPath. */
export const underPath = (pathCol: SQL, orgPath: string | null): SQL =>
  orgPath === null ? sql`true` : sql`${pathCol} like ${likePrefix(orgPath)}`;

/** `col` falls in [from, to). */
export const inWindow = (col: SQL, w: TimeWindow): SQL =>
  sql`${col} >= ${w.from.toISOString()}::timestamptz and ${col} < ${w.to.toISOString()}::timestamptz`;

/** Tenant, subtree and window in one condition, for a record's tenant column, attributed path and time. */
export const scoped = (tenantCol: SQL, pathCol: SQL, timeCol: SQL, filter: StatsFilter, w: TimeWindow): SQL =>
  sql`${inTenants(tenantCol, filter.tenantIds)} and ${inWindow(timeCol, w)} and ${underPath(pathCol, filter.orgPath)}`;

const parentOf = (path: string): string => path.replace(/[^/]+\/$/, '');
const lastSegment = (path: string): string => path.slice(parentOf(path).length, -1);

/**
 * The organisation breakdown's row of a record with attributed path `pathCol`: the direct child of the scope
 * whose subtree holds it, `self` for the scope itself, `none` when unattributed. Children share one parent
 * path, so the child is the path's next segment after it — a constant-time look-up however many children
 * there are (a district may hold thousands of enterprises).
 */
export function organisationRowKey(pathCol: SQL, childPaths: Record<string, string>): SQL {
  const entries = Object.entries(childPaths);
  if (entries.length === 0) return sql`case when ${pathCol} is null then ${NONE_ROW} else ${SELF_ROW} end`;
  const parents = new Set(entries.map(([, p]) => parentOf(p)));
  const [parent] = [...parents];
  if (parent !== undefined && parents.size === 1 && entries.every(([id, p]) => lastSegment(p) === id)) {
    const segment = sql`split_part(substr(${pathCol}, ${parent.length + 1}), '/', 1)`;
    return sql`case when ${pathCol} is null then ${NONE_ROW}
      when left(${pathCol}, ${parent.length}) = ${parent} and ${segment} in (${sql.join(
        entries.map(([id]) => sql`${id}`),
        sql`, `,
      )}) then ${segment}
      else ${SELF_ROW} end`;
  }
  // Children of different parents (not expected): test each subtree in turn.
  return sql`case when ${pathCol} is null then ${NONE_ROW} ${sql.join(
    entries.map(([id, p]) => sql`when ${pathCol} like ${likePrefix(p)} then ${id}`),
    sql` `,
  )} else ${SELF_ROW} end`;
}
