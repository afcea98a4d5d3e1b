/**
 * Re-inject (SPEC §1): the catalog's cells are rewritten, every value the user typed is kept. Pure:
 * given a planned table and what the workbook's table holds (read by the renderer: headers, and for
 * each row the key and the input cells), returns the table to write.
 *
 * - Rows are matched by key (the ID, or the key columns joined by "|"), never by position, so a
 *   catalog that gained, lost or reordered entries keeps each actual with its indicator.
 * - Input columns take the user's cell (a value, or the formula they typed) where it is not blank.
 * - Columns the user added to the table are kept, after the planned ones, with their cells by key.
 * - Rows no longer in the catalog (or added by the user) that hold any typed value are kept at the
 *   end with their key and typed cells, so nothing typed is lost.
 * - A table with no catalog rows (the application calculator) keeps the user's rows in their order.
 */
import type { CellValue, ColumnPlan, DualFormula, RowPlan, TablePlan } from "./plan";

/** A cell as read from the sheet: a value, or the formula the user typed. */
export type ReadCell = CellValue | { formula: string };

export interface ExistingTable {
  headers: string[];
  /** Cells by header, for the headers that were read (the key columns, inputs, user columns). */
  rows: Record<string, ReadCell>[];
}

export interface MergeReport {
  /** Typed cells carried over. */
  kept: number;
  /** Keys of rows kept although the catalog no longer has them. */
  orphans: string[];
  /** Headers of columns the user added. */
  userColumns: string[];
}

export function isBlankCell(c: ReadCell | undefined): boolean {
  return c === undefined || c === null || c === "";
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

/** The headers the renderer must read from an existing table to merge it. */
export function headersToRead(table: TablePlan, existingHeaders: readonly string[]): string[] {
  const planned = new Set(table.columns.map((c) => c.header));
  const inputs = table.columns.filter((c) => c.role === "input").map((c) => c.header);
  const user = existingHeaders.filter((h) => !planned.has(h));
  return [...new Set([...keyHeaders(table), ...inputs, ...user])].filter((h) => existingHeaders.includes(h));
}

function asPlanValue(c: ReadCell): CellValue | DualFormula {
  if (c !== null && typeof c === "object" && "formula" in c) return { addin: c.formula, portable: c.formula };
  return c;
}

export function mergeTable(table: TablePlan, existing: ExistingTable): { table: TablePlan; report: MergeReport } {
  const planned = new Set(table.columns.map((c) => c.header));
  const inputs = table.columns.filter((c) => c.role === "input").map((c) => c.header);
  const userColumns = existing.headers.filter((h) => h && !planned.has(h));
  const carried = [...inputs.filter((h) => existing.headers.includes(h)), ...userColumns];
  const report: MergeReport = { kept: 0, orphans: [], userColumns };

  const typed = (row: Record<string, ReadCell>) => carried.filter((h) => !isBlankCell(row[h]));
  const columns: ColumnPlan[] = [
    ...table.columns,
    ...userColumns.map((header): ColumnPlan => ({ header, role: "input" })),
  ];

  // The calculator: the user's rows, in order (its key column is computed from the position).
  if (table.rows.length === 0) {
    const rows: RowPlan[] = [];
    for (const row of existing.rows) {
      const hs = typed(row);
      if (!hs.length) continue;
      const values: RowPlan["values"] = {};
      for (const h of hs) values[h] = asPlanValue(row[h]);
      report.kept += hs.length;
      rows.push({ key: String(rows.length + 1), values });
    }
    const blank = Math.max(0, (table.blankRows ?? 0) - rows.length);
    return { table: { ...table, columns, rows, blankRows: Math.max(blank, 5) }, report };
  }

  const byKey = new Map<string, Record<string, ReadCell>>();
  for (const row of existing.rows) {
    const k = rowKey(table, row);
    if (k.replace(/\|/g, "") !== "" && !byKey.has(k)) byKey.set(k, row);
  }
  const rows: RowPlan[] = table.rows.map((r) => {
    const old = byKey.get(r.key);
    if (!old) return r;
    byKey.delete(r.key);
    const values = { ...r.values };
    for (const h of typed(old)) {
      values[h] = asPlanValue(old[h]);
      report.kept++;
    }
    return { key: r.key, values };
  });
  for (const [k, old] of byKey) {
    const hs = typed(old);
    if (!hs.length) continue;
    const values: RowPlan["values"] = {};
    for (const h of keyHeaders(table)) values[h] = asPlanValue(old[h] ?? null);
    for (const h of hs) values[h] = asPlanValue(old[h]);
    report.kept += hs.length;
    report.orphans.push(k);
    rows.push({ key: k, values });
  }
  return { table: { ...table, columns, rows }, report };
}
