import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generateOpenApi, openApiFile } from './openapi-document';

// Generated files are committed so they can be reviewed; this fails when they no longer match the code.
let failed = false;

const committed = existsSync(openApiFile) ? readFileSync(openApiFile, 'utf8') : '';
if (committed !== (await generateOpenApi())) {
  console.error(`✗ ${openApiFile} is stale: run \`npm run openapi\` and commit the result.`);
  failed = true;
} else console.log(`✓ ${openApiFile} matches the routes`);

const migrations = 'src/server/db/migrations';
// drizzle-kit wants a relative output path, so the scratch copy lives inside the repository.
mkdirSync('.tmp', { recursive: true });
const scratch = path.relative(process.cwd(), mkdtempSync(path.join('.tmp', 'migrations-check-')));
try {
  cpSync(migrations, scratch, { recursive: true });
  execFileSync(
    'node_modules/.bin/drizzle-kit',
    ['generate', '--dialect', 'postgresql', '--schema', 'src/server/db/schema.ts', '--out', scratch],
    { stdio: 'pipe' },
  );
  const before = readdirSync(migrations).sort().join(',');
  const after = readdirSync(scratch).sort().join(',');
  if (before !== after) {
    console.error(
      '✗ the schema changed without a migration: run `npm run db:generate -- --name <what>` and commit it.',
    );
    failed = true;
  } else console.log('✓ migrations match the schema');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
