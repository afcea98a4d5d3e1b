/**
 * Re-inject (docs/WORKBOOK.md, "Re-inject"): the catalog's cells are rewritten, every value the user typed is kept.
 * Pure: given a planned table and what the workbook's table holds (read by the renderer: headers,
 * and for each row the key, input, computed and user cells), returns the table to write and a report
 * of every case the user should hear about.
 *
 * - Rows are matched by key (the ID, or the key columns joined by "|"), never by position, so a
 *   catalog that gained, lost or reordered entries keeps each actual with its indicator.
 * - Input columns take the user's cell (a value, or the formula they typed) where it is not blank.
 * - A constant typed into a computed column (缺口 12345, 状态 "人工判定：已达标") is kept in place of
 *   the formula and reported; formulas there are ours and are rewritten.
 * - A planned column missing from the table under its own header but present under a longer one
 *   (实际值 → 实际值（亿元）) is recognised as renamed: its cells stay in the planned column (the
 *   one the formulas read) and the rename is reported. Otherwise the user's column is kept as is.
 * - Columns the user added to the table are kept, after the planned ones, with their cells by key.
 * - A row whose key appears again (a copied row), a row with no key, and a row no longer in the
 *   catalog are kept at the end with their typed cells when they hold any, and reported.
 * - A table with no catalog rows (the application calculator) keeps the user's rows in their order.
 */
import type { CellValue, ColumnPlan, DualFormula, RowPlan, TablePlan } from "./plan";

/** A cell as read from the sheet: a value, or the formula the user typed. */
export type ReadCell = CellValue | { formula: string };

export interface ExistingTable {
  headers: string[];
  /** Cells by header, for the headers that were read (key, input, computed and user columns). */
  rows: Record<string, ReadCell>[];
}

/** A typed constant kept in a computed column instead of the formula. */
export interface KeptComputed {
  key: string;
  header: string;
  value: CellValue;
}

export interface MergeReport {
  /** Typed cells carried over. */
  kept: number;
  /** Keys of rows kept although the catalog no longer has them ("" for a row with no key). */
  orphans: string[];
  /** Keys of extra rows kept because a user copied a row (the same key appears again). */
  duplicates: string[];
  /** Headers of columns the user added. */
  userColumns: string[];
  /** Planned columns found under a header the user changed; their cells stay in the planned column. */
  renamed: { from: string; to: string }[];
  /** Constants typed into computed columns, kept instead of the formula. */
  computedKept: KeptComputed[];
}

export function emptyMergeReport(): MergeReport {
  return { kept: 0, orphans: [], duplicates: [], userColumns: [], renamed: [], computedKept: [] };
}

export function isBlankCell(c: ReadCell | undefined): boolean {
  return c === undefined || c === null || c === "";
}

export function isFormulaCell(c: ReadCell | undefined): c is { formula: string } {
  return typeof c === "object" && c !== null && "formula" in c;
}

export function keyHeaders(table: Pick<TablePlan, "keyColumn" | "keyColumns">): string[] {
  return table.keyColumns?.length ? table.keyColumns : [table.keyColumn];
}

export function rowKey(table: Pick<TablePlan, "keyColumn" | "keyColumns">, values: Record<string, unknown>): string {
  return keyHeaders(table)
    .map((h) => {
      const v = values[h];
      return v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    })
    .join("|");
}

/** Header text compared loosely: no spaces, full-width brackets as ASCII, case ignored. */
function norm(h: string): string {
  return h.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").toLowerCase();
}

/**
 * Planned headers missing from the table that the user renamed: planned header → existing header.
 * A missing planned header matches an unplanned existing header that begins with it or contains it
 * (实际值 → 实际值（亿元）, 缺口 → 缺口(万元)), when exactly one does and no other planned header
 * claims it.
 */
export function renamedHeaders(
  table: Pick<TablePlan, "columns">,
  existingHeaders: readonly string[],
): Map<string, string> {
  const planned = new Set(table.columns.map((c) => c.header));
  const present = new Set(existingHeaders);
  const free = existingHeaders.filter((h) => h && !planned.has(h));
  const claims = new Map<string, string[]>();
  for (const c of table.columns) {
    if (present.has(c.header) || !c.header) continue;
    const p = norm(c.header);
    const hits = free.filter((u) => norm(u).includes(p));
    if (hits.length === 1) claims.set(c.header, [...(claims.get(c.header) ?? []), hits[0]]);
  }
  const byExisting = new Map<string, string[]>();
  for (const [p, [u]] of claims) byExisting.set(u, [...(byExisting.get(u) ?? []), p]);
  const out = new Map<string, string>();
  for (const [u, ps] of byExisting) if (ps.length === 1) out.set(ps[0], u);
  return out;
}

