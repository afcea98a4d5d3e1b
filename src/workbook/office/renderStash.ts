/**
 * The re-inject safety copy. Excel runs a batch's operations in order and stops at the first that
 * fails, keeping what ran before (office.js has no transaction: see "Excel JavaScript API: error
 * handling", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 * A re-inject must clear our old tables before it writes the new ones, so a failure in between
 * would lose what the user typed. Before anything is cleared, the renderer therefore writes every
 * typed cell of the tables it will rewrite (keys, inputs, the user's columns, constants typed in
 * computed columns) to a very hidden sheet, in the first write sync; the last operation of a
 * successful inject deletes that sheet. When an inject finds the sheet (a previous one failed part
 * way), the tables it no longer finds in the workbook are rebuilt from it, so a second inject brings
 * every typed value back. No extra sync: the copy is read with read 1 and written with the writes.
 *
 * Layout (columns A:G, one record per row, text written with Excel's text prefix):
 *   A1 = marker, B1 = format version; then generations, each from "gen" to "end", later ones
 *   appended below (a table's latest complete generation counts):
 *   sheet | sheet key | sheet name
 *   table | sheet key | table name | address of the old table (starts this table's rows afresh)
 *   cell  | sheet key | table name | row number | header | kind (n, s, b, f, d) | value
 */
import { rangeAddress } from "../a1";
import type { ExistingTable, ReadCell } from "../merge";
import { keyHeaders } from "../merge";
import type { CellValue, DualFormula, TablePlan } from "../plan";
import { isDualFormula, literalInput, type ExcelInput } from "./cells";

export const STASH_SHEET_NAME = "对标暂存_勿删";
const MARKER = "DUIBIAO-STASH";
const VERSION = 1;
const WIDTH = 7;

export interface StashedTable {
  sheetKey: string;
  name: string;
  /** Where the old table was (sheet-relative, e.g. "A3:Q40"). */
  address: string;
  table: ExistingTable;
}

export interface Stash {
  /** The stash sheet exists (a previous inject did not finish). */
  exists: boolean;
  /** Last used row of the stash sheet (new records go below it). */
  lastRow: number;
  /** Sheet key → the sheet's name when the copy was made. */
  sheets: Map<string, string>;
  /** Tables by lower-cased name. */
  tables: Map<string, StashedTable>;
  /** The sheet exists but is not ours (no marker): never written. */
  foreign: boolean;
}

export function emptyStash(): Stash {
  return { exists: false, lastRow: 0, sheets: new Map(), tables: new Map(), foreign: false };
}

/** Queues the load of the stash sheet's cells (read 1). */
export function loadStash(worksheets: Excel.WorksheetCollection): Excel.Range {
  const used = worksheets.getItemOrNullObject(STASH_SHEET_NAME).getUsedRangeOrNullObject(true);
  used.load("address,values");
  return used;
}

/** Parses what loadStash loaded. */
export function parseStash(used: Excel.Range, sheetExists: boolean): Stash {
  const stash = emptyStash();
  stash.exists = sheetExists;
  if (!sheetExists || used.isNullObject) return stash;
  const values = used.values;
  const m = /!?\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(used.address);
  stash.lastRow = m ? Number(m[2] ?? m[1]) : values.length;
  if (values[0]?.[0] !== MARKER) {
    stash.foreign = true;
    return stash;
  }
  // A generation counts only once its "end" record is there: one cut short by a failure (a large
  // copy spans several syncs) never replaces a complete one.
  let sheets = new Map<string, string>();
  let tables = new Map<string, StashedTable>();
  let rowsOf = new Map<string, Map<number, Record<string, ReadCell>>>();
  for (const r of values.slice(1)) {
    const [type, sheetKey, table, a, b, kind, value] = r.map((v) => (v === undefined ? "" : v));
    const key = String(table).toLowerCase();
    if (type === "gen") {
      sheets = new Map();
      tables = new Map();
      rowsOf = new Map();
    } else if (type === "end") {
      for (const [k, rows] of rowsOf) {
        const t = tables.get(k)!;
        t.table.rows = [...rows.keys()].sort((x, y) => x - y).map((n) => rows.get(n)!);
        stash.tables.set(k, t);
      }
      for (const [k, v] of sheets) stash.sheets.set(k, v);
    } else if (type === "sheet") sheets.set(String(sheetKey), String(table));
    else if (type === "table") {
      tables.set(key, {
        sheetKey: String(sheetKey),
        name: String(table),
        address: String(a),
        table: { headers: [], rows: [] },
      });
      rowsOf.set(key, new Map());
    } else if (type === "cell") {
      const t = tables.get(key);
      const rows = rowsOf.get(key);
      if (!t || !rows) continue;
      const header = String(b);
      if (!t.table.headers.includes(header)) t.table.headers.push(header);
      const n = Number(a);
      const row = rows.get(n) ?? {};
      row[header] = decode(String(kind), value);
      rows.set(n, row);
    }
  }
  return stash;
}

