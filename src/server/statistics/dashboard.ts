import { grantsFor, type Principal } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { dimensions as allDimensions, type Dimension } from '../../core/statistics/metrics';
import type { BreakdownView, Granularity, OverviewView, ScopeView } from '../../core/statistics/model';
import { type ResolvedPeriod, resolvePeriod as resolveCorePeriod } from '../../core/statistics/periods';
import { decideScope, type TenantKind } from '../../core/statistics/scope';
import type { Db } from '../db/client';
import { type BandBreakdown, breakdownFigures } from './breakdown-figures';
import { families } from './families';
import { overviewFigures, presentKeys } from './presenters';
import { bandCounts } from './queries-online';
import type { BreakdownGroup, RawValues, StatsFilter } from './query-types';
import {
  childOrganisations,
  childTenants,
  organisationById,
  organisationsByIds,
  rootOrganisation,
  tenantById,
  withChildren,
} from './repository';
import { rowLabels } from './row-labels';

/**
 * The dashboard's use-cases (issue 8): whose figures (scope), over which period, and the answers with small
 * groups suppressed. The monthly report and the CSV exports call the same functions, so their figures are the
 * dashboard's.
 */
export interface StatsScope extends StatsFilter {
  tenantId: string;
  organisationId: string | null;
  zone: string;
  view: ScopeView;
  officer: boolean;
  /** The breakdowns this viewer may ask for here. */
  dimensions: Dimension[];
  /** A province's roll-up of its cities: `tenantIds` are the cities. */
  rollup: boolean;
}

const forbidden = () =>
  new AppError('forbidden', '您无权查看这个范围的统计 (these figures are outside your reach)');

