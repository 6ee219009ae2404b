import { buildApp } from './app';
import { prepareDatabase } from './boot';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { formatDemoCredentials, readDemoCredentials } from './demo/seed';
import { systemClock } from './http/request-context';
import { startJobs } from './jobs/boss';
import { startControlChannel } from './ops/control';
import { acquireDataDirLock } from './ops/data-dir-lock';
import { loadFieldCipher } from './ops/keys';
import { type EventBus, LocalEventBus } from './realtime/bus';
import { PgEventBus } from './realtime/pg-bus';
import { smsSenderFrom } from './sms/sender';

/** Composition root: config → database → jobs → app → listen, and the reverse on shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = !config.databaseUrl;
  const releaseLock = embedded ? acquireDataDirLock(config.dataDir) : () => {};
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const cipher = loadFieldCipher(config);
  const prepared = await prepareDatabase(database, config, cipher);

  const sms = smsSenderFrom(config);
  // With a PostgreSQL server several processes may serve consoles: care events go through LISTEN/NOTIFY.
  let onBusError = (err: unknown, what: string) => console.error(what, err);
  const events: EventBus = config.databaseUrl
    ? await PgEventBus.start(config.databaseUrl, {
        notify: async (channel, payload) => {
          await database.executeSql('select pg_notify($1, $2)', [channel, payload]);
        },
        onError: (err, what) => onBusError(err, what),
      })
    : new LocalEventBus();
  const app = await buildApp({ config, database, cipher, clock: systemClock, sms, events });
  onBusError = (err, what) => app.log.warn({ err }, what);
  const jobs = config.jobs
    ? await startJobs({ database, config, clock: systemClock, cipher, sms, events }, app.log)
    : null;
  const control = embedded
    ? await startControlChannel(config.dataDir, { database, cipher, config, log: app.log })
    : null;

  if (prepared.demoLoaded) app.log.info('demo federation loaded');
  const credentials = config.demo ? readDemoCredentials(config.dataDir) : null;
  if (credentials)
    console.log(
      `\n${formatDemoCredentials(credentials)}\n(also in ${config.dataDir}/demo-credentials.json)\n`,
    );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await control?.close();
      await app.close(); // stops accepting, waits for in-flight requests
      await jobs?.stop();
      await events.close();
      await database.close();
    } finally {
      releaseLock();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `Carnation 康乃馨 is running: worker app http://${shown}:${config.port}/ · console http://${shown}:${config.port}/console · API docs http://${shown}:${config.port}/api/docs`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
