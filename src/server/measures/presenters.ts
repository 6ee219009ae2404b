import { catalogue } from '../../core/instruments/catalogue';
import type { Lang } from '../../core/instruments/types';
import type { MeasureRow } from './repository';

export type MeasureStatus = 'requested' | 'completed' | 'expired' | 'cancelled';

/** A link nobody answered in time counts as expired at once, before any job marks it. */
export function statusOf(m: MeasureRow, now: Date): MeasureStatus {
  if (m.status === 'requested' && m.expiresAt && m.expiresAt.getTime() <= now.getTime()) return 'expired';
  return m.status as MeasureStatus;
}

export function bandOf(instrumentId: string, code: string | null, level: number | null, lang: Lang) {
  if (code === null) return null;
  const band = catalogue.get(instrumentId)?.bands.find((b) => b.code === code);
  return { code, label: band?.label[lang] ?? code, level: level ?? band?.level ?? 0 };
}

export function percentageOf(instrumentId: string, score: number | null): number | null {
  const transform = catalogue.get(instrumentId)?.scoring.transform;
  return transform && score !== null ? score * transform.factor : null;
}

export function presentMeasure(m: MeasureRow, lang: Lang, now: Date) {
  return {
    id: m.id,
    caseId: m.caseId,
    instrumentId: m.instrumentId,
    instrumentVersion: m.instrumentVersion,
    name: catalogue.get(m.instrumentId)?.name[lang] ?? m.instrumentId,
    via: m.via as 'in_room' | 'link',
    status: statusOf(m, now),
    lang: m.lang as Lang,
    requestedAt: m.requestedAt.toISOString(),
    expiresAt: m.expiresAt?.toISOString() ?? null,
    completedAt: m.completedAt?.toISOString() ?? null,
    score: m.score,
    percentage: percentageOf(m.instrumentId, m.score),
    band: bandOf(m.instrumentId, m.bandCode, m.bandLevel, lang),
    flags: m.flags ?? [],
    crisis: (m.crisisLevel as 'urgent' | 'elevated' | null) ?? null,
  };
}

export type MeasureView = ReturnType<typeof presentMeasure>;