export async function resolveScope(
  db: Db,
  principal: Principal,
  q: { organisationId?: string; tenantId?: string; rollup?: 'cities' },
): Promise<StatsScope> {
  if (principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in first');
  const home = await tenantById(db, principal.tenantId);
  const homeRoot = await rootOrganisation(db, principal.tenantId);
  if (!home || !homeRoot) throw forbidden();
  const read = grantsFor(principal, 'statistics.read');
  const workload = grantsFor(principal, 'statistics.workload');
  const homeAsk = { tenantId: home.id, kind: home.kind as TenantKind, rootPath: homeRoot.path };
  if (q.rollup === 'cities') {
    if (q.organisationId || q.tenantId)
      throw new AppError(
        'invalid_query',
        'rollup=cities 不与 organisationId、tenantId 同用 (rollup takes neither)',
      );
    const d = decideScope({ read, workload, home: homeAsk, target: { rollup: true } });
    const cities = await childTenants(db, home.id);
    if (!d.allowed) throw forbidden();
    if (cities.length === 0) throw new AppError('invalid_query', '没有下辖城市 (there are no cities below)');
    return {
      tenantIds: cities.map((c) => c.id),
      orgPath: null,
      tenantId: home.id,
      organisationId: null,
      zone: home.timeZone,
      officer: false,
      dimensions: d.dimensions,
      rollup: true,
      view: {
        tenantId: home.id,
        organisationId: null,
        name: `${home.name}（下辖城市合计）`,
        nameEn: `${home.nameEn} (cities combined)`,
        kind: 'rollup',
        trail: [],
      },
    };
  }
  // The default: the viewer's own reach — the organisation of their (first) subtree grant, else the tenant root.
  let organisationId = q.organisationId;
  if (!organisationId && !q.tenantId) {
    const whole = read.some((g) => g.scope !== 'subtree');
    organisationId = whole ? homeRoot.id : read[0]?.assignment.organisationId;
    if (!organisationId) throw forbidden();
  }
  const org = organisationId
    ? await organisationById(db, organisationId)
    : await rootOrganisation(db, q.tenantId as string);
  // An organisation that does not exist is as forbidden as one out of reach: nothing to probe with.
  if (!org || (q.tenantId && org.tenantId !== q.tenantId)) throw forbidden();
  const tenant = await tenantById(db, org.tenantId);
  if (!tenant) throw forbidden();
  const target = { tenantId: tenant.id, parentTenantId: tenant.parentTenantId, orgPath: org.path };
  const d = decideScope({ read, workload, home: homeAsk, target });
  if (!d.allowed) throw forbidden();
  const isRoot = org.parentId === null;
  // The breadcrumb: the organisations above, from the highest the viewer may see.
  const ids = org.path.split('/').filter(Boolean);
  const above = new Map((await organisationsByIds(db, ids)).map((o) => [o.id, o]));
  const trail = ids
    .map((id) => above.get(id))
    .filter((o): o is NonNullable<typeof o> => !!o)
    .filter(
      (o) => decideScope({ read, workload, home: homeAsk, target: { ...target, orgPath: o.path } }).allowed,
    )
    .map((o) => ({ organisationId: o.parentId === null ? null : o.id, name: o.name, nameEn: o.nameEn }));
  return {
    tenantIds: [tenant.id],
    orgPath: isRoot ? null : org.path,
    tenantId: tenant.id,
    organisationId: isRoot ? null : org.id,
    zone: tenant.timeZone,
    officer: d.officer,
    dimensions: d.dimensions,
    rollup: false,
    view: {
      tenantId: tenant.id,
      organisationId: isRoot ? null : org.id,
      name: org.name,
      nameEn: org.nameEn,
      kind: org.kind,
      trail,
    },
  };
}

/** The scope of a job (the monthly report): no viewer, every dimension but the counsellors'. */
export async function systemScope(
  db: Db,
  tenantId: string,
  organisationId: string | null,
): Promise<StatsScope> {
  const tenant = await tenantById(db, tenantId);
  const org = organisationId
    ? await organisationById(db, organisationId)
    : await rootOrganisation(db, tenantId);
  if (!tenant || !org || org.tenantId !== tenantId) throw new AppError('not_found', 'No such organisation');
  const isRoot = org.parentId === null;
  return {
    tenantIds: [tenantId],
    orgPath: isRoot ? null : org.path,
    tenantId,
    organisationId: isRoot ? null : org.id,
    zone: tenant.timeZone,
    officer: false,
    dimensions: allDimensions.filter((d) => d !== 'counsellor'),
    rollup: false,
    view: {
      tenantId,
      organisationId: isRoot ? null : org.id,
      name: org.name,
      nameEn: org.nameEn,
      kind: org.kind,
      trail: [],
    },
  };
}

export function resolvePeriod(
  q: { granularity: Granularity; date?: string; from?: string; to?: string },
  zone: string,
  today: string,
): ResolvedPeriod {
  return resolveCorePeriod(q, zone, today);
}

async function overviewRaw(db: Db, scope: StatsScope, period: ResolvedPeriod) {
  const buckets = period.buckets.map((b) => b.window);
  const answers = await Promise.all(
    families.map(async (f) => ({
      current: await f.totals(db, scope, period.window),
      previous: await f.totals(db, scope, period.previousWindow),
      trend: await f.trend(db, scope, buckets),
    })),
  );
  const current: RawValues = Object.assign({}, ...answers.map((a) => a.current));
  const previous: RawValues = Object.assign({}, ...answers.map((a) => a.previous));
  const trend: RawValues[] = buckets.map((_, i) =>
    Object.assign({}, ...answers.map((a) => a.trend[i] ?? {})),
  );
  const bands = await bandCounts(db, scope, period.window);
  return { keys: presentKeys(current), current, previous, trend, bands };
}

export async function computeOverview(
  db: Db,
  scope: StatsScope,
  period: ResolvedPeriod,
  minGroupSize: number,
): Promise<OverviewView> {
  const raw = await overviewRaw(db, scope, period);
  const figures = overviewFigures(raw, minGroupSize);
  const hasData =
    raw.bands.some((b) => b.count > 0) ||
    Object.values(raw.current).some((v) => typeof v === 'number' && v > 0);
  return {
    period: period.view,
    scope: scope.view,
    minGroupSize,
    metrics: figures.metrics,
    trend: {
      buckets: period.buckets.map(({ key, zh, en, from, to }) => ({ key, zh, en, from, to })),
      series: figures.series,
    },
    bands: figures.bands,
    hasData,
  };
}

export type BreakdownAnswer = BreakdownView & { bands: (BandBreakdown & { rows: { key: string }[] })[] };

export async function computeBreakdown(
  db: Db,
  scope: StatsScope,
  period: ResolvedPeriod,
  dimension: Dimension,
  minGroupSize: number,
): Promise<BreakdownAnswer> {
  if (!scope.dimensions.includes(dimension))
    throw new AppError('forbidden', '您无权查看这个维度的统计 (this breakdown is outside your reach)', {
      dimension,
    });
  const raw = await overviewRaw(db, scope, period);
  const overview = overviewFigures(raw, minGroupSize);
  let groups: { keys: string[]; rows: BreakdownGroup[] };
  let rowBands: Awaited<ReturnType<typeof bandCounts>> | undefined;
  let orgRows: { id: string; name: string; nameEn: string | null; drillable: boolean }[] = [];
  let answered = new Set<string>();
  if (dimension === 'organisation' && scope.rollup) {
    // The roll-up's rows are its cities, each a whole federation.
    const cities = (await Promise.all(scope.tenantIds.map((id) => tenantById(db, id)))).filter((t) => !!t);
    const rows: BreakdownGroup[] = [];
    rowBands = [];
    for (const c of cities) {
      const f = { tenantIds: [c.id], orgPath: null };
      const values: RawValues = Object.assign(
        {},
        ...(await Promise.all(families.map((fam) => fam.totals(db, f, period.window)))),
      );
      rows.push({ rowKey: c.id, values });
      rowBands.push(...(await bandCounts(db, f, period.window)).map((b) => ({ ...b, rowKey: c.id })));
    }
    answered = new Set(families.flatMap((f) => f.keys));
    orgRows = cities.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, drillable: false }));
    groups = { keys: [...answered], rows };
  } else {
    const childPaths: Record<string, string> = {};
    if (dimension === 'organisation') {
      const parent = scope.organisationId ?? (await rootOrganisation(db, scope.tenantId))?.id;
      const children = parent ? await childOrganisations(db, parent) : [];
      for (const c of children) childPaths[c.id] = c.path;
      const drillable = await withChildren(
        db,
        children.map((c) => c.id),
      );
      orgRows = children.map((c) => ({
        id: c.id,
        name: c.name,
        nameEn: c.nameEn,
        drillable: drillable.has(c.id),
      }));
      rowBands = await bandCounts(db, scope, period.window, childPaths);
    }
    const byRow = new Map<string, RawValues>();
    for (const fam of families) {
      const g = await fam.breakdown(db, scope, period.window, { dimension, childPaths });
      if (g === null) continue;
      for (const k of fam.keys) answered.add(k);
      for (const r of g) byRow.set(r.rowKey, { ...byRow.get(r.rowKey), ...r.values });
    }
    const keys =
      dimension === 'organisation' ? [...orgRows.map((o) => o.id), 'self'] : [...byRow.keys()].sort();
    groups = { keys, rows: keys.map((k) => ({ rowKey: k, values: byRow.get(k) ?? {} })) };
  }
  const keys = raw.keys.filter((k) => answered.has(k));
  const figures = breakdownFigures({
    keys,
    rows: groups.rows,
    totals: raw.current,
    overview,
    rowBands,
    scopeBands: rowBands ? raw.bands : undefined,
    min: minGroupSize,
  });
  const labels =
    dimension === 'organisation'
      ? new Map(orgRows.map((o) => [o.id, { zh: o.name, en: o.nameEn }]))
      : await rowLabels(db, dimension, groups.keys);
  const drill = new Map(orgRows.map((o) => [o.id, o.drillable]));
  const selfLabel =
    scope.orgPath === null && !scope.rollup
      ? { zh: '本级及未归属', en: 'This level and unattributed' }
      : { zh: '本级', en: 'This level' };
  const rows = groups.rows
    .filter((r) => r.rowKey !== 'self' || Object.values(r.values).some((v) => typeof v === 'number' && v > 0))
    .map((r) => {
      const label =
        r.rowKey === 'self' ? selfLabel : (labels.get(r.rowKey) ?? { zh: r.rowKey, en: r.rowKey });
      const isOrg = dimension === 'organisation' && !scope.rollup && r.rowKey !== 'self';
      return {
        key: r.rowKey,
        zh: label.zh,
        en: label.en,
        organisationId: isOrg ? r.rowKey : null,
        drillable: isOrg && (drill.get(r.rowKey) ?? false),
        cells: figures.cells.get(r.rowKey) ?? {},
      };
    });
  const shownRows = new Set(rows.map((r) => r.key));
  return {
    period: period.view,
    scope: scope.view,
    minGroupSize,
    dimension,
    metrics: keys,
    rows,
    totals: figures.totals,
    bands: figures.bands.map((b) => ({ ...b, rows: b.rows.filter((r) => shownRows.has(r.key)) })),
  };
}
