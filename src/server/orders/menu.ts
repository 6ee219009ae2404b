import { AppError } from '../../core/errors';
import { isEventKind } from '../../core/events/kinds';
import { requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import { rootOrganisationOf } from '../tenancy/repository';
import { tenantOf } from './access';
import { insertMenuItem, menuItem, menuOf, updateMenuItem } from './repository';

export const CHECKUP_CAMPAIGN = 'checkup_campaign';

export const isMenuKind = (kind: string) => kind === CHECKUP_CAMPAIGN || isEventKind(kind);

export interface MenuItemInput {
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  topics: string[];
  durationMinutes: number;
  maxHeadcount: number;
  active: boolean;
}

/** The menu: an officer sees what may be ordered now; the federation sees its withdrawn items too. */
export async function listMenu(db: Db, ctx: RequestContext, includeInactive: boolean) {
  return menuOf(db, tenantOf(ctx), !includeInactive);
}

/** The menu is the federation's: only an administrator over its root organisation keeps it. */
async function requireMenuKeeper(db: Db, ctx: RequestContext, tenantId: string) {
  const rootId = await rootOrganisationOf(db, tenantId);
  const root = rootId ? await findOrganisation(db, rootId) : undefined;
  if (!root) throw new AppError('not_found', 'The federation was not found');
  requireOn(ctx, 'order.manage', { tenantId, orgPath: root.path }, 'the service menu');
}

export async function createMenuItem(db: Db, ctx: RequestContext, input: MenuItemInput) {
  const tenantId = tenantOf(ctx);
  await requireMenuKeeper(db, ctx, tenantId);
  if (!isMenuKind(input.kind)) throw new AppError('validation_failed', 'Unknown kind of service');
  return db.transaction(async (tx) => {
    const row = await insertMenuItem(tx, {
      ...input,
      tenantId,
      createdBy: ctx.actorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'order.menu_create',
      objectType: 'service_menu_item',
      objectId: row.id,
    });
    return row;
  });
}

export async function changeMenuItem(db: Db, ctx: RequestContext, id: string, input: Partial<MenuItemInput>) {
  const tenantId = tenantOf(ctx);
  const existing = await menuItem(db, id);
  if (!existing || existing.tenantId !== tenantId)
    throw new AppError('not_found', 'The menu item was not found');
  await requireMenuKeeper(db, ctx, tenantId);
  if (input.kind !== undefined && !isMenuKind(input.kind))
    throw new AppError('validation_failed', 'Unknown kind of service');
  return db.transaction(async (tx) => {
    const row = await updateMenuItem(tx, id, { ...input, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'order.menu_update',
      objectType: 'service_menu_item',
      objectId: id,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}
