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
    name: 'sessions.purge',
    cron: '17 * * * *',
    run: async ({ database, clock }) => ({ purged: await purgeEndedSessions(database.db, clock.now()) }),
  },
];
