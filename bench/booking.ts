// `npm run bench` (third part): counselling on a PostgreSQL server.
//  1. Slot search: GET /api/v1/service-points/:id/slots over four weeks for each of the city's service points
//     (and the nearest-first list), 50 connections — target p99 < 50 ms.
//  2. A rush: 200 clients at once, each booking one of 100 slots (trying them in its own random order until
//     one is theirs or none are left) — target exactly 100 bookings and no 5xx; prints bookings per second.
import autocannon from 'autocannon';
import { hashRetrievalCode, newRetrievalCode } from '../src/core/instruments/retrieval-code';
import { buildApp } from '../src/server/app';
import { generateOpenSlots } from '../src/server/booking/slot-generation';
import { systemClock } from '../src/server/http/request-context';
import { RecordingSmsSender } from '../src/server/sms/sender';
import { benchDatabase } from './server-database';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const { config, database, cipher, drop } = await benchDatabase();
const sql = (text: string, values: unknown[] = []) => database.executeSql(text, values);

// More duty for the rush: one counsellor on weekday daytime at the roadside station, 50-minute slots.
const [liu] = (await sql("select id, tenant_id from users where login = 'demo-counsellor-liu'")).rows as {
  id: string;
  tenant_id: string;
}[];
const [roadside] = (await sql("select id from service_points where kind = 'roadside_station'")).rows as {
  id: string;
}[];
await sql(
  `insert into duty_rosters (tenant_id, service_point_id, counsellor_id, rule, start_time, end_time, valid_from,
     slot_minutes, buffer_minutes, modes)
   values ($1, $2, $3, '{"freq":"weekly","weekdays":[1,2,3,4]}', '08:00', '18:00', $4, 50, 10, '{in_person}')`,
  [liu?.tenant_id, roadside?.id, liu?.id, new Date().toISOString().slice(0, 10)],
);
await generateOpenSlots(database.db, {}, new Date());

const sms = new RecordingSmsSender();
const app = await buildApp({ config, database, cipher, clock: systemClock, sms }, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// 1. Slot search.
const points = (
  (await (await fetch(`${base}/api/v1/service-points`)).json()) as { servicePoints: { id: string }[] }
).servicePoints;
const slotCounts = await Promise.all(
  points.map(
    async (p) =>
      ((await (await fetch(`${base}/api/v1/service-points/${p.id}/slots`)).json()) as { slots: unknown[] })
        .slots.length,
  ),
);
const searchRequests = [
  ...points.map((p) => ({ method: 'GET' as const, path: `/api/v1/service-points/${p.id}/slots` })),
  { method: 'GET' as const, path: '/api/v1/service-points?near=33.9601,116.7985' },
];
const search = (duration: number) =>
  autocannon({ url: base, connections: 50, duration, workers: 1, requests: searchRequests });
await search(2); // warm-up
const searched = await search(seconds);

// 2. The rush.
const [tenant] = (await sql("select id from tenants where slug <> 'platform' limit 1")).rows as {
  id: string;
}[];
const codes = Array.from({ length: 200 }, () => newRetrievalCode());
for (const code of codes)
  await sql('insert into retrieval_identities (tenant_id, code_hash) values ($1, $2)', [
    tenant?.id,
    hashRetrievalCode(code),
  ]);
// The rush is on the roadside station, which the extra duty above gives well over 100 open slots.
const slotsUrl = `${base}/api/v1/service-points/${roadside?.id}/slots`;
const openNow = async () =>
  ((await (await fetch(slotsUrl)).json()) as { slots: { id: string; modes: string[] }[] }).slots;
const targets = (await openNow()).slice(0, 100);
if (targets.length < 100) throw new Error(`only ${targets.length} open slots to book`);
const targetIds = new Set(targets.map((t) => t.id));
const statuses = new Map<number, number>();
const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
// Each client behaves like the worker app: pick a free time from the list; when someone else got it first
// (409 slot_taken), fetch the list again and pick another, until it has one or none of the 100 are left.
const started = performance.now();
await Promise.all(
  codes.map(async (retrievalCode) => {
    let list = targets;
    for (;;) {
      const slot = list[Math.floor(Math.random() * list.length)];
      if (!slot) return;
      const res = await fetch(`${base}/api/v1/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          slot: slot.id,
          topic: 'work',
          mode: slot.modes[0],
          retrievalCode,
          consent: true,
        }),
      });
      count(res.status);
      await res.arrayBuffer();
      if (res.status !== 409) return;
      list = (await openNow()).filter((s) => targetIds.has(s.id));
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
const live = Number(
  (
    await sql(
      "select count(*)::int as n from bookings where status <> 'cancelled' and slot_id = any($1::uuid[])",
      [targets.map((t) => t.id)],
    )
  ).rows[0]?.n,
);
const doubled = Number(
  (
    await sql(
      "select count(*)::int as n from (select slot_id from bookings where status <> 'cancelled' group by slot_id having count(*) > 1) d",
    )
  ).rows[0]?.n,
);
await app.close();
await drop();

const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
console.log(`\nCounselling on PostgreSQL — ${seconds} s of slot search, then a rush of 200 bookers\n`);
console.log(
  `slot search (${points.length} points, ${slotCounts.reduce((a, b) => a + b, 0)} open slots over four weeks, 50 connections):`,
);
console.log(
  `  ${searched.requests.average.toFixed(0)} req/s, p50 ${searched.latency.p50} ms, p99 ${searched.latency.p99} ms, errors ${searched.non2xx + searched.errors}`,
);
console.log(
  `rush: ${requests} requests in ${elapsed.toFixed(2)} s (${(requests / elapsed).toFixed(0)} req/s), ` +
    `${live} bookings = ${(live / elapsed).toFixed(0)} bookings/s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
);
const searchOk = searched.latency.p99 < 50 && searched.non2xx + searched.errors === 0;
const rushOk = live === 100 && doubled === 0 && fivexx === 0;
console.log(`target slot search p99 < 50 ms: ${searchOk ? 'met' : 'NOT met'}`);
console.log(`target exactly 100 bookings, no double booking, no 5xx: ${rushOk ? 'met' : 'NOT met'}`);
