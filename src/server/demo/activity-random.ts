import { createHash } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { addDays } from '../../core/booking/recurrence';
import { zonedInstant } from '../../core/time';
import type { Db } from '../db/client';

/**
 * The demo year's dice: a seeded PRNG (mulberry32), so the same "today" gives the same year of activity.
 * Nothing here is secret or random in the cryptographic sense; it only has to look like a year of service.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: string) {
    this.state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the items, by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** A count around `mean` (Poisson by multiplication; fine for the small means of a demo). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Minutes with a long tail: most near `typical`, some several times longer. */
  lognormalMinutes(typical: number, spread = 0.8): number {
    const u = Math.max(this.next(), 1e-9);
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(1, Math.round(typical * Math.exp(spread * z)));
  }
}

const MINUTE = 60_000;

const midnights = new Map<string, number>();

/**
 * An instant on a local day, minutes after its midnight. The midnight is worked out once per day and zone
 * (the zone's offset is slow to ask for thousands of times); the demo's zone keeps no summer time.
 */
export function localInstant(day: string, minutes: number, zone: string): Date {
  const key = `${zone}|${day}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    midnight = zonedInstant(day, '00:00:00.000', zone).getTime();
    midnights.set(key, midnight);
  }
  return new Date(midnight + minutes * MINUTE);
}

export const plusMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * MINUTE);

/** The local days of the demo year: the 365 days before today (today itself not included). */
export const yearDays = (today: string): string[] =>
  Array.from({ length: 365 }, (_, i) => addDays(today, i - 365));

/**
 * Inserts many rows of a table in a few statements: each chunk travels as one JSON parameter and is unpacked
 * by `json_to_recordset` (PGlite binds thousands of separate parameters slowly). Columns left out of the rows
 * take their defaults; the database checks every constraint as for any insert.
 */
export async function insertMany<T extends PgTable>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
  options: { chunk?: number; skipConflicts?: boolean } = {},
): Promise<void> {
  const chunk = options.chunk ?? 2000;
  const tail = sql.raw(options.skipConflicts ? ' on conflict do nothing' : '');
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table));
  const used = columns.filter(([key]) => rows.some((r) => (r as Record<string, unknown>)[key] !== undefined));
  const names = sql.raw(used.map(([, c]) => `"${c.name}"`).join(', '));
  const types = sql.raw(used.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  for (let i = 0; i < rows.length; i += chunk) {
    const json = JSON.stringify(
      rows.slice(i, i + chunk).map((r) => {
        const o: Record<string, unknown> = {};
        for (const [key, c] of used) o[c.name] = (r as Record<string, unknown>)[key] ?? null;
        return o;
      }),
    );
    await db.execute(
      sql`insert into ${table} (${names}) select ${names} from json_to_recordset(${json}::json) as x(${types})${tail}`,
    );
  }
}
