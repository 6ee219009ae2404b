import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { newRecoveryCodes, newTotpSecret, otpauthUri } from '../../core/identity/totp';
import { appendAuditEvent } from '../audit/repository';
import { verifyAuditChains } from '../audit/verify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { migrate } from '../db/migrate';
import { formatDemoCredentials, seedDemo, writeDemoCredentials } from '../demo/seed';
import { totpSecretAad } from '../identity/auth-policy';
import { assertAcceptablePassword, hashPassword, temporaryPassword } from '../identity/passwords';
import {
  findUserByLogin,
  insertRoleAssignment,
  insertUser,
  replaceRecoveryCodes,
} from '../identity/repository';
import { loginSchema } from '../identity/schemas';
import { hashRecoveryCode } from '../identity/sign-in';
import { ensurePlatformTenant, findTenantBySlug, rootOrganisationOf } from '../tenancy/repository';
import { backupEmbedded } from './backup';
import { reencryptCommand, retireKeysCommand, rotateKeyCommand } from './key-commands';

/** What an operator command may use: the open database of this process. */
export interface CommandEnv {
  database: Database;
  cipher: FieldCipher;
  config: Config;
}

export interface CommandResult {
  output: string;
  exitCode: number;
}

export type Args = Record<string, string | boolean>;

const str = (args: Args, key: string): string | undefined =>
  typeof args[key] === 'string' ? (args[key] as string) : undefined;

export async function createAdmin(env: CommandEnv, args: Args): Promise<CommandResult> {
  const db = env.database.db;
  const login = loginSchema.parse(str(args, 'login') ?? '').toLowerCase();
  const name = str(args, 'name') ?? login;
  const tenantSlug = str(args, 'tenant');
  const tenant = tenantSlug ? await findTenantBySlug(db, tenantSlug) : await ensurePlatformTenant(db);
  if (!tenant) throw new AppError('not_found', `No federation with the short name "${tenantSlug}"`);
  const organisationId = await rootOrganisationOf(db, tenant.id);
  if (!organisationId) throw new Error('the federation has no root organisation');
  if (await findUserByLogin(db, login)) throw new AppError('conflict', `The login "${login}" is taken`);
  const role = tenant.kind === 'platform' ? 'platform_operator' : 'federation_admin';
  const given = str(args, 'password');
  if (given) assertAcceptablePassword(given, login);
  const password = given ?? temporaryPassword();
  const secret = newTotpSecret();
  const codes = newRecoveryCodes();
  const id = crypto.randomUUID();
  const now = new Date();
  await db.transaction(async (tx) => {
    await insertUser(tx, {
      id,
      tenantId: tenant.id,
      organisationId,
      login,
      displayName: name,
      passwordHash: await hashPassword(password),
      mustChangePassword: !given,
      totpSecretSealed: env.cipher.encrypt(secret, totpSecretAad(id)),
      totpEnrolledAt: now,
    });
    await insertRoleAssignment(tx, {
      tenantId: tenant.id,
      userId: id,
      role,
      organisationId,
      createdBy: null,
    });
    await replaceRecoveryCodes(tx, { id, tenantId: tenant.id }, codes.map(hashRecoveryCode));
    await appendAuditEvent(
      tx,
      {
        tenantId: tenant.id,
        actorId: null,
        actorLabel: 'cli',
        action: 'user.create',
        objectType: 'user',
        objectId: id,
        organisationId,
        outcome: 'success',
        details: { login, roles: [{ role, organisationId }], via: 'create-admin' },
      },
      now,
    );
  });
  return {
    exitCode: 0,
    output: [
      `Created ${role} "${login}" in ${tenant.name}.`,
      given ? 'Password: as given.' : `Temporary password (change it at first sign-in): ${password}`,
      '',
      'Second factor — shown this once. Add it to an authenticator app (TOTP, 6 digits, 30 s):',
      `  secret: ${secret}`,
      `  uri:    ${otpauthUri(secret, login)}`,
      '',
      'Recovery codes — each works once instead of a code; keep them somewhere safe:',
      ...codes.map((c) => `  ${c}`),
    ].join('\n'),
  };
}

export async function seedDemoCommand(env: CommandEnv): Promise<CommandResult> {
  await ensurePlatformTenant(env.database.db);
  const credentials = await seedDemo(env.database.db, env.cipher);
  if (!credentials) return { exitCode: 0, output: 'The demo federation is already loaded.' };
  const file = writeDemoCredentials(env.config.dataDir, credentials);
  return { exitCode: 0, output: `${formatDemoCredentials(credentials)}\n(written to ${file})` };
}

export async function backupCommand(env: CommandEnv, args: Args): Promise<CommandResult> {
  if (!env.database.pglite) {
    return {
      exitCode: 2,
      output:
        'backup copies the embedded database. For a PostgreSQL server use pg_dump / pg_restore (see README).',
    };
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = str(args, 'out') ?? path.join(env.config.dataDir, 'backups', `carnation-${stamp}.tar.gz`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const result = await backupEmbedded(env.database.pglite, file);
  return {
    exitCode: 0,
    output: [
      `Backup written: ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB)`,
      `Keep the encryption keys (${path.join(env.config.dataDir, 'keys')} or ENCRYPTION_KEYS) safe too, but apart from the backup:`,
      'without them the encrypted fields of the backup cannot be read.',
    ].join('\n'),
  };
}

export async function auditVerifyCommand(env: CommandEnv, args: Args): Promise<CommandResult> {
  const slug = str(args, 'tenant');
  const tenant = slug ? await findTenantBySlug(env.database.db, slug) : undefined;
  if (slug && !tenant) return { exitCode: 2, output: `No federation with the short name "${slug}"` };
  const reports = await verifyAuditChains(env.database.db, tenant?.id);
  const lines = reports.map((r) =>
    r.ok
      ? `ok      ${r.tenantId}  ${r.events} events`
      : `BROKEN  ${r.tenantId}  ${r.events} events: ${r.problems
          .slice(0, 20)
          .map((p) => `#${p.seq} ${p.problem}`)
          .join(', ')}${r.problems.length > 20 ? ` … (${r.problems.length} problems)` : ''}`,
  );
  const ok = reports.every((r) => r.ok);
  lines.push(ok ? 'The audit trail is intact.' : 'The audit trail was changed: see the events above.');
  return { exitCode: ok ? 0 : 1, output: lines.join('\n') };
}

export async function migrateCommand(env: CommandEnv): Promise<CommandResult> {
  await migrate(env.database);
  await ensurePlatformTenant(env.database.db);
  return { exitCode: 0, output: 'The database is up to date.' };
}

/** Commands that run inside whichever process owns the database (a running server, or the CLI itself). */
export const databaseCommands: Record<string, (env: CommandEnv, args: Args) => Promise<CommandResult>> = {
  migrate: migrateCommand,
  'create-admin': createAdmin,
  'seed-demo': seedDemoCommand,
  backup: backupCommand,
  'audit-verify': auditVerifyCommand,
  'rotate-key': rotateKeyCommand,
  reencrypt: reencryptCommand,
  'retire-keys': retireKeysCommand,
};
