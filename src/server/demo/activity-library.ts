import { and, eq } from 'drizzle-orm';
import { selfHelpTools } from '../../core/content/topics';
import { contentDailyCounts, contentItems } from '../content/tables';
import type { Db } from '../db/client';
import { type DemoRandom, insertMany, yearDays } from './activity-random';

/** Uses of each self-help tool on an ordinary day at the end of the year. */
const toolMeans: Record<(typeof selfHelpTools)[number], number> = {
  breathing: 14,
  diary: 9,
  grounding: 6,
  relaxation: 4,
};

/**
 * The library's anonymous daily counts over the demo year: reads of the published items (a few popular ones,
 * a long tail) and uses of the self-help tools, growing as the service became known, quieter at weekends.
 */
export async function loadDemoLibraryCounts(
  db: Db,
  rnd: DemoRandom,
  input: { tenantId: string; today: string },
): Promise<{ rows: number; reads: number; tools: number }> {
  const items = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.tenantId, input.tenantId), eq(contentItems.status, 'published')))
    .orderBy(contentItems.slug);
  // Popularity falls off with rank (Zipf-like), in an order the dice choose once.
  const weights = items
    .map((it, i) => ({ id: it.id, w: 1 / (1 + i) ** 0.9, r: rnd.next() }))
    .sort((a, b) => a.r - b.r);
  const total = weights.reduce((s, x) => s + x.w, 0);
  const rows: (typeof contentDailyCounts.$inferInsert)[] = [];
  let reads = 0;
  let tools = 0;
  yearDays(input.today).forEach((day, i) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const scale = (0.5 + (0.5 * i) / 365) * (weekday === 0 || weekday === 6 ? 0.8 : 1);
    for (const x of weights) {
      const count = rnd.poisson((70 * scale * x.w) / total);
      if (count === 0) continue;
      reads += count;
      rows.push({ tenantId: input.tenantId, day, kind: 'read', subject: x.id, count });
    }
    for (const tool of selfHelpTools) {
      const count = rnd.poisson(toolMeans[tool] * scale);
      if (count === 0) continue;
      tools += count;
      rows.push({ tenantId: input.tenantId, day, kind: 'tool', subject: tool, count });
    }
  });
  // A real read on a day of the demo year (a demo loaded before this) keeps its count.
  await insertMany(db, contentDailyCounts, rows, { skipConflicts: true });
  return { rows: rows.length, reads, tools };
}
