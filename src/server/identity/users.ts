import type { z } from 'zod';
import { mayAssignRole } from '../../core/access/policy';
import { type StaffRole, secondFactorRequired } from '../../core/access/roles';
import { AppError } from '../../core/errors';
import { notFound, reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrganisation } from '../organisations/repository';
import { readableOrganisation } from '../organisations/use-cases';
import { hashPassword, temporaryPassword } from './passwords';
import {
  deleteRoleAssignment,
  findRoleAssignment,
  findUser,
  findUserByLogin,
  insertRoleAssignment,
  insertUser,
  listUsers,
  presentRole,
  replaceRecoveryCodes,
  rolesOfUsers,
  type UserRow,
  updateUser,
} from './repository';
import type { userViewSchema } from './schemas';
import { revokeUserSessions } from './sessions';

export type UserView = z.infer<typeof userViewSchema>;

async function toViews(
  db: Db,
  rows: { user: UserRow; organisationName: string; organisationNameEn: string | null }[],
  now: Date,
): Promise<UserView[]> {
  const roles = await rolesOfUsers(
    db,
    rows.map((r) => r.user.id),
  );
  return rows.map(({ user, organisationName, organisationNameEn }) => ({
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    email: user.email,
    tenantId: user.tenantId,
    organisationId: user.organisationId,
    organisationName,
    organisationNameEn,
    disabled: user.disabledAt !== null,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    totpEnrolled: user.totpSecretSealed !== null,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    roles: (roles.get(user.id) ?? []).map(presentRole),
  }));
}

export async function searchUsers(
  db: Db,
  ctx: RequestContext,
  q: { search?: string; tenantId?: string; includeDisabled: boolean; limit: number; offset: number },
) {
  const { rows, total } = await listUsers(db, { ...q, reach: reachFor(ctx, 'user.read') });
  if (ctx.principal.kind === 'staff') {
    await recordAudit(db, ctx, {
      tenantId: ctx.principal.tenantId,
      action: 'user.list',
      objectType: 'user',
      details: { search: q.search ?? null, returned: rows.length },
    });
  }
  return { total, users: await toViews(db, rows, ctx.now) };
}

/** Loads a user the principal may act on with `action`; another tenant's account looks missing. */
async function reachableUser(db: Db, ctx: RequestContext, id: string, action: 'user.read' | 'user.manage') {
  const user = await findUser(db, id);
  const org = user ? await findOrganisation(db, user.organisationId) : undefined;
  if (!user || !org) throw notFound('The account');
  const sameTenant = ctx.principal.kind === 'staff' && ctx.principal.tenantId === user.tenantId;
  const target = { tenantId: user.tenantId, orgPath: org.path };
  try {
    requireOn(ctx, action, target, 'this account');
  } catch (e) {
    if (!sameTenant && !reachFor(ctx, action).platform) throw notFound('The account');
    throw e;
  }
  return { user, org };
}

export async function getUser(db: Db, ctx: RequestContext, id: string): Promise<UserView> {
  const { user, org } = await reachableUser(db, ctx, id, 'user.read');
  const [view] = await toViews(
    db,
    [{ user, organisationName: org.name, organisationNameEn: org.nameEn }],
    ctx.now,
  );
  return view as UserView;
}

export interface NewUserInput {
  login: string;
  displayName: string;
  email?: string | null;
  organisationId: string;
  roles: { role: StaffRole; organisationId: string }[];
}

/** Creates an account with a temporary password (returned once); the user changes it and enrols at first sign-in. */
export async function createUser(db: Db, ctx: RequestContext, input: NewUserInput) {
  const home = await readableOrganisation(db, ctx, input.organisationId);
  requireOn(
    ctx,
    'user.manage',
    { tenantId: home.tenantId, orgPath: home.path },
    'accounts in this organisation',
  );
  const login = input.login.trim().toLowerCase();
  if (await findUserByLogin(db, login))
    throw new AppError('conflict', 'That login name is taken', { field: 'login' });
  const roleOrgs = await Promise.all(input.roles.map((r) => readableOrganisation(db, ctx, r.organisationId)));
  input.roles.forEach((r, i) => {
    const org = roleOrgs[i];
    if (!org || org.tenantId !== home.tenantId)
      throw new AppError('bad_request', 'Roles must be in the account’s own federation');
    if (!mayAssignRole(ctx.principal, r.role, { tenantId: org.tenantId, orgPath: org.path })) {
      throw new AppError('forbidden', `You cannot grant the role ${r.role} there`, { action: 'user.manage' });
    }
  });
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const created = await insertUser(tx, {
      tenantId: home.tenantId,
      organisationId: home.id,
      login,
      displayName: input.displayName.trim(),
      email: input.email ?? null,
      passwordHash,
      mustChangePassword: true,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      passwordChangedAt: ctx.now,
    });
    for (const r of input.roles) {
      await insertRoleAssignment(tx, {
        tenantId: home.tenantId,
        userId: created.id,
        ...r,
        createdBy: ctx.actorId,
      });
    }
    await recordAudit(tx, ctx, {
      tenantId: home.tenantId,
      action: 'user.create',
      objectType: 'user',
      objectId: created.id,
      organisationId: home.id,
      details: { login, roles: input.roles },
    });
    return created;
  });
  return { user: await getUser(db, ctx, user.id), temporaryPassword: password };
}

