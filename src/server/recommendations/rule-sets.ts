import type { AudienceId } from '../../core/content/audiences';
import { AppError } from '../../core/errors';
import { catalogue, usableInstruments } from '../../core/instruments/catalogue';
import { defaultRules } from '../../core/recommendations/defaults';
import { evaluate } from '../../core/recommendations/evaluate';
import type { Rule } from '../../core/recommendations/types';
import { ruleProblems } from '../../core/recommendations/validate';
import { requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { PublicTenant, TenantDirectory } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { RequestContext } from '../http/request-context';
import { currentRuleSet, insertRuleSet, type RuleSetRow } from './repository';

/**
 * A federation's recommendation rules: read by every worker's phone (which evaluates them on its own results),
 * edited by the federation's administrators and supervisors (who sign off what workers read), each save a new
 * version in the audit trail.
 */
export interface RuleSetDeps {
  db: Db;
  directory: TenantDirectory;
}

/** The rules in force for a public request's federation: its own, or the defaults. */
export async function publicRules(deps: RuleSetDeps, tenantSlug: string | undefined) {
  const tenant = await deps.directory.resolve(tenantSlug);
  const row = await currentRuleSet(deps.db, tenant.id);
  return { version: row?.version ?? 0, rules: row?.rules ?? defaultRules };
}

/** Rules belong to the whole federation: the action is checked against its root organisation. */
async function ownTenant(
  deps: RuleSetDeps,
  ctx: RequestContext,
  action: 'recommendation.read' | 'recommendation.edit',
): Promise<PublicTenant> {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in to continue');
  const tenant = await deps.directory.byId(ctx.principal.tenantId);
  requireOn(ctx, action, { tenantId: tenant.id, orgPath: tenant.rootPath }, 'this federation');
  return tenant;
}

const instrumentsForConditions = () =>
  usableInstruments().map((d) => ({
    id: d.id,
    shortName: d.shortName,
    name: d.name,
    bands: d.bands.map((b) => ({ code: b.code, level: b.level, label: b.label })),
  }));

const present = (row: RuleSetRow | undefined) => ({
  version: row?.version ?? 0,
  isDefault: !row,
  rules: row?.rules ?? defaultRules,
  defaults: defaultRules,
  updatedAt: row?.savedAt.toISOString() ?? null,
  updatedBy: row?.savedBy ? { id: row.savedBy, displayName: row.savedByName ?? '' } : null,
  note: row?.note ?? null,
  instruments: instrumentsForConditions(),
});

export async function readRuleSet(deps: RuleSetDeps, ctx: RequestContext) {
  const tenant = await ownTenant(deps, ctx, 'recommendation.read');
  return present(await currentRuleSet(deps.db, tenant.id));
}

/** Bands the scoring engine never gives, unknown instruments, duplicate ids, placeholders with nothing to fill. */
function assertValid(rules: readonly Rule[]) {
  const problems = ruleProblems(rules);
  if (problems.length)
    throw new AppError('validation_failed', 'Some rules cannot be used as they are', { problems });
}

export async function saveRuleSet(
  deps: RuleSetDeps,
  ctx: RequestContext,
  input: { rules: Rule[]; baseVersion: number; note?: string },
) {
  const tenant = await ownTenant(deps, ctx, 'recommendation.edit');
  assertValid(input.rules);
  const current = await currentRuleSet(deps.db, tenant.id);
  const conflict = () =>
    new AppError('conflict', 'Someone saved these rules in the meantime: reload them and edit again', {
      currentVersion: current?.version ?? 0,
    });
  if ((current?.version ?? 0) !== input.baseVersion) throw conflict();
  const version = input.baseVersion + 1;
  try {
    await deps.db.transaction(async (tx) => {
      await insertRuleSet(tx, {
        tenantId: tenant.id,
        version,
        rules: input.rules,
        note: input.note ?? null,
        savedBy: ctx.actorId,
        savedAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        tenantId: tenant.id,
        action: 'recommendation.rules_save',
        objectType: 'recommendation_rule_set',
        objectId: `${tenant.id}@${version}`,
        details: { version, rules: input.rules.length, ...(input.note ? { note: input.note } : {}) },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict();
    throw err;
  }
  return present(await currentRuleSet(deps.db, tenant.id));
}

/** What a worker with these results and groups would be shown under these (unsaved) rules: the phone's function. */
export async function previewRules(
  deps: RuleSetDeps,
  ctx: RequestContext,
  input: {
    rules: Rule[];
    sample: { results: { instrument: string; band: string }[]; crisis: boolean; audiences: AudienceId[] };
    limit?: number;
  },
) {
  await ownTenant(deps, ctx, 'recommendation.read');
  assertValid(input.rules);
  const results = input.sample.results.map((r) => {
    const band = catalogue.get(r.instrument)?.bands.find((b) => b.code === r.band);
    if (!band) throw new AppError('validation_failed', `${r.instrument} gives no band "${r.band}"`);
    return { instrument: r.instrument, band: r.band, level: band.level };
  });
  return {
    recommendations: evaluate(input.rules, { results, crisis: input.sample.crisis }, input.sample.audiences, {
      ...(input.limit ? { limit: input.limit } : {}),
    }),
  };
}
