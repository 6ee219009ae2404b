import { inArray } from 'drizzle-orm';
import { audienceGroups } from '../../core/content/audiences';
import type { Dimension } from '../../core/statistics/metrics';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { servicePoints } from '../service-points/tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names a breakdown's rows are shown by, in both languages where there are two. */
export async function rowLabels(
  db: Db,
  dimension: Dimension,
  keys: readonly string[],
): Promise<Map<string, { zh: string; en: string | null }>> {
  const ids = keys.filter((k) => UUID.test(k));
  if (dimension === 'service_point' && ids.length) {
    const rows = await db
      .select({ id: servicePoints.id, name: servicePoints.name, nameEn: servicePoints.nameEn })
      .from(servicePoints)
      .where(inArray(servicePoints.id, ids));
    return new Map(rows.map((r) => [r.id, { zh: r.name, en: r.nameEn }]));
  }
  if (dimension === 'counsellor' && ids.length) {
    const rows = await db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, { zh: r.name, en: r.name }]));
  }
  if (dimension === 'audience' || dimension === 'employment_form' || dimension === 'industry') {
    return new Map(audienceGroups.map((g) => [g.id as string, { zh: g.zh, en: g.en }]));
  }
  return new Map();
}
