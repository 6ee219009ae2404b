import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { reachFor } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import type { EventBus } from '../realtime/bus';
import { alertEventOf, publishAll } from './intake';
import { type AlertItem, type AlertView, presentAlert, presentItem } from './presenters';
import {
  acknowledgeNewAlert,
  alertCounts,
  alertDetail,
  alertQueueOf,
  closeAcknowledgedAlert,
  findAlert,
  resultsOfSubmission,
} from './repository';
import type { closeReasons } from './schemas';

interface Deps {
  db: Db;
  cipher: FieldCipher;
  events?: EventBus;
}

function tenantOf(ctx: RequestContext): string {
  const tenant = reachFor(ctx, 'alert.handle').tenants[0];
  if (!tenant) throw new AppError('forbidden', 'Your role does not allow this', { action: 'alert.handle' });
  return tenant;
}

const notFound = () => new AppError('not_found', 'That request was not found');

/** The full request (contact and shared results); callers audit the read. */
export async function alertView(deps: Deps, id: string, now: Date): Promise<AlertView> {
  const row = await alertDetail(deps.db, id);
  if (!row) throw notFound();
  const shared = row.submissionId ? await resultsOfSubmission(deps.db, row.submissionId) : null;
  return presentAlert(deps.cipher, row, shared, now);
}

/**
 * The triage queue: crisis first, then the oldest. Items carry no contact details (a masked number at most),
 * so listing it is not an audited read; opening one is.
 */
export async function listAlerts(deps: Deps, ctx: RequestContext, statuses: string[]): Promise<AlertItem[]> {
  const rows = await alertQueueOf(deps.db, tenantOf(ctx), statuses, 200);
  return rows.map((r) => presentItem(deps.cipher, r, ctx.now));
}

/** One request with its contact details: every read is audited. */
export async function readAlert(deps: Deps, ctx: RequestContext, id: string): Promise<AlertView> {
  const tenantId = tenantOf(ctx);
  const alert = await findAlert(deps.db, id);
  if (!alert || alert.tenantId !== tenantId) throw notFound();
  const view = await alertView(deps, id, ctx.now);
  await recordAudit(deps.db, ctx, {
    tenantId,
    action: 'alert.read',
    objectType: 'alert',
    objectId: id,
    details: { contact: view.contact !== null, sharedResults: view.sharedResults !== null },
  });
  return view;
}

export async function acknowledgeAlert(deps: Deps, ctx: RequestContext, id: string): Promise<AlertView> {
  const tenantId = tenantOf(ctx);
  const alert = await findAlert(deps.db, id);
  if (!alert || alert.tenantId !== tenantId) throw notFound();
  const { view, taken } = await deps.db.transaction(async (tx) => {
    const taken = await acknowledgeNewAlert(tx, id, ctx.actorId, ctx.now);
    if (!taken) throw new AppError('conflict', 'Someone has already taken this request');
    await recordAudit(tx, ctx, { tenantId, action: 'alert.acknowledge', objectType: 'alert', objectId: id });
    return { view: await alertView({ ...deps, db: tx }, id, ctx.now), taken };
  });
  // Other consoles stop ringing for it.
  await publishAll(deps.events, [alertEventOf(taken)]);
  return view;
}

/** Done with a request (the care loop takes it further in a case). Only a request being handled can close. */
export async function closeAlert(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  reason: (typeof closeReasons)[number],
): Promise<AlertView> {
  const tenantId = tenantOf(ctx);
  const alert = await findAlert(deps.db, id);
  if (!alert || alert.tenantId !== tenantId) throw notFound();
  const { view, closed } = await deps.db.transaction(async (tx) => {
    const closed = await closeAcknowledgedAlert(tx, id, ctx.actorId, ctx.now, reason);
    if (!closed)
      throw new AppError(
        'conflict',
        alert.status === 'new' ? 'Take the request before closing it' : 'This request is already closed',
      );
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'alert.close',
      objectType: 'alert',
      objectId: id,
      details: { reason },
    });
    return { view: await alertView({ ...deps, db: tx }, id, ctx.now), closed };
  });
  await publishAll(deps.events, [alertEventOf(closed)]);
  return view;
}

/** How many requests wait, for a badge; reads no contact details, so it is not an audited read. */
export async function summariseAlerts(db: Db, ctx: RequestContext) {
  return alertCounts(db, tenantOf(ctx));
}
