import { grantsFor } from '../../core/access/policy';
import { maySeeCase, type RecordBasis, recordBasis, type Viewer } from '../../core/care/case-access';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { activeBreakGlass, type CaseRow, findCase } from './case-repository';

/** The asking member of staff as the case-access rules see them, for one federation. */
export function viewerOf(ctx: RequestContext, tenantId: string): Viewer {
  const p = ctx.principal;
  if (p.kind !== 'staff') return { userId: '', supervisor: false, counsellor: false };
  const holds = (role: 'counsellor' | 'supervisor') =>
    grantsFor(p, 'case.work').some((g) => g.assignment.role === role && g.assignment.tenantId === tenantId);
  return { userId: p.userId, supervisor: holds('supervisor'), counsellor: holds('counsellor') };
}

export interface CaseAccess {
  row: CaseRow;
  viewer: Viewer;
  /** Why the viewer may read the records, or null when they may see the metadata only. */
  basis: RecordBasis | null;
  /** With basis break_glass: when the viewer's grant runs out. */
  breakGlassUntil: Date | null;
}

/**
 * Loads a case for the asking member of staff. A case of another federation, or one that does not exist, is
 * "not found"; a case of the federation the viewer may not see (another counsellor's) is "forbidden" — so
 * the refusal lands in the audit trail. With need = 'records', metadata-only access is refused too.
 */
export async function caseFor(
  db: Db,
  ctx: RequestContext,
  id: string,
  need: 'meta' | 'records',
): Promise<CaseAccess> {
  const row = await findCase(db, id);
  const viewer = row ? viewerOf(ctx, row.tenantId) : undefined;
  if (!row || !viewer || (!viewer.counsellor && !viewer.supervisor))
    throw new AppError('not_found', 'That case was not found');
  if (!maySeeCase(viewer, row))
    throw new AppError('forbidden', 'This case is another counsellor’s', { action: 'case.work' });
  const grants = viewer.supervisor ? await activeBreakGlass(db, row.id, viewer.userId, ctx.now) : [];
  const basis = recordBasis(viewer, row, grants, ctx.now);
  if (need === 'records' && !basis)
    throw new AppError(
      'forbidden',
      'Only the case’s counsellor reads its records; a supervisor once it is escalated to them, or by breaking the glass',
      { action: 'case.work' },
    );
  const breakGlassUntil =
    basis === 'break_glass' ? new Date(Math.max(...grants.map((g) => g.expiresAt.getTime()))) : null;
  return { row, viewer, basis, breakGlassUntil };
}

/**
 * One audit event for one read or write of a case, its notes or contact details. The object is always the
 * case, so the worker's access log finds every event about it; a break-glass read says so in the details.
 */
export async function auditCase(
  db: Db,
  ctx: RequestContext,
  access: Pick<CaseAccess, 'row' | 'basis'>,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(db, ctx, {
    tenantId: access.row.tenantId,
    action,
    objectType: 'case',
    objectId: access.row.id,
    details: {
      number: access.row.number,
      ...(access.basis ? { basis: access.basis } : {}),
      ...(access.basis === 'break_glass' ? { breakGlass: true } : {}),
      ...details,
    },
  });
}
