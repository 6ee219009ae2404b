import { AppError } from '../../core/errors';
import { instrument } from '../../core/instruments/catalogue';
import { slaFigures } from '../../core/orders/sla';
import type { OrderState } from '../../core/orders/workflow';
import { DEFAULT_MIN_GROUP_SIZE, suppressCount, suppressRow } from '../../core/statistics/suppression';
import { reachFor } from '../access';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { orderFor } from './access';
import { CHECKUP_CAMPAIGN } from './menu';
import { campaignBandCounts, ordersInReach } from './repository';

/**
 * The enterprise's view of its on-site check-up: people and bands per instrument from the campaign's
 * submissions, counts only, every group under the minimum hidden together with what would give it away.
 */
export async function checkupReport(
  db: Db,
  ctx: RequestContext,
  id: string,
  minGroupSize = DEFAULT_MIN_GROUP_SIZE,
) {
  const order = await orderFor(db, ctx, id, 'order.read');
  if (order.menuItem.kind !== CHECKUP_CAMPAIGN)
    throw new AppError('not_found', 'This order is not an on-site check-up', { kind: order.menuItem.kind });
  if (!order.campaignId) return { minGroupSize, people: null, instruments: [], started: false };
  const { people, cells } = await campaignBandCounts(db, order.campaignId);
  const byInstrument = new Map<string, Map<string, number>>();
  for (const c of cells) {
    const m = byInstrument.get(c.instrumentId) ?? new Map<string, number>();
    m.set(c.bandCode, c.n);
    byInstrument.set(c.instrumentId, m);
  }
  const instruments = [...byInstrument.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([instrumentId, counts]) => {
      const def = instrument(instrumentId);
      // Every band of the instrument, empty ones too, so a missing band does not stand out.
      const bands =
        def?.bands ??
        [...counts.keys()].map((code) => ({ code, level: 0, label: { 'zh-CN': code, en: code } }));
      const row = suppressRow(
        bands.map((b) => ({ key: b.code, count: counts.get(b.code) ?? 0 })),
        minGroupSize,
      );
      return {
        instrumentId,
        name: def?.name ?? { 'zh-CN': instrumentId, en: instrumentId },
        people: row.total,
        suppressed: row.suppressed,
        bands: bands.map((b, i) => ({
          code: b.code,
          level: b.level,
          label: b.label,
          count: row.cells[i]?.count ?? null,
        })),
      };
    });
  return { minGroupSize, people: suppressCount(people, minGroupSize), instruments, started: true };
}

export async function slaReport(db: Db, ctx: RequestContext, f: { from?: Date; to?: Date }) {
  const rows = await ordersInReach(db, reachFor(ctx, 'order.read'), { ...f, limit: 100_000 });
  return slaFigures(
    rows.map((o) => ({
      state: o.state as OrderState,
      submittedAt: o.submittedAt,
      acceptedAt: o.acceptedAt,
      scheduledAt: o.scheduledAt,
      deliveredAt: o.deliveredAt,
      rating: o.rating,
    })),
  );
}
