import { dayStart, localDateOf, zoneOffsetMinutes } from '../../core/time';
import { makeReport, monthOf, previousMonth, type ReportDeps } from './generate';
import { generatedTimes, reportingTenants, unionsOf } from './repository';

/**
 * The monthly job (reports.monthly): from 02:00 on the 1st in each federation's own zone, the previous
 * month's report of the whole federation and of each district and industry union. It runs hourly and makes
 * only what is missing, or was made before the month was over (an on-demand report part-way through it), so
 * a federation in any zone gets its reports, and a server that was down at 02:00 catches up.
 */
export async function generateMonthlyReports(deps: ReportDeps, now: Date) {
  const made: { tenantId: string; organisationId: string | null; month: string }[] = [];
  for (const tenant of await reportingTenants(deps.db)) {
    const today = localDateOf(now, tenant.timeZone);
    const localHour = new Date(
      now.getTime() + zoneOffsetMinutes(now, tenant.timeZone) * 60_000,
    ).getUTCHours();
    if (today.endsWith('-01') && localHour < 2) continue;
    const month = previousMonth(monthOf(today));
    const monthEnd = dayStart(`${monthOf(today)}-01`, tenant.timeZone);
    const done = await generatedTimes(deps.db, tenant.id, month);
    const scopes = [null, ...(await unionsOf(deps.db, tenant.id)).map((u) => u.id)];
    for (const organisationId of scopes) {
      const at = done.get(organisationId);
      if (at && at >= monthEnd) continue;
      await makeReport(deps, { tenantId: tenant.id, organisationId, month, by: null, now });
      made.push({ tenantId: tenant.id, organisationId, month });
    }
  }
  return { made: made.length };
}
