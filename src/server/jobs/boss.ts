import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import { type JobDeps, jobHandlers } from './handlers';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Background work runs as pg-boss jobs in the same PostgreSQL (embedded or server), so any number of app
 * processes share one queue and a restart loses nothing. Each handler calls one use-case.
 */
export async function startJobs(deps: JobDeps, log: FastifyBaseLogger): Promise<Jobs> {
  const { database } = deps;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: 'pgboss',
    // The embedded database is one connection: poll gently.
    ...(database.kind === 'pglite' ? { pollingIntervalSeconds: 5, superviseIntervalSeconds: 120 } : {}),
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of jobHandlers) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
    await boss.work(job.name, async (batch) => {
      for (const item of batch) {
        const result = await job.run({ ...deps, data: item.data as Record<string, unknown> });
        log.info({ job: job.name, result }, 'job done');
      }
    });
  }
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    },
  };
}
