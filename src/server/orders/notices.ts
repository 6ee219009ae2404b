import { type OrderSide, otherSide } from '../../core/orders/workflow';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { notifyStaff } from '../realtime/notify';
import type { MenuItemRow, OrderRow } from './repository';
import { roleHoldersOver } from './repository';

/**
 * Tells the other side that the order moved: the enterprise's officers when the federation acted, the
 * federation's administrators over the enterprise when the enterprise did. Inside the step's transaction;
 * the returned event is published after it commits. The label is the service's name, nothing more.
 */
export async function notifyOtherSide(
  db: Db,
  order: OrderRow & { organisationPath: string; menuItem: MenuItemRow },
  actingSide: OrderSide,
  ctx: RequestContext,
) {
  const role = otherSide(actingSide) === 'enterprise' ? 'enterprise_officer' : 'federation_admin';
  const ids = (await roleHoldersOver(db, order.tenantId, order.organisationPath, role)).filter(
    (id) => id !== ctx.actorId,
  );
  return notifyStaff(
    db,
    order.tenantId,
    ids,
    { kind: 'order_update', objectType: 'order', objectId: order.id, label: order.menuItem.title },
    ctx.now,
  );
}
