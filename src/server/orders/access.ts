import { type Action, mayPerformOn } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import type { OrderSide } from '../../core/orders/workflow';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import type { EventBus } from '../realtime/bus';
import { findOrder, type OrderWithOrg } from './repository';
import type { EventScheduler } from './scheduler';

export interface OrdersDeps {
  db: Db;
  events: EventBus;
  scheduler: EventScheduler;
}

export const targetOfOrder = (o: OrderWithOrg) => ({ tenantId: o.tenantId, orgPath: o.organisationPath });

/** The action each side's steps need: the enterprise places and answers, the federation manages. */
export const actionOfSide = (side: OrderSide): Action =>
  side === 'federation' ? 'order.manage' : 'order.place';

/**
 * An order the caller may read, or 404 (an order they cannot read does not exist for them: another
 * enterprise's officer learns nothing of it). Readable but not theirs to act on: 403.
 */
export async function orderFor(
  db: Db,
  ctx: RequestContext,
  id: string,
  action: Action,
): Promise<OrderWithOrg> {
  const o = await findOrder(db, id);
  if (!o || !mayPerformOn(ctx.principal, 'order.read', targetOfOrder(o)))
    throw new AppError('order_not_found', 'The order was not found');
  if (!mayPerformOn(ctx.principal, action, targetOfOrder(o)))
    throw new AppError('forbidden', 'You do not have permission to do this with this order', { action });
  return o;
}

/** The one federation a member of staff works in. */
export function tenantOf(ctx: RequestContext): string {
  if (ctx.principal.kind !== 'staff') throw new AppError('forbidden', 'Sign in first');
  return ctx.principal.tenantId;
}
