import { changeRules, measureSeries } from '../../core/care/measurement';
import { catalogue } from '../../core/instruments/catalogue';
import type { Lang } from '../../core/instruments/types';
import { auditCase, caseFor } from '../care/case-access';
import type { RequestContext } from '../http/request-context';
import { bandOf, percentageOf, presentMeasure, statusOf } from './presenters';
import { measuresOfCase } from './repository';
import type { MeasureDeps } from './use-cases';

/**
 * A case's questionnaires as the counsellor reads them: per instrument, each score over time with its band
 * and its change since the first (reliable change, reliable recovery), and the links still waiting for an
 * answer. Reading it is audited like any read of the records.
 */
export async function caseMeasureSeries(
  deps: Pick<MeasureDeps, 'db'>,
  ctx: RequestContext,
  caseId: string,
  lang: Lang,
) {
  const access = await caseFor(deps.db, ctx, caseId, 'records');
  const rows = await measuresOfCase(deps.db, caseId);
  await auditCase(deps.db, ctx, access, 'case.measures.read', { count: rows.length });
  const completed = rows.filter((r) => r.status === 'completed' && r.score !== null && r.completedAt);
  const ids = [...new Set(completed.map((r) => r.instrumentId))];
  const instruments = ids.map((instrumentId) => {
    const def = catalogue.get(instrumentId);
    const mine = completed.filter((r) => r.instrumentId === instrumentId);
    const byId = new Map(mine.map((r) => [r.id, r]));
    const series = measureSeries(
      instrumentId,
      mine.map((r) => ({ id: r.id, at: r.completedAt as Date, score: r.score as number })),
    );
    const rule = changeRules[instrumentId];
    return {
      instrumentId,
      name: def?.name[lang] ?? instrumentId,
      range: def?.scoring.range ?? ([0, 0] as [number, number]),
      direction: def?.scoring.direction ?? ('higher_is_worse' as const),
      bands: (def?.bands ?? []).map((b) => ({
        code: b.code,
        min: b.min,
        label: b.label[lang],
        level: b.level,
      })),
      reliableChange: rule ? { points: rule.reliableChange, source: rule.source } : null,
      points: series.map((p) => {
        const r = byId.get(p.id) as (typeof mine)[number];
        return {
          id: p.id,
          at: p.at.toISOString(),
          score: p.score,
          percentage: percentageOf(instrumentId, p.score),
          band: bandOf(instrumentId, r.bandCode, r.bandLevel, lang) ?? { code: '', label: '', level: 0 },
          flags: r.flags ?? [],
          via: r.via as 'in_room' | 'link',
          sinceBaseline: p.sinceBaseline,
        };
      }),
    };
  });
  const openRequests = rows
    .filter((r) => statusOf(r, ctx.now) === 'requested')
    .map((r) => presentMeasure(r, lang, ctx.now));
  return { instruments, openRequests };
}
