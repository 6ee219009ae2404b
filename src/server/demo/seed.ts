import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { newTotpSecret } from '../../core/identity/totp';
import { childPath, rootPath } from '../../core/organisations/tree';
import { appendAuditEvent } from '../audit/repository';
import { installStartingLibrary } from '../content/install';
import type { Db } from '../db/client';
import { totpSecretAad } from '../identity/auth-policy';
import { hashPassword } from '../identity/passwords';
import { insertRoleAssignment, insertUser } from '../identity/repository';
import { insertOrganisation } from '../organisations/repository';
import { insertServicePoint } from '../service-points/repository';
import {
  ensurePlatformTenant,
  findTenantBySlug,
  insertTenant,
  rootOrganisationOf,
} from '../tenancy/repository';
import { ensureDemoActivity } from './activity';
import { ensureDemoApprovals, ensureDemoCampaign } from './approvals';
import { ensureDemoCounselling } from './counselling';
import { demoAccounts, demoOrganisations, demoServicePoints, demoTenant } from './data';
import { demoDistrictOutlines } from './district-outlines';
import { ensureDemoEventSeason } from './events-season';
import { ensureDemoOrders } from './orders';

export interface DemoCredential {
  role: string;
  login: string;
  password: string;
  totpSecret: string;
}

export const demoCredentialsPath = (dataDir: string) => path.join(dataDir, 'demo-credentials.json');

/** A password that is easy to type from the printed list and not on any common-password list. */
const demoPassword = () => `Demo-${randomBytes(6).toString('base64url')}`;

export interface SeedOptions {
  /**
   * The year of activity before today (check-ups, requests, appointments, cases, reads; `activity.ts`). On by
   * default; the test app leaves it out, so that tests count only the records they make.
   */
  activity?: boolean;
}

/**
 * Loads the demo federation. Passwords and TOTP secrets are made fresh for each installation, written to
 * DATA_DIR/demo-credentials.json and printed at start. Returns null when the demo is already there.
 */
export async function seedDemo(
  db: Db,
  cipher: FieldCipher,
  now = new Date(),
  options: SeedOptions = {},
): Promise<DemoCredential[] | null> {
  if (await findTenantBySlug(db, demoTenant.slug)) return null;
  const platform = await ensurePlatformTenant(db);
  const platformRoot = await rootOrganisationOf(db, platform.id);
  if (!platformRoot) throw new Error('the platform tenant has no root organisation');

  const accounts = await Promise.all(
    demoAccounts.map(async (a) => {
      const password = demoPassword();
      return { ...a, password, passwordHash: await hashPassword(password), totpSecret: newTotpSecret() };
    }),
  );

  return db.transaction(async (tx) => {
    const { tenant, rootOrganisationId } = await insertTenant(tx, {
      kind: 'city',
      ...demoTenant,
      isDemo: true,
    });
    const orgs = new Map<string, { id: string; path: string }>([
      ['root', { id: rootOrganisationId, path: rootPath(rootOrganisationId) }],
    ]);
    for (const o of demoOrganisations) {
      if (o.parent === null) continue;
      const parent = orgs.get(o.parent);
      if (!parent) throw new Error(`demo organisation ${o.key} comes before its parent`);
      const id = randomUUID();
      const p = childPath(parent.path, id);
      await insertOrganisation(tx, {
        id,
        tenantId: tenant.id,
        parentId: parent.id,
        path: p,
        kind: o.kind,
        name: o.name,
        nameEn: o.nameEn,
        industry: o.industry ?? null,
        memberCount: o.memberCount ?? null,
        address: o.address ?? null,
        latitude: o.lat ?? null,
        longitude: o.lng ?? null,
        boundary: demoDistrictOutlines[o.key] ?? null,
      });
      orgs.set(o.key, { id, path: p });
    }
    for (const sp of demoServicePoints) {
      const org = orgs.get(sp.org);
      if (!org) throw new Error(`demo service point ${sp.name} has no organisation`);
      await insertServicePoint(tx, {
        tenantId: tenant.id,
        organisationId: org.id,
        kind: sp.kind,
        name: sp.name,
        nameEn: sp.nameEn,
        address: sp.address,
        addressEn: sp.addressEn,
        latitude: sp.lat,
        longitude: sp.lng,
        phone: sp.phone,
        description: sp.description,
        descriptionEn: sp.descriptionEn,
      });
    }
    for (const a of accounts) {
      const onPlatform = a.org === 'platform';
      const tenantId = onPlatform ? platform.id : tenant.id;
      const organisationId = onPlatform ? platformRoot : (orgs.get(a.org)?.id as string);
      const id = randomUUID();
      await insertUser(tx, {
        id,
        tenantId,
        organisationId,
        login: a.login,
        displayName: a.name,
        passwordHash: a.passwordHash,
        totpSecretSealed: cipher.encrypt(a.totpSecret, totpSecretAad(id)),
        totpEnrolledAt: now,
      });
      await insertRoleAssignment(tx, { tenantId, userId: id, role: a.role, organisationId, createdBy: null });
    }
    await ensureDemoApprovals(tx, tenant.id, now);
    await ensureDemoCampaign(tx, tenant.id, now);
    await ensureDemoCounselling(tx, tenant.id, now);
    await ensureDemoEventSeason(tx, tenant.id, now);
    await ensureDemoOrders(tx, tenant.id, now);
    await appendAuditEvent(
      tx,
      {
        tenantId: tenant.id,
        actorId: null,
        actorLabel: 'system',
        action: 'demo.seed',
        objectType: 'tenant',
        objectId: tenant.id,
        outcome: 'success',
        details: {
          organisations: orgs.size,
          servicePoints: demoServicePoints.length,
          accounts: accounts.length,
        },
      },
      now,
    );
    // After the demo's own audit event, which stays the first of its chain.
    await installStartingLibrary(tx, tenant.id, { now: () => now });
    // Last: the year's reads count the library's items, and its appointments use the rosters' rooms.
    if (options.activity !== false) await ensureDemoActivity(tx, cipher, tenant.id, now);
    return accounts.map((a) => ({
      role: a.role,
      login: a.login,
      password: a.password,
      totpSecret: a.totpSecret,
    }));
  });
}

export function writeDemoCredentials(dataDir: string, credentials: DemoCredential[]): string {
  mkdirSync(dataDir, { recursive: true });
  const file = demoCredentialsPath(dataDir);
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function readDemoCredentials(dataDir: string): DemoCredential[] | null {
  const file = demoCredentialsPath(dataDir);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as DemoCredential[];
}

export function formatDemoCredentials(credentials: DemoCredential[]): string {
  const rows = credentials.map(
    (c) => `  ${c.role.padEnd(20)} ${c.login.padEnd(17)} ${c.password.padEnd(14)} ${c.totpSecret}`,
  );
  return [
    'Demo staff accounts (演示账号) — the second factor is a TOTP code from the secret, e.g.',
    '`npm run cli -- totp <secret>`, or add the secret to an authenticator app:',
    `  ${'role'.padEnd(20)} ${'login'.padEnd(17)} ${'password'.padEnd(14)} totp secret`,
    ...rows,
  ].join('\n');
}
