/**
 * A table's columns from its header list and one definition per header. The header list lays the
 * table out (TableLayout); the definitions say what each column is. A header nobody defined is an
 * error naming it, never a default column: adding a header means defining its column (see
 * docs/WORKBOOK.md for the tables and their headers).
 */
import { PlanError } from "./errors";
import type { ColumnPlan, SheetPlan } from "./plan";

/** The error for a header the builder of `table` does not know. */
export function unknownColumn(table: string, header: string): PlanError {
  return new PlanError(
    `“${table}”表不认识列“${header}”：请在表的生成代码中定义此列`,
    `the ${table} table does not know the column "${header}": define it where the table is built`,
  );
}

/**
 * The definitions in header order. A header without a definition, or a definition under no header
 * (it would be written without a place in the layout), is a PlanError naming the header.
 */
export function columnsOf(table: string, headers: readonly string[], defs: readonly ColumnPlan[]): ColumnPlan[] {
  const byHeader = new Map(defs.map((d) => [d.header, d]));
  const listed = new Set(headers);
  for (const d of defs) if (!listed.has(d.header)) throw unknownColumn(table, d.header);
  return headers.map((h) => {
    const d = byHeader.get(h);
    if (!d) throw unknownColumn(table, h);
    return d;
  });
}

/**
 * Every row value of every table stands under one of the table's headers: a value under a header
 * the table does not have would be dropped by the renderers, so it is a PlanError naming it.
 */
export function checkRowValues(sheets: readonly SheetPlan[]): void {
  for (const sheet of sheets)
    for (const t of sheet.tables) {
      const headers = new Set(t.columns.map((c) => c.header));
      for (const row of t.rows)
        for (const h of Object.keys(row.values)) if (!headers.has(h)) throw unknownColumn(sheet.name, h);
    }
}
