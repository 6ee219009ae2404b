import { eq } from 'drizzle-orm';
import { type AudienceId, isAudienceId } from '../../core/content/audiences';
import { AppError } from '../../core/errors';
import { availability, renderForm } from '../../core/instruments/availability';
import { catalogue, usableInstruments } from '../../core/instruments/catalogue';
import { stepUpsApplicableTo } from '../../core/instruments/checkups';
import { type Lang, languages, type VariantId } from '../../core/instruments/types';
import { requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findUser } from '../identity/repository';
import { tenants } from '../tenancy/tables';
import {
  type CheckupDefinitionRow,
  checkupDefinitionsOf,
  deletePermission,
  findCheckupDefinition,
  insertCheckupDefinition,
  permissionsOf,
  reviewRowsOf,
  updateCheckupDefinition,
  upsertPermission,
  upsertReview,
} from './repository';
import type { PublicTenant, TenantDirectory } from './tenant-directory';

/**
 * Clinical and licence governance of the instruments, per federation: supervisors approve texts, administrators
 * record licence permissions and define check-ups. Every decision is audited and takes effect at once here.
 */
export interface GovernanceDeps {
  db: Db;
  directory: TenantDirectory;
}

/** An instrument that can be offered at all (not excluded), or a 404. */
function usableInstrument(id: string) {
  const def = catalogue.get(id);
  if (def?.status !== 'usable') throw new AppError('not_found', `No instrument "${id}" can be offered`);
  return def;
}

async function ownTenant(
  deps: GovernanceDeps,
  ctx: RequestContext,
  action: Parameters<typeof requireOn>[1],
): Promise<PublicTenant> {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in to continue');
  const tenant = await deps.directory.byId(ctx.principal.tenantId);
  requireOn(ctx, action, { tenantId: tenant.id, orgPath: tenant.rootPath }, 'this federation');
  return tenant;
}

export async function listTexts(deps: GovernanceDeps, ctx: RequestContext) {
  const tenant = await ownTenant(deps, ctx, 'instrument.read');
  const rows = await reviewRowsOf(deps.db, tenant.id);
  const deciders = new Map<string, string>();
  for (const r of rows) {
    if (r.decidedBy && !deciders.has(r.decidedBy))
      deciders.set(r.decidedBy, (await findUser(deps.db, r.decidedBy))?.displayName ?? '');
  }
  return usableInstruments().flatMap((def) =>
    languages.map((lang) => {
      const review = rows.find(
        (r) => r.instrumentId === def.id && r.version === def.version && r.lang === lang,
      );
      const a = availability(def, lang, tenant.policy);
      return {
        instrumentId: def.id,
        version: def.version,
        name: def.name,
        shortName: def.shortName,
        lang,
        verification: def.textStatus[lang],
        variants: lang === 'zh-CN' && def.zhVariants ? def.zhVariants : [],
        licence: def.licence.rule,
        review: review
          ? {
              status: review.status as 'approved' | 'rejected',
              variant: review.variant as VariantId | null,
              reason: review.reason,
              decidedBy: review.decidedBy ? (deciders.get(review.decidedBy) ?? null) : null,
              decidedAt: review.decidedAt.toISOString(),
              isDemo: review.isDemo,
            }
          : null,
        shownToWorkers: a.ok,
        notShownBecause: a.ok ? null : a.reason,
      };
    }),
  );
}

/** The text a supervisor reads before deciding, in the wording asked for, whatever its status. */
export async function readText(
  deps: GovernanceDeps,
  ctx: RequestContext,
  id: string,
  lang: Lang,
  variant: VariantId | null,
) {
  await ownTenant(deps, ctx, 'instrument.read');
  const def = usableInstrument(id);
  if (variant && !(lang === 'zh-CN' && def.zhVariants?.includes(variant)))
    throw new AppError('bad_request', 'No such wording');
  return renderForm(def, lang, variant ?? (lang === 'zh-CN' && def.zhVariants ? 'A' : null));
}

export async function decideText(
  deps: GovernanceDeps,
  ctx: RequestContext,
  input: {
    instrumentId: string;
    version: string;
    lang: Lang;
    status: 'approved' | 'rejected';
    variant?: VariantId | null;
    reason: string;
  },
) {
  const tenant = await ownTenant(deps, ctx, 'instrument.review');
  const def = usableInstrument(input.instrumentId);
  if (def.version !== input.version)
    throw new AppError('conflict', `The current version of ${def.shortName} is ${def.version}`);
  const variants = input.lang === 'zh-CN' ? (def.zhVariants ?? []) : [];
  // A rejection is of the text as a whole; an approval names the wording workers will see.
  const variant = input.status === 'rejected' ? null : (input.variant ?? (variants.length ? 'A' : null));
  if (variant && !variants.includes(variant))
    throw new AppError('bad_request', 'This text has no such wording');
  await deps.db.transaction(async (tx) => {
    await upsertReview(tx, {
      tenantId: tenant.id,
      instrumentId: def.id,
      version: def.version,
      lang: input.lang,
      status: input.status,
      variant,
      reason: input.reason,
      decidedBy: ctx.actorId,
      decidedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: `instrument.text_${input.status === 'approved' ? 'approve' : 'reject'}`,
      objectType: 'instrument_text',
      objectId: `${def.id}@${def.version}:${input.lang}${variant ? `:${variant}` : ''}`,
      details: { reason: input.reason },
    });
  });
  deps.directory.invalidate(tenant.id);
}

