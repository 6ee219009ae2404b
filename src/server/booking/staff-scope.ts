import { grantsFor } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { requireOn } from '../access';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import { findServicePoint, type ServicePointRow } from './repository';
import { generateOpenSlots } from './slot-generation';

export type Ctx = RequestContext;

/** Where a service point sits in the organisation tree, for scope checks. */
export async function pointTarget(db: Db, point: ServicePointRow) {
  const org = await findOrganisation(db, point.organisationId);
  return { tenantId: point.tenantId, orgPath: org?.path ?? '' };
}

export async function pointInScope(db: Db, ctx: Ctx, id: string, action: Parameters<typeof requireOn>[1]) {
  const point = await findServicePoint(db, id);
  const notFound = new AppError('not_found', 'That service point was not found');
  if (!point) throw notFound;
  if (ctx.principal.kind !== 'staff' || (ctx.principal.tenantId !== point.tenantId && !isPlatform(ctx)))
    throw notFound;
  requireOn(ctx, action, await pointTarget(db, point), 'this service point');
  return point;
}

export const isPlatform = (ctx: Ctx) =>
  ctx.principal.kind === 'staff' && ctx.principal.assignments.some((a) => a.role === 'platform_operator');

/** A counsellor reaches only their own rosters and appointments; any other role reaches its scope. */
export function ownOnly(
  ctx: Ctx,
  action: 'roster.read' | 'appointment.read' | 'appointment.manage',
): boolean {
  return grantsFor(ctx.principal, action).every((g) => g.assignment.role === 'counsellor');
}

export const staffTenant = (ctx: Ctx): string => {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in first');
  return ctx.principal.tenantId;
};

/** Open slots again after a change that may free or take time. */
export async function regenerate(
  db: Db,
  scope: { servicePointId?: string; counsellorId?: string },
  now: Date,
) {
  return generateOpenSlots(db, scope, now);
}
