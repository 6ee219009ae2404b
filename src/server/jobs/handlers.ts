import { deleteOldIdempotencyKeys } from '../checkup/repository';
import type { Database } from '../db/client';
import type { Clock } from '../http/request-context';
import { purgeEndedSessions } from '../identity/sessions';

export interface JobContext {
  database: Database;
  clock: Clock;
  data: Record<string, unknown>;
}

export interface JobDefinition {
  name: string;
  /** Cron schedule in Asia/Shanghai, for recurring jobs. */
  cron?: string;
  run(ctx: JobContext): Promise<unknown>;
}

export const jobHandlers: JobDefinition[] = [
  {
    // A retried submission is answered from its key for a day; after that the key (and the sealed code) goes.
    name: 'idempotency.purge',
    cron: '41 * * * *',
    run: async ({ database, clock }) => ({
      purged: await deleteOldIdempotencyKeys(database.db, new Date(clock.now().getTime() - 24 * 3_600_000)),
    }),
  },
  {
    name: 'sessions.purge',
    cron: '17 * * * *',
    run: async ({ database, clock }) => ({ purged: await purgeEndedSessions(database.db, clock.now()) }),
  },
];
