import { mayPerformOn } from '../../core/access/policy';
import { isAudienceId } from '../../core/content/audiences';
import { AppError } from '../../core/errors';
import type { OrderState } from '../../core/orders/workflow';
import { reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import { type OrdersDeps, orderFor, tenantOf } from './access';
import { notifyOtherSide } from './notices';
import { findOrder, insertOrder, insertOrderEvent, menuItem, ordersInReach } from './repository';
import type { PreferredDate } from './tables';

export interface PlaceOrderInput {
  menuItemId: string;
  /** The ordering enterprise; the officer's own when not given. */
  organisationId?: string;
  preferredDates: PreferredDate[];
  headcount: number;
  site: { name: string; address: string; latitude?: number; longitude?: number };
  audiences: string[];
  note: string;
}

/** The organisation an officer orders for when they name none: the one their officer role is held over. */
function ownOrganisation(ctx: RequestContext): string {
  const p = ctx.principal;
  const a = p.kind === 'staff' ? p.assignments.find((x) => x.role === 'enterprise_officer') : undefined;
  if (!a)
    throw new AppError('forbidden', 'Only an enterprise’s union officer places orders', {
      action: 'order.place',
    });
  return a.organisationId;
}

export async function placeOrder(deps: OrdersDeps, ctx: RequestContext, input: PlaceOrderInput) {
  const { db } = deps;
  const tenantId = tenantOf(ctx);
  const org = await findOrganisation(db, input.organisationId ?? ownOrganisation(ctx));
  if (!org || org.tenantId !== tenantId) throw new AppError('not_found', 'The organisation was not found');
  requireOn(ctx, 'order.place', { tenantId, orgPath: org.path }, 'this organisation');
  const item = await menuItem(db, input.menuItemId);
  if (!item || item.tenantId !== tenantId || !item.active)
    throw new AppError('validation_failed', 'That service is not on the menu', { field: 'menuItemId' });
  if (input.headcount > item.maxHeadcount)
    throw new AppError('validation_failed', `This service is for at most ${item.maxHeadcount} people`, {
      field: 'headcount',
      maxHeadcount: item.maxHeadcount,
    });
  if (input.audiences.some((a) => !isAudienceId(a)))
    throw new AppError('validation_failed', 'Unknown audience group', { field: 'audiences' });
  const today = ctx.now.toISOString().slice(0, 10);
  if (input.preferredDates.some((d) => d.date < today))
    throw new AppError('validation_failed', 'Preferred dates must not be in the past', {
      field: 'preferredDates',
    });

  const published = await db.transaction(async (tx) => {
    const order = await insertOrder(tx, {
      tenantId,
      organisationId: org.id,
      menuItemId: item.id,
      state: 'submitted',
      preferredDates: input.preferredDates,
      headcount: input.headcount,
      siteName: input.site.name,
      siteAddress: input.site.address,
      siteLatitude: input.site.latitude ?? null,
      siteLongitude: input.site.longitude ?? null,
      audiences: input.audiences,
      note: input.note,
      placedBy: ctx.actorId,
      submittedAt: ctx.now,
      updatedAt: ctx.now,
    });
    await insertOrderEvent(tx, {
      tenantId,
      orderId: order.id,
      step: 'submit',
      fromState: null,
      toState: 'submitted',
      side: 'enterprise',
      actorId: ctx.actorId,
      details: { preferredDates: input.preferredDates, headcount: input.headcount },
      at: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'order.place',
      objectType: 'service_order',
      objectId: order.id,
      organisationId: org.id,
    });
    const notice = await notifyOtherSide(
      tx,
      { ...order, organisationPath: org.path, menuItem: item },
      'enterprise',
      ctx,
    );
    return { id: order.id, notice };
  });
  if (published.notice) await deps.events.publish(published.notice);
  return (await findOrder(db, published.id)) as NonNullable<Awaited<ReturnType<typeof findOrder>>>;
}

export async function listOrders(db: Db, ctx: RequestContext, f: { state?: OrderState }) {
  return ordersInReach(db, reachFor(ctx, 'order.read'), { state: f.state, limit: 500 });
}

export const readOrder = (db: Db, ctx: RequestContext, id: string) => orderFor(db, ctx, id, 'order.read');

/** Which side the viewer acts for on this order (both never: the roles do not overlap in the policy). */
export function viewerSide(ctx: RequestContext, target: { tenantId: string; orgPath: string }) {
  if (mayPerformOn(ctx.principal, 'order.manage', target)) return 'federation' as const;
  if (mayPerformOn(ctx.principal, 'order.place', target)) return 'enterprise' as const;
  return null;
}
