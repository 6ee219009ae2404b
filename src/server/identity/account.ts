import QRCode from 'qrcode';
import type { Stage } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { newRecoveryCodes, newTotpSecret, otpauthUri, verifyTotp } from '../../core/identity/totp';
import { recordAudit } from '../audit/record';
import type { RequestContext } from '../http/request-context';
import type { SessionInfo } from '../http/types';
import { type IdentityDeps, totpSecretAad } from './auth-policy';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords';
import { findUser, replaceRecoveryCodes, type UserRow, updateUser } from './repository';
import { createSession, revokeSession, revokeUserSessions } from './sessions';
import { hashRecoveryCode, stageFor } from './sign-in';

export interface RotatedSession {
  token: string;
  idHash: string;
  csrfToken: string;
  stage: Stage;
}

async function currentUser(deps: IdentityDeps, session: SessionInfo): Promise<UserRow> {
  const user = await findUser(deps.db, session.userId);
  if (!user || user.disabledAt) throw new AppError('unauthenticated', 'Sign in again');
  return user;
}

/** Ends this session and issues a new one in the stage the account has now reached. */
async function rotate(deps: IdentityDeps, ctx: RequestContext, session: SessionInfo, user: UserRow) {
  const stage = await stageFor(deps, user);
  await revokeSession(deps.db, session.idHash, ctx.now);
  const next = await createSession(
    deps.db,
    { userId: user.id, tenantId: user.tenantId, stage, ip: ctx.ip, userAgent: ctx.userAgent },
    ctx.now,
    deps.auth.session,
  );
  return { ...next, stage };
}

export async function signOut(deps: IdentityDeps, ctx: RequestContext, session: SessionInfo): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, session.idHash, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: session.tenantId,
      action: 'auth.sign_out',
      objectType: 'user',
      objectId: session.userId,
    });
  });
}

/** Changing one's own password ends every other session of the account. */
export async function changePassword(
  deps: IdentityDeps,
  ctx: RequestContext,
  session: SessionInfo,
  input: { currentPassword: string; newPassword: string },
): Promise<RotatedSession> {
  const user = await currentUser(deps, session);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials', 'The current password is not correct');
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('weak_password', 'Choose a password different from the current one', {
      problems: ['unchanged'],
    });
  }
  assertAcceptablePassword(input.newPassword, user.login);
  const passwordHash = await hashPassword(input.newPassword);
  return deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: ctx.now,
      updatedAt: ctx.now,
    });
    await revokeUserSessions(tx, user.id, ctx.now);
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'auth.password_change',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
    });
    const txDeps = { ...deps, db: tx };
    return rotate(txDeps, ctx, session, { ...user, mustChangePassword: false });
  });
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** Starts second-factor enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startTotpEnrolment(deps: IdentityDeps, session: SessionInfo): Promise<TotpEnrolment> {
  const user = await currentUser(deps, session);
  if (user.mustChangePassword) throw new AppError('stage_incomplete', 'Change your password first');
  if (user.totpSecretSealed) {
    throw new AppError('conflict', 'A second factor is already set up; an administrator can reset it');
  }
  const secret = newTotpSecret();
  await updateUser(deps.db, user.id, {
    totpPendingSealed: deps.cipher.encrypt(secret, totpSecretAad(user.id)),
  });
  const uri = otpauthUri(secret, user.login);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, otpauthUri: uri, qrSvg };
}

/** Confirms enrolment with a code from the new secret; returns recovery codes (shown once) and a full session. */
export async function confirmTotpEnrolment(
  deps: IdentityDeps,
  ctx: RequestContext,
  session: SessionInfo,
  code: string,
): Promise<RotatedSession & { recoveryCodes: string[] }> {
  const user = await currentUser(deps, session);
  if (user.totpSecretSealed) throw new AppError('conflict', 'A second factor is already set up');
  if (!user.totpPendingSealed) throw new AppError('conflict', 'Start enrolment first');
  const secret = deps.cipher.decrypt(user.totpPendingSealed, totpSecretAad(user.id));
  const step = verifyTotp(secret, code, ctx.now.getTime());
  if (step === null)
    throw new AppError('invalid_totp', 'The verification code is not correct; check the time on your phone');
  const codes = newRecoveryCodes();
  return deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      totpSecretSealed: user.totpPendingSealed,
      totpPendingSealed: null,
      totpEnrolledAt: ctx.now,
      totpLastStep: step,
      updatedAt: ctx.now,
    });
    await replaceRecoveryCodes(tx, user, codes.map(hashRecoveryCode));
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'auth.totp_enrol',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
    });
    const rotated = await rotate({ ...deps, db: tx }, ctx, session, {
      ...user,
      totpSecretSealed: user.totpPendingSealed,
    });
    return { ...rotated, recoveryCodes: codes };
  });
}

/** New recovery codes replace the old ones; needs a current code so a stolen session alone cannot do it. */
export async function regenerateRecoveryCodes(
  deps: IdentityDeps,
  ctx: RequestContext,
  session: SessionInfo,
  code: string,
): Promise<string[]> {
  const user = await currentUser(deps, session);
  if (!user.totpSecretSealed) throw new AppError('conflict', 'Set up a second factor first');
  const secret = deps.cipher.decrypt(user.totpSecretSealed, totpSecretAad(user.id));
  const step = verifyTotp(secret, code, ctx.now.getTime(), user.totpLastStep);
  if (step === null) throw new AppError('invalid_totp', 'The verification code is not correct');
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { totpLastStep: step });
    await replaceRecoveryCodes(tx, user, codes.map(hashRecoveryCode));
    await recordAudit(tx, ctx, {
      tenantId: user.tenantId,
      action: 'auth.recovery_codes_regenerate',
      objectType: 'user',
      objectId: user.id,
      organisationId: user.organisationId,
    });
  });
  return codes;
}
