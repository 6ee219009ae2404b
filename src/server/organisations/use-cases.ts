import { randomUUID } from 'node:crypto';
import { mayPerformOn } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { childPath, type OrganisationKind, wouldCreateCycle } from '../../core/organisations/tree';
import { notFound, reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import {
  countActiveChildren,
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  movePaths,
  type OrganisationRow,
  updateOrganisation,
} from './repository';

export interface OrganisationFields {
  kind: OrganisationKind;
  name: string;
  nameEn?: string | null;
  industry?: string | null;
  memberCount?: number | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

const targetOf = (o: OrganisationRow) => ({ tenantId: o.tenantId, orgPath: o.path });

export function listVisibleOrganisations(
  db: Db,
  ctx: RequestContext,
  filter: { tenantId?: string; includeInactive: boolean },
) {
  return listOrganisations(db, reachFor(ctx, 'organisation.read'), filter);
}

/** Loads an organisation the principal may read; another tenant's looks the same as a missing one. */
export async function readableOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<OrganisationRow> {
  const org = await findOrganisation(db, id);
  if (!org) throw notFound('The organisation');
  if (!mayPerformOn(ctx.principal, 'organisation.read', targetOf(org))) {
    const sameTenant = ctx.principal.kind === 'staff' && ctx.principal.tenantId === org.tenantId;
    if (!sameTenant) throw notFound('The organisation');
    requireOn(ctx, 'organisation.read', targetOf(org), 'this organisation');
  }
  return org;
}

export async function createOrganisation(
  db: Db,
  ctx: RequestContext,
  input: OrganisationFields & { parentId: string },
): Promise<OrganisationRow> {
  const parent = await readableOrganisation(db, ctx, input.parentId);
  requireOn(ctx, 'organisation.manage', targetOf(parent), 'the parent organisation');
  if (!parent.active) throw new AppError('conflict', 'The parent organisation is deactivated');
  if (input.kind === 'federation')
    throw new AppError('bad_request', 'Only a tenant has a federation at its root');
  return db.transaction(async (tx) => {
    const id = randomUUID();
    const { parentId: _parentId, ...fields } = input;
    const org = await insertOrganisation(tx, {
      ...fields,
      id,
      tenantId: parent.tenantId,
      parentId: parent.id,
      path: childPath(parent.path, id),
    });
    await recordAudit(tx, ctx, {
      tenantId: org.tenantId,
      action: 'organisation.create',
      objectType: 'organisation',
      objectId: org.id,
      organisationId: org.id,
      details: { parentId: parent.id, kind: org.kind },
    });
    return org;
  });
}

export async function changeOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: Partial<OrganisationFields> & { parentId?: string; active?: boolean },
): Promise<OrganisationRow> {
  const org = await readableOrganisation(db, ctx, id);
  requireOn(ctx, 'organisation.manage', targetOf(org), 'this organisation');
  const { parentId, active, ...fields } = input;
  if (fields.kind === 'federation' && org.parentId !== null) {
    throw new AppError('bad_request', 'Only a tenant has a federation at its root');
  }
  if (org.parentId === null && (active === false || (parentId !== undefined && parentId !== null))) {
    throw new AppError('bad_request', 'The root of a federation cannot be moved or deactivated');
  }
  if (fields.kind && org.parentId === null && fields.kind !== 'federation') {
    throw new AppError('bad_request', 'The root of a federation stays a federation');
  }
  if (active === false && (await countActiveChildren(db, org.id)) > 0) {
    throw new AppError('conflict', 'Deactivate or move the organisations under it first');
  }
  let newParent: OrganisationRow | undefined;
  if (parentId !== undefined && parentId !== org.parentId) {
    newParent = await readableOrganisation(db, ctx, parentId);
    requireOn(ctx, 'organisation.manage', targetOf(newParent), 'the new parent organisation');
    if (newParent.tenantId !== org.tenantId)
      throw new AppError('bad_request', 'An organisation cannot move to another tenant');
    if (wouldCreateCycle(org.path, newParent.path)) {
      throw new AppError('bad_request', 'An organisation cannot move under itself or its own descendants');
    }
  }
  return db.transaction(async (tx) => {
    if (newParent) await movePaths(tx, org.tenantId, org.path, childPath(newParent.path, org.id));
    const updated = await updateOrganisation(tx, org.id, {
      ...fields,
      ...(active !== undefined ? { active } : {}),
      ...(newParent ? { parentId: newParent.id } : {}),
      updatedAt: ctx.now,
    });
    if (!updated) throw notFound('The organisation');
    await recordAudit(tx, ctx, {
      tenantId: org.tenantId,
      action: newParent ? 'organisation.move' : 'organisation.update',
      objectType: 'organisation',
      objectId: org.id,
      organisationId: org.id,
      details: { fields: Object.keys(input), ...(newParent ? { from: org.parentId, to: newParent.id } : {}) },
    });
    return updated;
  });
}
