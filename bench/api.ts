// `npm run bench`: throughput and latency of typical API calls on the embedded database, printed as a table.
// Rate limits are off (as RATE_LIMIT=0); the demo federation is loaded; the clock is real.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { totpAt } from '../src/core/identity/totp';
import { buildApp } from '../src/server/app';
import { prepareDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { readDemoCredentials } from '../src/server/demo/seed';
import { systemClock } from '../src/server/http/request-context';
import { loadFieldCipher } from '../src/server/ops/keys';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const dataDir = mkdtempSync(path.join(tmpdir(), 'carnation-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL;
const config = loadConfig({
  DATA_DIR: dataDir,
  RATE_LIMIT: '0',
  LOG_LEVEL: 'silent',
  DEMO: '1',
  DATABASE_URL: databaseUrl,
});
const database = await openDatabase({ dataDir, databaseUrl });
const cipher = loadFieldCipher(config);
await prepareDatabase(database, config, cipher);
const app = await buildApp({ config, database, cipher, clock: systemClock }, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const admin = readDemoCredentials(dataDir)?.find((c) => c.role === 'federation_admin');
if (!admin) throw new Error('demo credentials missing');
const signIn = await fetch(`${base}/api/v1/auth/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    login: admin.login,
    password: admin.password,
    totp: totpAt(admin.totpSecret, Date.now()),
  }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;

const cases: { name: string; path: string; headers?: Record<string, string> }[] = [
  { name: 'GET /healthz', path: '/healthz' },
  { name: 'GET /api/v1/service-points (public)', path: '/api/v1/service-points' },
  { name: 'GET /api/v1/auth/session (signed in)', path: '/api/v1/auth/session', headers: { cookie } },
  { name: 'GET /api/v1/organisations (signed in)', path: '/api/v1/organisations', headers: { cookie } },
];

console.log(`Carnation API benchmark — ${database.kind}, ${seconds} s per case, 10 connections\n`);
console.log(
  'case'.padEnd(42),
  'req/s'.padStart(9),
  'p50 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'errors'.padStart(7),
);
for (const c of cases) {
  const result = await autocannon({
    url: base + c.path,
    headers: c.headers,
    connections: 10,
    duration: seconds,
  });
  console.log(
    c.name.padEnd(42),
    result.requests.average.toFixed(0).padStart(9),
    String(result.latency.p50).padStart(8),
    String(result.latency.p99).padStart(8),
    String(result.non2xx + result.errors).padStart(7),
  );
}
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`\nresident memory after the run: ${rss.toFixed(0)} MiB`);
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
