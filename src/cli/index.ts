import { isAppError } from '../core/errors';
import { totpAt } from '../core/identity/totp';
import { prepareDatabase } from '../server/boot';
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { restoreEmbedded } from '../server/ops/backup';
import { type Args, databaseCommands } from '../server/ops/commands';
import { runInServer } from '../server/ops/control';
import { runningServerPid } from '../server/ops/data-dir-lock';
import { loadFieldCipher } from '../server/ops/keys';

const HELP = `Carnation operator commands:  npm run cli -- <command> [options]

  migrate                         apply database migrations
  create-admin --login L [--name N] [--tenant SLUG] [--password P]
                                  create a federation administrator (or, without --tenant, a platform
                                  operator); prints the TOTP enrolment secret once
  seed-demo                       load the demo federation if it is not there
  backup [--out FILE]             copy the embedded database to one file (works while the server runs)
  restore FILE                    replace the embedded database with a backup (server stopped)
  audit-verify [--tenant SLUG]    recompute the audit hash chains; exit 1 if anything was changed
  rotate-key                      add a new current encryption key to the key file (with ENCRYPTION_KEYS:
                                  print the steps and a fresh key)
  reencrypt [--batch N]           re-seal every encrypted value not on the current key; safe to re-run
  retire-keys                     remove older keys from the key file once nothing is sealed with them
  totp SECRET                     print the current 6-digit code for a TOTP secret (demo accounts)

Environment: the same as the server (DATA_DIR, DATABASE_URL, ENCRYPTION_KEYS …; see README).`;

function parseArgs(argv: string[]): { positional: string[]; args: Args } {
  const positional: string[] = [];
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) args[key] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        args[key] = next;
        i++;
      } else args[key] = true;
    } else positional.push(a);
  }
  return { positional, args };
}

async function run(argv: string[]): Promise<number> {
  const { positional, args } = parseArgs(argv);
  const [command, ...rest] = positional;
  if (!command || command === 'help' || args.help) {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === 'totp') {
    if (!rest[0]) throw new Error('Usage: totp SECRET');
    console.log(totpAt(rest[0], Date.now()));
    return 0;
  }
  const config = loadConfig();
  if (command === 'restore') {
    if (config.databaseUrl) {
      console.error(
        'restore replaces the embedded database. For a PostgreSQL server use pg_restore (see README).',
      );
      return 2;
    }
    if (!rest[0]) throw new Error('Usage: restore FILE');
    const { keptAs } = await restoreEmbedded(config.dataDir, rest[0]);
    console.log(`Restored from ${rest[0]}.${keptAs ? ` The previous database is kept at ${keptAs}.` : ''}`);
    return 0;
  }
  const handler = databaseCommands[command];
  if (!handler) {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  if (!config.databaseUrl && runningServerPid(config.dataDir) !== null) {
    const result = await runInServer(config.dataDir, command, args);
    if (result) {
      console.log(result.output);
      return result.exitCode;
    }
    console.error('A server holds the embedded database but its control socket does not answer.');
    return 1;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const cipher = loadFieldCipher(config);
    await prepareDatabase(database, { ...config, demo: false }, cipher);
    const result = await handler({ database, cipher, config }, args);
    console.log(result.output);
    return result.exitCode;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || isAppError(err)) console.error(err.message);
    else if (err instanceof Error && err.name === 'ZodError') console.error(`Invalid option: ${err.message}`);
    else console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
