import { type Action, mayPerformOn, type Reach, reachOf, type Target } from '../core/access/policy';
import { AppError } from '../core/errors';
import type { RequestContext } from './http/request-context';

/**
 * Object-level checks for use-cases. A refusal is an AppError('forbidden'); the HTTP layer records every
 * refusal in the audit trail, so use-cases do not have to.
 */
export function requireOn(ctx: RequestContext, action: Action, target: Target, what = 'this'): void {
  if (!mayPerformOn(ctx.principal, action, target)) {
    throw new AppError('forbidden', `You do not have permission to do this with ${what}`, { action });
  }
}

export const reachFor = (ctx: RequestContext, action: Action): Reach => reachOf(ctx.principal, action);

/** For a principal without a tenant-wide reach, objects of other tenants do not exist. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found`);
}
