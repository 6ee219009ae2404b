import type { FieldCipher } from '../core/crypto/field-cipher';
import { generateOpenSlots } from './booking/slot-generation';
import type { Config } from './config';
import { ensureStartingLibrary } from './content/install';
import type { Database } from './db/client';
import { migrate } from './db/migrate';
import { ensureDemoActivity } from './demo/activity';
import { ensureDemoApprovals, ensureDemoCampaign } from './demo/approvals';
import { ensureDemoCounselling } from './demo/counselling';
import { demoTenant } from './demo/data';
import { ensureDemoEventSeason } from './demo/events-season';
import { ensureDemoOrders } from './demo/orders';
import { type DemoCredential, seedDemo, writeDemoCredentials } from './demo/seed';
import { systemClock } from './http/request-context';
import { countFederations, ensurePlatformTenant, findTenantBySlug } from './tenancy/repository';

export interface PreparedDatabase {
  /** Credentials of a demo loaded just now (null when none was loaded). */
  demoLoaded: DemoCredential[] | null;
}

/**
 * Brings a database to the state the code expects: migrations, the platform tenant, and the demo federation
 * on an empty database when the configuration asks for it. Safe to run from several processes at once.
 */
export async function prepareDatabase(
  database: Database,
  config: Config,
  cipher: FieldCipher,
): Promise<PreparedDatabase> {
  await migrate(database);
  const work = async (): Promise<PreparedDatabase> => {
    await ensurePlatformTenant(database.db);
    // A demo loaded by an earlier version gains what later versions add to it.
    const demo = await findTenantBySlug(database.db, demoTenant.slug);
    if (demo?.isDemo) {
      await ensureDemoApprovals(database.db, demo.id, new Date());
      await ensureDemoCampaign(database.db, demo.id, new Date());
      await ensureDemoCounselling(database.db, demo.id, new Date());
      await ensureDemoEventSeason(database.db, demo.id, new Date());
      await database.db.transaction((tx) => ensureDemoOrders(tx, demo.id, new Date()));
      await database.db.transaction((tx) => ensureStartingLibrary(tx, demo.id, systemClock));
      await database.db.transaction((tx) => ensureDemoActivity(tx, cipher, demo.id, new Date()));
    }
    if (config.demo && (await countFederations(database.db)) === 0) {
      const credentials = await seedDemo(database.db, cipher);
      if (credentials) writeDemoCredentials(config.dataDir, credentials);
      await generateOpenSlots(database.db, {}, new Date());
      return { demoLoaded: credentials };
    }
    // Open slots reach the booking horizon at once, even when background jobs are off.
    await generateOpenSlots(database.db, {}, new Date());
    return { demoLoaded: null };
  };
  if (database.kind === 'pglite') return work();
  await database.executeSql('select pg_advisory_lock(727275)');
  try {
    return await work();
  } finally {
    await database.executeSql('select pg_advisory_unlock(727275)');
  }
}
