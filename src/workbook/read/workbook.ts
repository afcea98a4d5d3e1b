/**
 * Reads a Duibiao workbook (.xlsx) with exceljs into the rows the progress counts take
 * (src/core/progress.ts): the indicator tables, the task tables and the report date (docs/WORKBOOK.md;
 * docs/REPORT.md says where each number comes from). This file only fetches the cells: what they mean
 * is ./rows.ts, the interpreter the task pane's reader shares. A cell is taken as the spreadsheet last
 * computed it (its cached result); ./cells.ts says how exceljs shows a cell without one.
 */
import type ExcelJS from "exceljs";
import type { IndicatorRow, TaskRow } from "../../core/progress";
import type { Catalog } from "../../core/schema";
import { parseRange } from "../a1";
import { CATALOG_SHEET_NAME, readCatalogSheet, type EmbeddedCatalog } from "../catalogSheet";
import { REPORT_DATE_NAME } from "../layout";
import { shownOf } from "./cells";
import { WorkbookReadError } from "./package";
import {
  INDICATOR_FIXED_HEADERS,
  interpretTables,
  isTableRead,
  reportDateOf,
  tableKind,
  valueOf,
  type Shown,
  type TableCells,
} from "./rows";

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

/** The cells of the tables the interpreter reads, sheet by sheet in the workbook's order. */
function tablesOf(wb: ExcelJS.Workbook): TableCells[] {
  const out: TableCells[] = [];
  for (const sheet of wb.worksheets) {
    for (const t of sheet.getTables() as unknown as { table?: TableModel }[]) {
      const m: TableModel = t.table ?? (t as unknown as TableModel);
      const ref = m.tableRef ?? m.ref;
      if (!ref) continue;
      const name = m.name ?? m.displayName ?? "";
      const headers = (m.columns ?? []).map((c) => String(c.name ?? "").trim());
      if (!isTableRead(name, headers)) continue;
      const { from, to } = parseRange(ref);
      const first = from.row + (m.headerRow === false ? 0 : 1);
      const last = to.row - (m.totalsRow ? 1 : 0);
      const rows: Shown[][] = [];
      for (let r = first; r <= last; r++) rows.push(headers.map((_, i) => shownOf(sheet.getCell(r, from.col + i))));
      out.push({ name, sheet: sheet.name, headers, rows });
    }
  }
  return out;
}

/** The report date: the DB_ReportDate cell, as YYYY-MM-DD (a year = its last day). */
export function readReportDate(wb: ExcelJS.Workbook): string | null {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const entry = model.find((n) => n.name === REPORT_DATE_NAME);
  if (!entry?.ranges[0]) return null;
  const { sheet, from } = parseRange(entry.ranges[0]);
  const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
  return ws ? reportDateOf(shownOf(ws.getCell(from.row, from.col))) : null;
}

/** The catalog embedded in the workbook (the hidden catalog sheet), or null when there is none. */
export function readEmbeddedCatalog(wb: ExcelJS.Workbook): EmbeddedCatalog | null {
  const ws = wb.getWorksheet(CATALOG_SHEET_NAME);
  if (!ws) return null;
  const values: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= 5; c++) row.push(valueOf(shownOf(ws.getCell(r, c))));
    values.push(row);
  }
  return readCatalogSheet(values);
}

export interface ReadWorkbook {
  reportDate: string;
  /** The report date the workbook itself holds (null when its cell is blank or missing). */
  workbookReportDate: string | null;
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  /** Indicator rows computed by the engine (no cached result, #NAME?, or another report date). */
  computedRows: number;
  catalogVersion: string | null;
  /** Sheet names of the indicator and task tables read. */
  sheets: string[];
  /** Tables of ours that could not be read (a required column missing), one line each ("中文 / English"). */
  problems: string[];
}

/**
 * The indicator and task rows of a loaded workbook. `reportDate` (YYYY-MM-DD) overrides the
 * workbook's (every row is then computed as of it); `fallbackCatalog` names the sources where the
 * workbook embeds no catalog.
 */
export function readProgressRows(
  wb: ExcelJS.Workbook,
  opts: { reportDate?: string; fallbackCatalog?: Catalog; file?: string } = {},
): ReadWorkbook {
  const file = opts.file ?? "工作簿";
  const tables = tablesOf(wb);
  if (!tables.some((t) => tableKind(t.name, t.headers) !== null))
    throw new WorkbookReadError(
      `${file} 中没有对标的指标表或任务表（表头应为 ${INDICATOR_FIXED_HEADERS.join("、")}），不是对标工作簿？`,
      `${file} has no Duibiao indicator or task table (headers ${INDICATOR_FIXED_HEADERS.join(", ")}): not a Duibiao workbook?`,
    );
  const embedded = readEmbeddedCatalog(wb);
  const catalog = embedded?.catalog ?? opts.fallbackCatalog ?? null;
  const workbookReportDate = readReportDate(wb);
  const reportDate = opts.reportDate ?? workbookReportDate;
  if (!reportDate)
    throw new WorkbookReadError(
      `${file} 的报告日期（“说明”页，名称 ${REPORT_DATE_NAME}）为空或不是日期；请填写，或用 --date 指定`,
      `the report date of ${file} (the 说明 sheet, name ${REPORT_DATE_NAME}) is blank or not a date; fill it in or give --date`,
    );
  const read = interpretTables(tables, {
    reportDate,
    recomputeAll: reportDate !== workbookReportDate,
    sources: catalog?.sources ?? [],
  });
  if (!read.sheets.length)
    throw new WorkbookReadError(
      `${file} 中的指标表和任务表均无法读取：${read.problems.map((p) => p.split(" / ")[0]).join("；")}`,
      `no indicator or task table of ${file} can be read: ${read.problems.map((p) => p.split(" / ")[1] ?? p).join("; ")}`,
    );
  return {
    reportDate,
    workbookReportDate,
    indicators: read.indicators,
    tasks: read.tasks,
    computedRows: read.computedRows,
    catalogVersion: embedded?.version ?? null,
    sheets: read.sheets,
    problems: read.problems,
  };
}
