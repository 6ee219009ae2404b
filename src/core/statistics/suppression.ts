import type { Figure, Hidden } from './model';

/**
 * Small-group suppression (issue 8). A count under the minimum group size is hidden ('small'; 0 is shown: an
 * empty cell names nobody), and wherever a total is shown, further cells are hidden ('complement') so that no
 * hidden one can be worked out by subtracting shown cells from a shown total: in every line (a row with its
 * total, a column with its total, a trend with the period's value) either nothing is hidden or at least two
 * entries are, and the hidden cells of a line whose total is shown hold at least the minimum together (else
 * their sum, total minus the shown, would itself be a small group given away). The rules are applied to a fixed
 * point, smallest cells first; then, for tables small enough, an exact check solves every line's equation as an
 * attacker would and hides more while any hidden entry is still pinned down (two blocks of hidden cells joined
 * by one cell can satisfy "two per line" and still give that cell away).
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

/** One row with its total (an enterprise's check-up report). */
export function suppressRow(cells: readonly CountCell[], min = DEFAULT_MIN_GROUP_SIZE): SuppressedRow {
  const total = cells.reduce((a, c) => a + c.count, 0);
  if (total < min) {
    return { total: null, cells: cells.map((c) => ({ key: c.key, count: null })), suppressed: total > 0 };
  }
  const values = new Map(cells.map((c) => [c.key, c.count]));
  values.set('\u0000total', total);
  const hidden = suppressLines({
    values,
    lines: [{ total: '\u0000total', members: cells.map((c) => c.key) }],
    min,
  });
  return {
    total,
    cells: cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count })),
    suppressed: hidden.size > 0,
  };
}

/** A head count on its own (people who took part): shown only from the minimum up. */
export const suppressCount = (n: number, min = DEFAULT_MIN_GROUP_SIZE): number | null => (n < min ? null : n);

/** A linear relation the reader knows: the members add up to the total. */
export interface Line {
  total: string;
  members: readonly string[];
}

export interface LinesInput {
  /** Every entry's count, totals included. */
  values: ReadonlyMap<string, number>;
  lines: readonly Line[];
  min: number;
  /** Entries already hidden elsewhere (a figure hidden in the answer one level up stays hidden here). */
  forced?: ReadonlyMap<string, Exclude<Hidden, null>>;
  /** Entries that may be hidden only as a last resort (the totals a table is read by). */
  preferShown?: ReadonlySet<string>;
  /**
   * Entries that stay shown whatever happens (a total the reader already has from another answer, or a
   * remainder the table does not show but a reader might know): the others are hidden around them.
   */
  fixedShown?: ReadonlySet<string>;
  /** Up to how many hidden entries the exact check runs (it is cubic). */
  exactLimit?: number;
}

/** Which entries to hide and why. */
export function suppressLines(input: LinesInput): Map<string, Exclude<Hidden, null>> {
  const { values, lines, min } = input;
  const hidden = new Map<string, Exclude<Hidden, null>>(input.forced ?? []);
  const value = (k: string) => values.get(k) ?? 0;
  const fixed = input.fixedShown ?? new Set<string>();
  for (const [k, v] of values)
    if (v > 0 && v < min && !hidden.has(k) && !fixed.has(k)) hidden.set(k, 'small');
  const prefer = input.preferShown ?? new Set<string>();
  // Candidates to hide next in a line: shown entries holding someone, members before totals, smallest first.
  const candidates = (line: Line) =>
    [...line.members, line.total]
      .filter((k) => !hidden.has(k) && !fixed.has(k) && value(k) > 0)
      .sort(
        (a, b) =>
          Number(prefer.has(a) || a === line.total) - Number(prefer.has(b) || b === line.total) ||
          value(a) - value(b) ||
          a.localeCompare(b),
      );
  const fixLine = (line: Line): boolean => {
    let changed = false;
    for (;;) {
      const entries = [...line.members, line.total];
      const hiddenEntries = entries.filter((k) => hidden.has(k));
      const hiddenMembersSum = line.members.filter((k) => hidden.has(k)).reduce((a, k) => a + value(k), 0);
      const one = hiddenEntries.length === 1;
      const smallSum = !hidden.has(line.total) && hiddenEntries.length > 0 && hiddenMembersSum < min;
      if (!one && !smallSum) return changed;
      const next = candidates(line)[0];
      if (next === undefined) return changed;
      hidden.set(next, 'complement');
      changed = true;
    }
  };
  const fixedPoint = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) if (fixLine(line)) changed = true;
    }
  };
  fixedPoint();
  const limit = input.exactLimit ?? 400;
  for (;;) {
    if (hidden.size > limit) break;
    const pinned = pinnedEntries(lines, hidden);
    if (pinned.length === 0) break;
    // Hide the smallest shown entry of a line through the first pinned one; the rules then run again.
    const through = lines.filter((l) => l.total === pinned[0] || l.members.includes(pinned[0] as string));
    const next = through.flatMap(candidates).sort((a, b) => value(a) - value(b))[0];
    if (next === undefined) break;
    hidden.set(next, 'complement');
    fixedPoint();
  }
  return hidden;
}

