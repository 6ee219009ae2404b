import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './model';
import { gatedFigure, pinnedEntries, suppressLines, suppressTable, tableLines } from './suppression';

const MIN = 10;
const v = (f: Figure | undefined) => f?.value ?? null;

/** Counts as a statistics table has them: many empty and small cells, some large. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 4, arbitrary: fc.integer({ min: 10, max: 60 }) },
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

/** The table's entries as an attacker sees them: every line, and which entries are hidden. */
function attackerView(cells: number[][], min = MIN) {
  const out = suppressTable(cells, min);
  const { values, lines } = tableLines(cells);
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const fig = (i: number, j: number): Figure =>
    (i < rows && j < cols
      ? out.cells[i]?.[j]
      : i < rows
        ? out.rowTotals[i]
        : j < cols
          ? out.columnTotals[j]
          : out.total) as Figure;
  const hidden = new Map<string, string>();
  for (let i = 0; i <= rows; i++)
    for (let j = 0; j <= cols; j++) {
      const f = fig(i, j);
      if (f.value === null) hidden.set(`${i}:${j}`, f.hidden ?? '');
    }
  return { out, values, lines, hidden, fig };
}

describe('table suppression (rows × columns, both totals shown)', () => {
  it('may hide an empty cell beside a small one, and a shown total of 0 then gives away only that it is empty', () => {
    const { hidden, lines, fig } = attackerView([
      [1, 0, 0, 0, 0, 0],
      [10, 0, 0, 1, 0, 0],
      [10, 0, 10, 3, 7, 0],
    ]);
    expect(fig(0, 0).value).toBeNull();
    expect(fig(1, 3).value).toBeNull();
    expect(pinnedEntries(lines, hidden)).toEqual([]);
  });

  it('never lets an attacker who solves every row and column equation pin a hidden cell', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const { values, lines, hidden, fig } = attackerView(cells);
        // Every small count is hidden, every shown figure is true.
        for (const [k, val] of values) {
          const [i, j] = k.split(':').map(Number) as [number, number];
          const f = fig(i, j);
          if (val > 0 && val < MIN) expect(f.value).toBeNull();
          if (f.value !== null) expect(f.value).toBe(val);
        }
        for (const line of lines) {
          const entries = [...line.members, line.total];
          const h = entries.filter((k) => hidden.has(k));
          // No line with exactly one unknown in it: subtraction would give it.
          expect(h.length === 0 || h.length >= 2).toBe(true);
          // Where the total is shown, the hidden cells together are never a small group. (A shown total of 0
          // says its hidden cells are empty too, which names nobody: 0 is shown as 0 anyway.)
          if (!hidden.has(line.total) && h.length > 0 && (values.get(line.total) ?? 0) > 0) {
            const sum = line.members
              .filter((k) => hidden.has(k))
              .reduce((a, k) => a + (values.get(k) ?? 0), 0);
            expect(sum).toBeGreaterThanOrEqual(MIN);
          }
        }
        // Solving all the equations at once pins nothing down either.
        expect(pinnedEntries(lines, hidden)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('two blocks of hidden cells joined by one cell: the joining cell is hidden further, not given away', () => {
    // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 are small; cell (1,2) joins them.
    const cells = [
      [3, 4, 0, 0, 40],
      [4, 3, 5, 0, 40],
      [0, 0, 3, 4, 40],
      [0, 0, 4, 3, 40],
    ];
    const { lines, hidden } = attackerView(cells);
    expect(pinnedEntries(lines, hidden)).toEqual([]);
  });

  it('empty cells shown around a hidden one do not pin it: an empty cell is hidden too when nothing else is left', () => {
    // Found by the property above: with the zeros shown, the 1 in the second row could be solved for.
    const { lines, hidden } = attackerView([
      [0, 1, 0],
      [1, 1, 0],
      [10, 40, 10],
      [0, 10, 0],
    ]);
    expect(pinnedEntries(lines, hidden)).toEqual([]);
  });

  it('a differencing attack on a row fails: total minus the shown cells is not the small cell', () => {
    const cells = [[3, 25, 40, 0]];
    const { out } = attackerView(cells);
    expect(v(out.cells[0]?.[0])).toBeNull();
    const shown = (out.cells[0] ?? []).reduce((a, f) => a + (f.value ?? 0), 0);
    const left = (v(out.rowTotals[0]) ?? 0) - shown;
    expect(left).not.toBe(3);
    expect(left).toBeGreaterThanOrEqual(MIN);
    expect(v(out.cells[0]?.[3])).toBe(0);
  });

  it('a differencing attack on a column fails: the column total minus the other rows is not the small cell', () => {
    // Enterprise B has 3 people in the first band; A and C have many.
    const cells = [
      [30, 12, 20],
      [3, 15, 11],
      [40, 22, 18],
    ];
    const { out } = attackerView(cells);
    expect(out.cells[1]?.[0]).toEqual({ value: null, hidden: 'small' });
    const col = out.columnTotals[0]?.value;
    const others = [out.cells[0]?.[0], out.cells[2]?.[0]].map(v);
    // Either the total or one of the other rows is hidden too, and then the difference is no figure at all.
    expect(col === null || others.includes(null)).toBe(true);
    // And the row: B's total minus B's shown cells is not 3 either.
    const rowShown = (out.cells[1] ?? []).reduce((a, f) => a + (f.value ?? 0), 0);
    expect(out.rowTotals[1]?.value === null || (out.rowTotals[1]?.value ?? 0) - rowShown !== 3).toBe(true);
  });

  it('a small row total is hidden, and so is another row total so the grand total does not give it away', () => {
    const cells = [
      [2, 1],
      [30, 20],
      [25, 25],
    ];
    const { out } = attackerView(cells);
    expect(out.rowTotals[0]).toEqual({ value: null, hidden: 'small' });
    expect(out.rowTotals.filter((f) => f.value === null).length).toBeGreaterThanOrEqual(2);
  });

  it('shows everything when every group is large enough, zeros included', () => {
    const out = suppressTable([
      [10, 0],
      [12, 30],
    ]);
    expect(out.cells.flat().every((f) => f.hidden === null)).toBe(true);
    expect(out.total.value).toBe(52);
  });

  it('keeps what is hidden one level up hidden (forced), and protects it like a small one', () => {
    const out = suppressTable([[20, 30]], MIN, { forced: new Map([['0:2', 'complement' as const]]) });
    // The row total is hidden: one of its cells must go too, or the total is their sum.
    expect(out.rowTotals[0]?.value).toBeNull();
    expect(out.cells[0]?.filter((f) => f.value === null).length).toBeGreaterThanOrEqual(1);
  });
});

describe('a period value and its trend', () => {
  it('hides the period value when the trend buckets would add up to it', () => {
    // Buckets 12 and 3: the 3 is hidden; shown 12 and the total 15 would give it back.
    const values = new Map([
      ['total', 15],
      ['d1', 12],
      ['d2', 3],
    ]);
    const hidden = suppressLines({ values, lines: [{ total: 'total', members: ['d1', 'd2'] }], min: MIN });
    expect(hidden.get('d2')).toBe('small');
    expect(hidden.size).toBeGreaterThanOrEqual(2);
    expect(pinnedEntries([{ total: 'total', members: ['d1', 'd2'] }], hidden)).toEqual([]);
  });
});

describe('medians, shares and ratings', () => {
  it('are shown only over a group of at least the minimum', () => {
    expect(gatedFigure(4.5, 9)).toEqual({ value: null, hidden: 'small' });
    expect(gatedFigure(4.5, 10)).toEqual({ value: 4.5, hidden: null });
    expect(gatedFigure(null, 0)).toEqual({ value: null, hidden: null });
  });
});
