import type { Action } from '../../core/access/policy';
import { mayPerformOn } from '../../core/access/policy';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { requireOn } from '../access';
import { isPlatform } from '../booking/staff-scope';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import type { SmsSender } from '../sms/sender';
import { type EventWithPlace, findEventWithPlace } from './staff-repository';

export type Ctx = RequestContext;

/** What the staff side of events needs: the database, the cipher (phones), texts, and the public address. */
export interface EventsDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  publicUrl: string;
}

export const eventNotFound = () => new AppError('event_not_found', 'That event was not found');

/**
 * The event, if the principal may do this with it: by the event's organisation, or — for reading — by the
 * organisation it invites (an enterprise officer reads the counselling day held for their enterprise).
 * Another federation's events do not exist for them.
 */
export async function eventInScope(db: Db, ctx: Ctx, id: string, action: Action): Promise<EventWithPlace> {
  const row = await findEventWithPlace(db, id);
  if (!row) throw eventNotFound();
  if (ctx.principal.kind !== 'staff' || (ctx.principal.tenantId !== row.event.tenantId && !isPlatform(ctx)))
    throw eventNotFound();
  const tenantId = row.event.tenantId;
  if (
    action === 'event.read' &&
    row.invitedOrgPath &&
    mayPerformOn(ctx.principal, action, { tenantId, orgPath: row.invitedOrgPath })
  )
    return row;
  requireOn(ctx, action, { tenantId, orgPath: row.orgPath }, 'this event');
  return row;
}

/** A cancelled event stays as it was; changing it is refused. */
export function refuseIfCancelled(row: EventWithPlace): void {
  if (row.event.status === 'cancelled')
    throw new AppError('invalid_transition', 'This event was cancelled', { status: 'cancelled' });
}