export async function listLicences(deps: GovernanceDeps, ctx: RequestContext) {
  const tenant = await ownTenant(deps, ctx, 'instrument.read');
  const permissions = await permissionsOf(deps.db, tenant.id);
  return {
    commercialUse: tenant.policy.commercialUse,
    instruments: usableInstruments().map((def) => {
      const p = permissions.find((x) => x.instrumentId === def.id);
      return {
        instrumentId: def.id,
        name: def.name,
        shortName: def.shortName,
        rule: def.licence.rule,
        notice: def.licence.notice,
        permissionNeeded:
          def.licence.rule === 'permission_required' ||
          (def.licence.rule === 'permission_required_if_commercial' && tenant.policy.commercialUse),
        permission: p ? { reference: p.reference, note: p.note, grantedAt: p.grantedAt.toISOString() } : null,
      };
    }),
  };
}

export async function recordLicence(
  deps: GovernanceDeps,
  ctx: RequestContext,
  instrumentId: string,
  input: { reference: string; note?: string | null },
) {
  const tenant = await ownTenant(deps, ctx, 'instrument.licence');
  usableInstrument(instrumentId);
  await deps.db.transaction(async (tx) => {
    await upsertPermission(tx, {
      tenantId: tenant.id,
      instrumentId,
      reference: input.reference,
      note: input.note ?? null,
      grantedBy: ctx.actorId,
      grantedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: 'instrument.licence_record',
      objectType: 'instrument',
      objectId: instrumentId,
      details: { reference: input.reference },
    });
  });
  deps.directory.invalidate(tenant.id);
}

export async function withdrawLicence(deps: GovernanceDeps, ctx: RequestContext, instrumentId: string) {
  const tenant = await ownTenant(deps, ctx, 'instrument.licence');
  await deps.db.transaction(async (tx) => {
    if (!(await deletePermission(tx, tenant.id, instrumentId)))
      throw new AppError('not_found', 'No permission is recorded for it');
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: 'instrument.licence_withdraw',
      objectType: 'instrument',
      objectId: instrumentId,
    });
  });
  deps.directory.invalidate(tenant.id);
}

export async function setCommercialUse(deps: GovernanceDeps, ctx: RequestContext, commercialUse: boolean) {
  const tenant = await ownTenant(deps, ctx, 'instrument.licence');
  await deps.db.transaction(async (tx) => {
    await tx.update(tenants).set({ commercialUse }).where(eq(tenants.id, tenant.id));
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: 'instrument.commercial_use',
      objectType: 'tenant',
      objectId: tenant.id,
      details: { commercialUse },
    });
  });
  deps.directory.invalidate(tenant.id);
}

export interface CheckupDefinitionInput {
  name: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string };
  instruments: string[];
  audiences?: AudienceId[];
}

const presentDefinition = (row: CheckupDefinitionRow) => ({
  id: row.id,
  name: row.name,
  description: row.description,
  instruments: row.instruments,
  audiences: row.audiences.filter(isAudienceId),
  stepUps: stepUpsApplicableTo(row.instruments).map((s) => s.target),
  active: row.active,
  createdAt: row.createdAt.toISOString(),
});

/** A check-up is built only from instruments this federation may show in Chinese today. */
function assertUsable(tenant: PublicTenant, instruments: string[]) {
  if (new Set(instruments).size !== instruments.length)
    throw new AppError('bad_request', 'An instrument is listed twice');
  for (const id of instruments) {
    const def = catalogue.get(id);
    const a = def ? availability(def, 'zh-CN', tenant.policy) : null;
    if (!a?.ok)
      throw new AppError('instrument_unavailable', `${id} cannot be offered here yet`, {
        instrument: id,
        reason: a && !a.ok ? a.reason : 'unknown',
      });
  }
}

export async function listDefinitions(deps: GovernanceDeps, ctx: RequestContext) {
  const tenant = await ownTenant(deps, ctx, 'instrument.read');
  return (await checkupDefinitionsOf(deps.db, tenant.id, false)).map(presentDefinition);
}

export async function createDefinition(
  deps: GovernanceDeps,
  ctx: RequestContext,
  input: CheckupDefinitionInput,
) {
  const tenant = await ownTenant(deps, ctx, 'checkup.manage');
  assertUsable(tenant, input.instruments);
  return deps.db.transaction(async (tx) => {
    const row = await insertCheckupDefinition(tx, {
      tenantId: tenant.id,
      ...input,
      audiences: [...new Set(input.audiences ?? [])],
      createdBy: ctx.actorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: 'checkup.create',
      objectType: 'checkup',
      objectId: row.id,
      details: { instruments: input.instruments, audiences: input.audiences ?? [] },
    });
    return presentDefinition(row);
  });
}

export async function changeDefinition(
  deps: GovernanceDeps,
  ctx: RequestContext,
  id: string,
  input: Partial<CheckupDefinitionInput> & { active?: boolean },
) {
  const tenant = await ownTenant(deps, ctx, 'checkup.manage');
  const row = await findCheckupDefinition(deps.db, id);
  if (!row || row.tenantId !== tenant.id) throw new AppError('not_found', 'That check-up was not found');
  if (input.instruments) assertUsable(tenant, input.instruments);
  return deps.db.transaction(async (tx) => {
    const updated = await updateCheckupDefinition(tx, id, {
      ...input,
      ...(input.audiences ? { audiences: [...new Set(input.audiences)] } : {}),
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      action: 'checkup.update',
      objectType: 'checkup',
      objectId: id,
      details: { fields: Object.keys(input) },
    });
    return presentDefinition(updated as CheckupDefinitionRow);
  });
}
