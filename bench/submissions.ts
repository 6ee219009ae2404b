// `npm run bench` (second part): POST /api/v1/submissions for the default check-up on a PostgreSQL server, with
// validation, scoring and storage, 50 connections; printed beside a bare Fastify route measured in the same run.
// The load generator runs in a worker thread, so it does not share the event loop with the server under test.
// Target (issue #3): ≥ 1,000 requests/s at p99 < 50 ms on the 2-core machine.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { systemClock } from '../src/server/http/request-context';
import { benchDatabase } from './server-database';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

const run = (url: string, opts: Partial<autocannon.Options> = {}) =>
  autocannon({ url, connections, duration: seconds, workers: 1, ...opts });

// 1. A bare Fastify route: what the framework alone does on this machine right now.
// BENCH_SKIP_BARE=1 leaves it out (when profiling the submission route alone).
async function measureBare(): Promise<autocannon.Result | null> {
  if (process.env.BENCH_SKIP_BARE === '1') return null;
  const bare = Fastify();
  bare.get('/bare', async () => ({ ok: true }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const address = bare.server.address();
  const result = await run(
    `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/bare`,
  );
  await bare.close();
  return result;
}
const bareResult = await measureBare();

// 2. The submission route on its own database.
// The pool size the app uses unless BENCH_POOL says otherwise.
const { config, database, cipher, drop } = await benchDatabase({
  poolSize: process.env.BENCH_POOL ? Number(process.env.BENCH_POOL) : undefined,
});
const app = await buildApp({ config, database, cipher, clock: systemClock }, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const body = JSON.stringify({
  checkup: 'default',
  lang: 'zh-CN',
  answers: {
    phq4: [1, 0, 1, 0],
    who5: [3, 4, 3, 2, 3],
    cbi_work: [50, 25, 50, 75, 25, 50, 75],
    ucla3: [1, 2, 1],
  },
});
// Warm up the caches and the JIT, then measure.
await run(`${base}/api/v1/submissions`, {
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json' },
  duration: 2,
});
const post = { method: 'POST' as const, body, headers: { 'content-type': 'application/json' } };
// Capacity: 50 connections as fast as they can go (latency then is just 50 ÷ throughput, by Little's law).
const result = await run(`${base}/api/v1/submissions`, post);
// The target as stated: 1,000 requests a second offered over 50 connections, and the latency they see.
const sustained = await run(`${base}/api/v1/submissions`, { ...post, overallRate: 1000 });
const stored = await database.executeSql('select count(*)::int as n from submissions', []);
await app.close();
await drop();

const row = (label: string, r: autocannon.Result) =>
  `${label.padEnd(44)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.non2xx + r.errors).padStart(7)}`;
console.log(`\nCheck-up submissions on PostgreSQL — ${seconds} s, ${connections} connections\n`);
console.log(
  'case'.padEnd(44),
  'req/s'.padStart(8),
  'p50 ms'.padStart(7),
  'p99 ms'.padStart(7),
  'errors'.padStart(7),
);
if (bareResult) console.log(row('bare Fastify GET (same run, reference)', bareResult));
console.log(row('POST /api/v1/submissions, as fast as possible', result));
console.log(row('POST /api/v1/submissions, 1,000 req/s offered', sustained));
const ratio = bareResult
  ? (result.requests.average / bareResult.requests.average).toFixed(3)
  : 'not measured';
console.log(`\nsubmissions / bare Fastify: ${ratio}   stored: ${stored.rows[0]?.n} rows`);
const ok =
  sustained.requests.average >= 990 &&
  sustained.latency.p99 < 50 &&
  sustained.non2xx + sustained.errors === 0;
console.log(`target ≥ 1000 req/s at p99 < 50 ms: ${ok ? 'met' : 'NOT met'}`);
