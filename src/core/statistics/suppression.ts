/**
 * Small-group suppression for an enterprise's check-up report. The enterprise sees how many people took part
 * and how many fell in each band, never a group so small that someone could be recognised in it: a cell under
 * the minimum group size is hidden, and when the row's total is shown, enough further cells are hidden that
 * the hidden ones cannot be worked out by subtracting the shown ones from the total (complementary
 * suppression: at least two hidden cells, their sum itself at least the minimum).
 */
export const DEFAULT_MIN_GROUP_SIZE = 10;

export interface CountCell {
  key: string;
  count: number;
}

export interface ShownCell {
  key: string;
  /** null: hidden because the group is small (or could be worked out from a small one). */
  count: number | null;
}

export interface SuppressedRow {
  /** null when the whole row is under the minimum: then no cell is shown either. */
  total: number | null;
  cells: ShownCell[];
  suppressed: boolean;
}

export function suppressRow(cells: readonly CountCell[], min = DEFAULT_MIN_GROUP_SIZE): SuppressedRow {
  const total = cells.reduce((a, c) => a + c.count, 0);
  if (total < min) {
    return { total: null, cells: cells.map((c) => ({ key: c.key, count: null })), suppressed: total > 0 };
  }
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < min).map((c) => c.key));
  // Hiding one cell alone is no use while the total is shown; and the hidden cells together must be a group
  // of at least the minimum, or their sum (total minus the shown) would give the small one away. Add the
  // smallest cells that hold someone until that is so; an empty cell says nothing more when hidden.
  const hiddenSum = () => cells.filter((c) => hidden.has(c.key)).reduce((a, c) => a + c.count, 0);
  if (hidden.size > 0) {
    const candidates = cells
      .filter((c) => c.count > 0 && !hidden.has(c.key))
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key));
    for (const c of candidates) {
      if (hidden.size >= 2 && hiddenSum() >= min) break;
      hidden.add(c.key);
    }
  }
  return {
    total,
    cells: cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count })),
    suppressed: hidden.size > 0,
  };
}

/** A head count on its own (people who took part): shown only from the minimum up. */
export const suppressCount = (n: number, min = DEFAULT_MIN_GROUP_SIZE): number | null => (n < min ? null : n);
