import type { Db } from './client';

const cache = new WeakMap<Db, Map<string, unknown>>();

/**
 * A hot query prepared once per database handle: on a PostgreSQL server a named statement is parsed and
 * planned once per connection instead of on every request (planning was most of a slot search's time).
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (!statement) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
