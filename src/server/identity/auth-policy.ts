import type { FieldCipher } from '../../core/crypto/field-cipher';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { SessionPolicy } from './sessions';

export interface AuthPolicy {
  session: SessionPolicy;
  maxFailures: number;
  lockMs: number;
}

export const authPolicyFrom = (config: Config): AuthPolicy => ({
  session: { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
  maxFailures: config.loginMaxFailures,
  lockMs: config.loginLockMs,
});

/** What identity use-cases need: the database, the field cipher (TOTP secrets) and the auth policy. */
export interface IdentityDeps {
  db: Db;
  cipher: FieldCipher;
  auth: AuthPolicy;
}

export const totpSecretAad = (userId: string) => `users.totp_secret:${userId}`;