export async function changeUser(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { displayName?: string; email?: string | null; disabled?: boolean; unlock?: boolean },
) {
  const { user } = await reachableUser(db, ctx, id, 'user.manage');
  if (input.disabled && user.id === ctx.actorId)
    throw new AppError('bad_request', 'You cannot disable your own account');
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.disabled !== undefined
        ? { disabledAt: input.disabled ? (user.disabledAt ?? ctx.now) : null }
        : {}),
      ...(input.unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
      updatedAt: ctx.now,
    });
    // A disabled account loses every session at once.
    if (input.disabled) await revokeUserSessions(tx, user.id, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action:
        input.disabled === true ? 'user.disable' : input.disabled === false ? 'user.enable' : 'user.update',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
      details: { fields: Object.keys(input) },
    });
  });
  return getUser(db, ctx, user.id);
}

/** An administrator issues a new temporary password; every session of the account ends. */
export async function resetPassword(db: Db, ctx: RequestContext, id: string) {
  const { user } = await reachableUser(db, ctx, id, 'user.manage');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: ctx.now,
      lockedUntil: null,
      failedLogins: 0,
      updatedAt: ctx.now,
    });
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'user.password_reset',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
    });
  });
  return { user: await getUser(db, ctx, user.id), temporaryPassword: password };
}

/** Clears a lost second factor; the user enrols again at next sign-in. */
export async function resetTotp(db: Db, ctx: RequestContext, id: string) {
  const { user } = await reachableUser(db, ctx, id, 'user.manage');
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      totpSecretSealed: null,
      totpPendingSealed: null,
      totpEnrolledAt: null,
      totpLastStep: -1,
      updatedAt: ctx.now,
    });
    await replaceRecoveryCodes(tx, user, []);
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'user.totp_reset',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
    });
  });
  return getUser(db, ctx, user.id);
}

export async function assignRole(
  db: Db,
  ctx: RequestContext,
  userId: string,
  input: { role: StaffRole; organisationId: string },
) {
  const { user } = await reachableUser(db, ctx, userId, 'user.manage');
  const org = await readableOrganisation(db, ctx, input.organisationId);
  if (org.tenantId !== user.tenantId)
    throw new AppError('bad_request', 'Roles must be in the account’s own federation');
  if (!mayAssignRole(ctx.principal, input.role, { tenantId: org.tenantId, orgPath: org.path })) {
    throw new AppError('forbidden', `You cannot grant the role ${input.role} there`, {
      action: 'user.manage',
    });
  }
  await db.transaction(async (tx) => {
    const created = await insertRoleAssignment(tx, {
      tenantId: user.tenantId,
      userId: user.id,
      ...input,
      createdBy: ctx.actorId,
    });
    if (!created) throw new AppError('conflict', 'The account already has this role there');
    // A new role that needs a second factor takes effect at the next sign-in, after enrolment.
    if (secondFactorRequired[input.role] && !user.totpSecretSealed)
      await revokeUserSessions(tx, user.id, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'user.role_grant',
      objectType: 'user',
      objectId: user.id,
      organisationId: org.id,
      details: { role: input.role, assignmentId: created.id },
    });
  });
  return getUser(db, ctx, user.id);
}

export async function revokeRole(db: Db, ctx: RequestContext, userId: string, assignmentId: string) {
  const { user } = await reachableUser(db, ctx, userId, 'user.manage');
  const assignment = await findRoleAssignment(db, assignmentId);
  if (!assignment || assignment.userId !== user.id) throw notFound('The role assignment');
  const org = await findOrganisation(db, assignment.organisationId);
  if (
    !org ||
    !mayAssignRole(ctx.principal, assignment.role as StaffRole, { tenantId: org.tenantId, orgPath: org.path })
  ) {
    throw new AppError('forbidden', 'You cannot remove this role', { action: 'user.manage' });
  }
  await db.transaction(async (tx) => {
    await deleteRoleAssignment(tx, assignment.id);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'user.role_revoke',
      objectType: 'user',
      objectId: user.id,
      organisationId: org.id,
      details: { role: assignment.role, assignmentId: assignment.id },
    });
  });
  return getUser(db, ctx, user.id);
}