/** The headers the renderer must read from an existing table to merge it. */
export function headersToRead(table: TablePlan, existingHeaders: readonly string[]): string[] {
  const planned = new Set(table.columns.map((c) => c.header));
  const wanted = table.columns.filter((c) => c.role !== "catalog").map((c) => c.header);
  const user = existingHeaders.filter((h) => !planned.has(h));
  return [...new Set([...keyHeaders(table), ...wanted, ...user])].filter((h) => existingHeaders.includes(h));
}

function isDualFormula(v: unknown): v is DualFormula {
  return typeof v === "object" && v !== null && "addin" in v;
}

function asPlanValue(c: ReadCell): CellValue | DualFormula {
  if (isFormulaCell(c)) return { addin: c.formula, portable: c.formula };
  return c;
}

export function mergeTable(table: TablePlan, existing: ExistingTable): { table: TablePlan; report: MergeReport } {
  const planned = new Set(table.columns.map((c) => c.header));
  const alias = renamedHeaders(table, existing.headers);
  const aliased = new Set(alias.values());
  const userColumns = existing.headers.filter((h) => h && !planned.has(h) && !aliased.has(h));
  const report: MergeReport = { ...emptyMergeReport(), userColumns };
  for (const [to, from] of alias) report.renamed.push({ from, to });
  const src = (h: string) => alias.get(h) ?? h;
  const has = (h: string) => existing.headers.includes(src(h));
  const inputs = table.columns.filter((c) => c.role === "input" && has(c.header)).map((c) => c.header);
  // The key columns are what rows are matched by (the calculator's 序号 is computed from the row).
  const keys = new Set(keyHeaders(table));
  const computed = table.columns
    .filter((c) => c.role === "computed" && !keys.has(c.header) && has(c.header))
    .map((c) => c.header);
  const carried = [...inputs, ...userColumns];
  const cell = (row: Record<string, ReadCell>, h: string) => row[src(h)];

  /** The typed cells of a row, by planned or user header: inputs, user columns, constants in computed columns. */
  const typed = (
    row: Record<string, ReadCell>,
    key: string,
    plan?: RowPlan,
  ): Record<string, CellValue | DualFormula> => {
    const out: Record<string, CellValue | DualFormula> = {};
    for (const h of carried) if (!isBlankCell(cell(row, h))) out[h] = asPlanValue(cell(row, h));
    for (const h of computed) {
      const c = cell(row, h);
      if (isBlankCell(c) || isFormulaCell(c)) continue;
      // Where the catalog itself puts a constant (a text target's 状态), that constant is the catalog's;
      // anything else there was typed.
      const mine = plan?.values[h];
      if (mine !== undefined && !isDualFormula(mine) && mine === c) continue;
      out[h] = c as CellValue;
      report.computedKept.push({ key, header: h, value: c as CellValue });
    }
    return out;
  };
  const columns: ColumnPlan[] = [
    ...table.columns,
    ...userColumns.map((header): ColumnPlan => ({ header, role: "input" })),
  ];

  // The calculator: the user's rows, in order (its key column is computed from the position).
  if (table.rows.length === 0) {
    const rows: RowPlan[] = [];
    for (const row of existing.rows) {
      const values = typed(row, String(rows.length + 1));
      const n = Object.keys(values).length;
      if (!n) continue;
      report.kept += n;
      rows.push({ key: String(rows.length + 1), values });
    }
    const blank = Math.max(0, (table.blankRows ?? 0) - rows.length);
    return { table: { ...table, columns, rows, blankRows: Math.max(blank, 5) }, report };
  }

  const first = new Map<string, Record<string, ReadCell>>();
  const extra: { key: string; row: Record<string, ReadCell> }[] = [];
  for (const row of existing.rows) {
    const keyRow: Record<string, ReadCell> = {};
    for (const h of keyHeaders(table)) keyRow[h] = cell(row, h) ?? null;
    const k = rowKey(table, keyRow);
    const blankKey = k.replace(/\|/g, "") === "";
    if (!blankKey && !first.has(k)) first.set(k, row);
    else extra.push({ key: k, row });
  }
  const rows: RowPlan[] = table.rows.map((r) => {
    const old = first.get(r.key);
    if (!old) return r;
    first.delete(r.key);
    const t = typed(old, r.key, r);
    report.kept += Object.keys(t).length;
    return { key: r.key, values: { ...r.values, ...t } };
  });
  // Rows not (or no longer) in the catalog, then copies and rows without a key: kept when typed in.
  const leftovers = [
    ...[...first].map(([key, row]) => ({ key, row, dup: false })),
    ...extra.map((e) => ({ ...e, dup: true })),
  ];
  for (const { key, row, dup } of leftovers) {
    const t = typed(row, key);
    const n = Object.keys(t).length;
    if (!n) continue;
    const values: RowPlan["values"] = {};
    for (const h of keyHeaders(table)) values[h] = asPlanValue(cell(row, h) ?? null);
    Object.assign(values, t);
    report.kept += n;
    if (dup && key.replace(/\|/g, "") !== "") report.duplicates.push(key);
    else report.orphans.push(key);
    rows.push({ key, values });
  }
  return { table: { ...table, columns, rows }, report };
}