function decode(kind: string, v: unknown): ReadCell {
  switch (kind) {
    case "n":
      return Number(v);
    case "b":
      return v === true || String(v).toUpperCase() === "TRUE";
    case "f":
      return { formula: String(v) };
    case "d":
      return { date: String(v) };
    default:
      return String(v);
  }
}

function encode(v: CellValue | DualFormula): [string, ExcelInput] | null {
  if (v === null || v === undefined || v === "") return null;
  if (isDualFormula(v)) return ["f", literalInput(v.addin)];
  if (typeof v === "number") return ["n", v];
  if (typeof v === "boolean") return ["b", v];
  if (typeof v === "object") return ["d", literalInput(v.date)];
  return ["s", literalInput(v)];
}

/**
 * The cells of a merged table that a user typed (or that must survive with them): the key columns,
 * the input and user columns, and constants in computed columns. Catalog cells are rewritten from
 * the catalog anyway.
 */
function typedCells(t: TablePlan, values: TablePlan["rows"][number]["values"]): [string, CellValue | DualFormula][] {
  const keys = new Set(keyHeaders(t));
  const out: [string, CellValue | DualFormula][] = [];
  for (const c of t.columns) {
    const v = values[c.header];
    if (v === undefined) continue;
    if (keys.has(c.header) || c.role === "input" || (c.role === "computed" && !isDualFormula(v)))
      out.push([c.header, v]);
  }
  return out;
}

/** The records of one stash generation: the sheets and the merged tables about to be rewritten. */
export function stashRecords(
  sheets: { key: string; name: string }[],
  tables: { sheetKey: string; address: string; table: TablePlan }[],
): ExcelInput[][] {
  const text = (s: string) => literalInput(s);
  const rec = (...xs: ExcelInput[]) => [...xs, ...Array<ExcelInput>(WIDTH - xs.length).fill("")];
  const out: ExcelInput[][] = [rec("gen")];
  for (const s of sheets) out.push(rec("sheet", text(s.key), text(s.name)));
  for (const { sheetKey, address, table } of tables) {
    out.push(rec("table", text(sheetKey), text(table.name), text(address)));
    table.rows.forEach((row, i) => {
      const cells = typedCells(table, row.values);
      // A row of catalog cells only (nothing typed) needs no copy.
      if (cells.every(([h]) => keyHeaders(table).includes(h))) return;
      for (const [h, v] of cells) {
        const e = encode(v);
        if (e) out.push(rec("cell", text(sheetKey), text(table.name), i + 1, text(h), e[0], e[1]));
      }
    });
  }
  out.push(rec("end"));
  return out;
}

/** The first row of a new stash sheet. */
export function stashHeader(): ExcelInput[] {
  return [MARKER, VERSION, "", "", "", "", ""];
}

/** Address of `rows` records starting at sheet row `top`. */
export function stashAddress(top: number, rows: number): string {
  return rangeAddress(1, top, WIDTH, top + rows - 1);
}