/**
 * The hidden entries an attacker who knows every shown entry and every line's equation can solve for exactly:
 * the unknowns whose unit vector lies in the row space of the equations (a pivot row of the reduced matrix
 * with no other unknown in it).
 */
export function pinnedEntries(lines: readonly Line[], hidden: ReadonlyMap<string, unknown>): string[] {
  const unknowns = [...hidden.keys()];
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const line of lines) {
    const r = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const m of line.members) {
      const i = index.get(m);
      if (i !== undefined) {
        r[i] = (r[i] ?? 0) + 1;
        any = true;
      }
    }
    const t = index.get(line.total);
    if (t !== undefined) {
      r[t] = (r[t] ?? 0) - 1;
      any = true;
    }
    if (any) rows.push(r);
  }
  const n = unknowns.length;
  const eps = 1e-9;
  let rank = 0;
  const pivotOf: number[] = [];
  for (let c = 0; c < n && rank < rows.length; c++) {
    let p = -1;
    for (let r = rank; r < rows.length; r++) if (Math.abs(rows[r]?.[c] ?? 0) > eps) p = r;
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p] as number[], rows[rank] as number[]];
    const pr = rows[rank] as number[];
    const pv = pr[c] as number;
    for (let j = 0; j < n; j++) pr[j] = (pr[j] as number) / pv;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as number[];
      if (r === rank || Math.abs(row[c] as number) < eps) continue;
      const f = row[c] as number;
      for (let j = 0; j < n; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
    }
    pivotOf[rank] = c;
    rank++;
  }
  const pinned: string[] = [];
  for (let r = 0; r < rank; r++) {
    const row = rows[r] as number[];
    const nonZero = row.filter((x) => Math.abs(x) > eps).length;
    if (nonZero === 1) pinned.push(unknowns[pivotOf[r] as number] as string);
  }
  return pinned;
}

export interface SuppressedTable {
  cells: Figure[][];
  rowTotals: Figure[];
  columnTotals: Figure[];
  total: Figure;
}

const figure = (v: number, why: Exclude<Hidden, null> | undefined): Figure =>
  why ? { value: null, hidden: why } : { value: v, hidden: null };

/**
 * A table of rows × columns shown with its row totals, its column totals and the grand total: cells under the
 * minimum hidden, then complementary cells in every row and column (the totals take part as cells of the total
 * row and column, so a small row total cannot be recovered from the grand total either).
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  min = DEFAULT_MIN_GROUP_SIZE,
  options: { forced?: ReadonlyMap<string, Exclude<Hidden, null>> } = {},
): SuppressedTable {
  const { values, lines, totals } = tableLines(cells);
  const hidden = suppressLines({ values, lines, min, forced: options.forced, preferShown: totals });
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const at = (i: number, j: number) => `${i}:${j}`;
  return {
    cells: cells.map((row, i) => row.map((v, j) => figure(v, hidden.get(at(i, j))))),
    rowTotals: cells.map((_, i) => figure(values.get(at(i, cols)) ?? 0, hidden.get(at(i, cols)))),
    columnTotals: Array.from({ length: cols }, (_, j) =>
      figure(values.get(at(rows, j)) ?? 0, hidden.get(at(rows, j))),
    ),
    total: figure(values.get(at(rows, cols)) ?? 0, hidden.get(at(rows, cols))),
  };
}

/** The entries ("row:col", totals at index rows / cols) and lines of a table with both margins. */
export function tableLines(cells: readonly (readonly number[])[]) {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const at = (i: number, j: number) => `${i}:${j}`;
  const values = new Map<string, number>();
  const lines: Line[] = [];
  const totals = new Set<string>();
  let grand = 0;
  const colSums = new Array<number>(cols).fill(0);
  cells.forEach((row, i) => {
    let sum = 0;
    row.forEach((v, j) => {
      values.set(at(i, j), v);
      sum += v;
      colSums[j] = (colSums[j] ?? 0) + v;
    });
    values.set(at(i, cols), sum);
    totals.add(at(i, cols));
    grand += sum;
    lines.push({ total: at(i, cols), members: row.map((_, j) => at(i, j)) });
  });
  for (let j = 0; j <= cols; j++) {
    if (j < cols) {
      values.set(at(rows, j), colSums[j] ?? 0);
      totals.add(at(rows, j));
    }
    lines.push({ total: at(rows, j), members: cells.map((_, i) => at(i, j)) });
  }
  values.set(at(rows, cols), grand);
  totals.add(at(rows, cols));
  lines.push({ total: at(rows, cols), members: Array.from({ length: cols }, (_, j) => at(rows, j)) });
  return { values, lines, totals };
}

/** A median, share or rating: shown only when the count it is computed over reaches the minimum. */
export const gatedFigure = (value: number | null, base: number, min = DEFAULT_MIN_GROUP_SIZE): Figure =>
  value === null
    ? { value: null, hidden: null }
    : base < min
      ? { value: null, hidden: 'small' }
      : { value, hidden: null };
