/**
 * Reads the open workbook's indicator and task tables for the pane's 进度看板 (and its 通报), in two
 * round trips: (1) the sheets, the tables' names, sheets and headers and the workbook's names, (2)
 * each indicator and task table's body values and the report date. What the cells mean is
 * ../read/rows.ts, the interpreter the CLI's reader shares; this file only fetches them. Values are
 * what Excel last computed, so the 填报记录 tables are not fetched: 采用值 and the rest are computed.
 */
import { cellAddress, parseRange, sheetRef } from "../a1";
import { REPORT_DATE_NAME } from "../layout";
import { interpretTables, reportDateOf, tableKind, type Shown, type SourceName } from "../read/rows";
import type { IndicatorRow, TaskRow } from "../../core/progress";

export type { SourceName } from "../read/rows";

/** Where a row is, to select it: its table, its key and the row's address when it was read. */
export interface RowLocation {
  sheet: string;
  table: string;
  id: string;
  /** The row within the table, e.g. `'指标·制造业'!A7:S7`. */
  address: string;
}

export interface ProgressRead {
  /** The report date (YYYY-MM-DD), or null when the workbook has none or it is blank. */
  reportDate: string | null;
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  /** Each row's place in the workbook (rows are the keys, as returned above). */
  where: Map<IndicatorRow | TaskRow, RowLocation>;
  /** Tables of ours that could not be read, one line each ("中文 / English"). */
  problems: string[];
  syncs: number;
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/**
 * A value as office.js gives it: Excel's error values come as their text (`#N/A`, `#VALUE!`, `#NAME?`,
 * `#BUSY!`, `#GETTING_DATA`, …) and a blank cell as "".
 */
export function shownOfValue(v: unknown): Shown {
  if (typeof v === "string" && /^#[A-Z0-9_/]+[!?]?$/.test(v.trim())) return { kind: "error", code: v.trim() };
  if (v === null || v === undefined || v === "") return { kind: "value", value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { kind: "value", value: v };
  return { kind: "value", value: String(v) };
}

function rowAddress(bodyAddress: string, i: number): string {
  const r = parseRange(bodyAddress);
  const row = r.from.row + i;
  return `${sheetRef(r.sheet ?? "")}!${cellAddress(r.from.col, row)}:${cellAddress(r.to.col, row)}`;
}

/** Reads the board's rows from the open workbook: 2 round trips (1 when it has no table of ours). */
export async function readProgress(
  context: Excel.RequestContext,
  sources: readonly SourceName[] = [],
): Promise<ProgressRead> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = wb.names;
  names.load("items/name");
  await context.sync();

  // The workbook's sheet order, so that rows come in the order the CLI's reader gives them.
  const order = new Map(sheets.items.map((s, i) => [s.name, i]));
  const ours = tables.items
    .map((t) => ({ name: t.name, sheet: t.worksheet.name, headers: t.columns.items.map((c) => text(c.name)) }))
    .filter((t) => tableKind(t.name, t.headers) !== null)
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  const hasReportDate = names.items.some((n) => n.name.toLowerCase() === REPORT_DATE_NAME.toLowerCase());
  const none = { reportDate: null, indicators: [], tasks: [], where: new Map(), problems: [], syncs: 1 };
  if (!ours.length && !hasReportDate) return none;

  const loaded = ours.map((t) => {
    const body = tables.getItem(t.name).getDataBodyRange().load("values,address");
    return { ...t, body };
  });
  const reportCell = hasReportDate ? wb.names.getItem(REPORT_DATE_NAME).getRange().load("values") : null;
  await context.sync();

  const reportDate = reportCell ? reportDateOf(shownOfValue(reportCell.values[0]?.[0])) : null;
  const read = interpretTables(
    loaded.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      headers: t.headers,
      rows: t.body.values.map((row) => row.map(shownOfValue)),
    })),
    { reportDate, sources },
  );
  const bodies = new Map(loaded.map((t) => [t.name, t.body.address]));
  const where = new Map<IndicatorRow | TaskRow, RowLocation>();
  for (const [row, at] of read.places)
    where.set(row, {
      sheet: at.sheet,
      table: at.table,
      id: at.id,
      address: rowAddress(bodies.get(at.table)!, at.index),
    });
  return { reportDate, indicators: read.indicators, tasks: read.tasks, where, problems: read.problems, syncs: 2 };
}

/**
 * Selects a row in Excel: activates its sheet and selects the row within its table. The row is
 * found again by its ID, because the table may have been sorted or filtered since it was read;
 * when the ID is no longer there, the address read is not used (it may be another row now).
 */
export async function selectRow(context: Excel.RequestContext, at: RowLocation): Promise<void> {
  const table = context.workbook.tables.getItem(at.table);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,address");
  await context.sync();
  const idCol = (header.values[0] ?? []).findIndex((h) => text(h) === "ID");
  const i = idCol < 0 ? -1 : body.values.findIndex((row) => text(row[idCol]) === at.id);
  if (i < 0)
    throw new Error(
      `在表 ${at.table} 中找不到 ${at.id}，请刷新看板 / ${at.id} is no longer in table ${at.table}: refresh the board`,
    );
  const address = rowAddress(body.address, i);
  const sheetName = parseRange(address).sheet ?? at.sheet;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
  await context.sync();
}
