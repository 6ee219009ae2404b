/**
 * A short-lived cache of slot searches. Workers looking for a time all ask the same few questions (this
 * station, the next four weeks); answering each from the database costs more than the answer is worth when
 * nothing changed. Entries live two seconds and any booking, cancellation or roster change made through this
 * process empties the cache, so a list is at most two seconds stale across processes — and the booking
 * itself is always decided by PostgreSQL, which answers `slot_taken` if the slot went in between.
 */
export class SlotSearchCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>();
  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 1_000,
  ) {}

  /** The cached answer, or one load shared by every request that asks while it runs (no stampede). */
  get(key: string, now: number, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    const entry = { expires: now + this.ttlMs, value };
    this.entries.set(key, entry);
    // A failed load is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
