import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Stage } from '../../core/access/policy';
import { isStaffRole, secondFactorRequired } from '../../core/access/roles';
import { AppError } from '../../core/errors';
import { looksLikeRecoveryCode, normaliseRecoveryCode, verifyTotp } from '../../core/identity/totp';
import { appendAuditEvent } from '../audit/repository';
import type { RequestContext } from '../http/request-context';
import { findTenantBySlug, PLATFORM_SLUG } from '../tenancy/repository';
import { type IdentityDeps, totpSecretAad } from './auth-policy';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { consumeRecoveryCode, findUserByLogin, type UserRow, updateUser } from './repository';
import { assignmentsOf, createSession, revokeSession } from './sessions';
import { users } from './tables';

export interface SignInInput {
  login: string;
  password: string;
  totp?: string;
}

export interface SignInResult {
  token: string;
  idHash: string;
  csrfToken: string;
  userId: string;
  stage: Stage;
}

export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');

/** The stage a fresh session starts in: a forced password change first, then second-factor enrolment. */
export async function stageFor(deps: IdentityDeps, user: UserRow): Promise<Stage> {
  if (user.mustChangePassword) return 'password_change';
  if (!user.totpSecretSealed && (await needsSecondFactor(deps, user.id))) return 'totp_enrolment';
  return 'full';
}

export async function needsSecondFactor(deps: IdentityDeps, userId: string): Promise<boolean> {
  const assignments = await assignmentsOf(deps.db, userId);
  return assignments.some((a) => isStaffRole(a.role) && secondFactorRequired[a.role]);
}

async function auditSignIn(
  deps: IdentityDeps,
  ctx: RequestContext,
  user: UserRow | undefined,
  login: string,
  outcome: 'success' | 'failure',
  reason?: string,
) {
  const tenantId = user?.tenantId ?? (await findTenantBySlug(deps.db, PLATFORM_SLUG))?.id;
  if (!tenantId) return;
  await appendAuditEvent(
    deps.db,
    {
      tenantId,
      actorId: user?.id ?? null,
      // An unknown login is kept short: people sometimes type their password into the login field.
      actorLabel: user?.login ?? login.slice(0, 64),
      action: 'auth.sign_in',
      objectType: 'user',
      objectId: user?.id ?? null,
      organisationId: user?.organisationId ?? null,
      outcome,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: reason ? { reason } : {},
    },
    ctx.now,
  );
}

async function recordFailure(
  deps: IdentityDeps,
  ctx: RequestContext,
  user: UserRow,
  reason: string,
): Promise<never> {
  const locked = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(sql`${users.id} = ${user.id}`)
      .returning({ failedLogins: users.failedLogins });
    const failures = row?.failedLogins ?? 0;
    let lockedNow = false;
    if (failures >= deps.auth.maxFailures) {
      await tx
        .update(users)
        .set({ failedLogins: 0, lockedUntil: new Date(ctx.now.getTime() + deps.auth.lockMs) })
        .where(sql`${users.id} = ${user.id}`);
      lockedNow = true;
    }
    await auditSignIn(
      { ...deps, db: tx },
      ctx,
      user,
      user.login,
      'failure',
      lockedNow ? `${reason}; account locked` : reason,
    );
    return lockedNow;
  });
  if (locked) throw lockedError(deps.auth.lockMs);
  if (reason === 'wrong_totp') throw new AppError('invalid_totp', 'The verification code is not correct');
  throw new AppError('invalid_credentials', 'The login name or password is not correct');
}

const lockedError = (ms: number) =>
  new AppError('account_locked', 'Too many failed attempts: this account is locked for a while', {
    retryAfterSeconds: Math.ceil(ms / 1000),
  });

/** Checks password and second factor, then opens a session in the right stage. */
export async function signIn(
  deps: IdentityDeps,
  ctx: RequestContext,
  input: SignInInput,
  previousSessionHash?: string,
): Promise<SignInResult> {
  const user = await findUserByLogin(deps.db, input.login);
  if (!user) {
    await burnPasswordCheck(input.password);
    await deps.db.transaction((tx) =>
      auditSignIn({ ...deps, db: tx }, ctx, undefined, input.login, 'failure', 'unknown_login'),
    );
    throw new AppError('invalid_credentials', 'The login name or password is not correct');
  }
  if (user.lockedUntil && user.lockedUntil > ctx.now) {
    await deps.db.transaction((tx) =>
      auditSignIn({ ...deps, db: tx }, ctx, user, user.login, 'failure', 'locked'),
    );
    throw lockedError(user.lockedUntil.getTime() - ctx.now.getTime());
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return recordFailure(deps, ctx, user, 'wrong_password');
  }
  if (user.disabledAt) {
    await deps.db.transaction((tx) =>
      auditSignIn({ ...deps, db: tx }, ctx, user, user.login, 'failure', 'disabled'),
    );
    throw new AppError('invalid_credentials', 'The login name or password is not correct');
  }

  let totpStep: number | undefined;
  let usedRecoveryCode = false;
  if (user.totpSecretSealed) {
    const code = input.totp?.trim();
    if (!code) throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app');
    if (looksLikeRecoveryCode(code)) {
      usedRecoveryCode = await consumeRecoveryCode(deps.db, user.id, hashRecoveryCode(code), ctx.now);
      if (!usedRecoveryCode) return recordFailure(deps, ctx, user, 'wrong_recovery_code');
    } else {
      const secret = deps.cipher.decrypt(user.totpSecretSealed, totpSecretAad(user.id));
      const step = verifyTotp(secret, code, ctx.now.getTime(), user.totpLastStep);
      if (step === null) return recordFailure(deps, ctx, user, 'wrong_totp');
      totpStep = step;
    }
  }

  const stage = await stageFor(deps, user);
  return deps.db.transaction(async (tx) => {
    if (totpStep !== undefined) {
      // A code is good once: a second sign-in racing with the same code finds the step already used.
      const claimed = await tx
        .update(users)
        .set({ totpLastStep: totpStep })
        .where(sql`${users.id} = ${user.id} and ${users.totpLastStep} < ${totpStep}`)
        .returning({ id: users.id });
      if (claimed.length === 0)
        throw new AppError('invalid_totp', 'This code was already used; wait for the next one');
    }
    await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: ctx.now });
    // Rotation: whatever session the browser held before is ended, a new id is issued.
    if (previousSessionHash) await revokeSession(tx, previousSessionHash, ctx.now);
    const session = await createSession(
      tx,
      { userId: user.id, tenantId: user.tenantId, stage, ip: ctx.ip, userAgent: ctx.userAgent },
      ctx.now,
      deps.auth.session,
    );
    await auditSignIn(
      { ...deps, db: tx },
      ctx,
      user,
      user.login,
      'success',
      usedRecoveryCode ? 'recovery_code' : undefined,
    );
    return { ...session, userId: user.id, stage };
  });
}
