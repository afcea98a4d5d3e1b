/**
 * Reads the open workbook's indicator and task tables for the pane's 进度看板, in two round trips:
 * (1) the tables' names and sheets and the workbook's names, (2) each of our indicator and task
 * tables' header and body values and the report date. Tables are ours by their stable names
 * (`DB_Ind_…`, `DB_Task_…`, docs/WORKBOOK.md) and columns are read by header, so a table with more
 * columns (check-ins add 采用值, 上期值, 趋势, 来源) or columns in another order reads the same.
 * Values are what Excel last computed (状态 of the add-in form is POLICY.STATUS; where it shows an
 * error because the add-in is not loaded, the native 状态（原生） beside it is used).
 */
import { TASK_STATES, type IndicatorRow, type TaskRow, type TaskState } from "../../core/progress";
import { isOverdue, OVERDUE_LABEL } from "../../core/tasks";
import { STATUS_LABELS, type StatusLabel } from "../../core/target";
import { isoOfSerial, SERIAL_FROM, MIN_YEAR, MAX_YEAR } from "../../core/dates";
import { cellAddress, parseRange, sheetRef } from "../a1";
import { nativeHeader } from "../highlight";
import { INDICATOR_SHEET_PREFIX } from "../indicators";
import { REPORT_DATE_NAME, tableName } from "../layout";
import { TASK_SHEET_PREFIX } from "../tasks";

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

/** A source's ID and short name, to name a table's source (the catalog's; optional). */
export interface SourceName {
  id: string;
  shortName: string;
}

const INDICATOR_TABLE_PREFIX = tableName("Ind", "").toLowerCase();
const TASK_TABLE_PREFIX = tableName("Task", "").toLowerCase();

/** Headers a table must have to be read; the rest are optional. */
const REQUIRED = {
  indicator: ["ID", "指标名称", "状态"],
  task: ["ID", "任务内容", "牵头单位"],
} as const;

type Kind = keyof typeof REQUIRED;

const STATUS_VALUES = new Set<string>(Object.values(STATUS_LABELS));

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** Excel's error values as office.js returns them (`#NAME?`, `#VALUE!`, `#N/A`, `#BUSY!`, `#GETTING_DATA`, …). */
function isExcelError(v: unknown): v is string {
  return typeof v === "string" && /^#[A-Z0-9_/]+[!?]?$/.test(v.trim());
}

/** A date cell (a serial, or a whole year meaning its end) as YYYY-MM-DD; null when not a date. */
export function isoOfCell(v: unknown): string | null {
  const n = num(v);
  if (n === null) {
    const s = text(v);
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
  }
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR && n < SERIAL_FROM) return `${n}-12-31`;
  if (n < SERIAL_FROM) return null;
  return isoOfSerial(n);
}

function kindOf(table: string): Kind | null {
  const t = table.toLowerCase();
  if (t.startsWith(INDICATOR_TABLE_PREFIX)) return "indicator";
  if (t.startsWith(TASK_TABLE_PREFIX)) return "task";
  return null;
}

/** The last `<YYYY>年目标` column: the final milestone the row measures against. */
function finalTargetHeader(headers: readonly string[]): string | undefined {
  const years = headers.filter((h) => /^\d{4}年目标$/.test(h)).sort();
  return years[years.length - 1];
}

function statusOf(v: unknown): StatusLabel | null {
  const s = text(v);
  return STATUS_VALUES.has(s) ? (s as StatusLabel) : null;
}

function taskStateOf(v: unknown): TaskState | null {
  const s = text(v);
  return (Object.values(TASK_STATES) as string[]).includes(s) ? (s as TaskState) : null;
}

/** A task's lead units as the task sheet joins them (、). */
function units(v: unknown): string[] {
  return text(v)
    .split(/[、,，;；]/)
    .map((u) => u.trim())
    .filter(Boolean);
}

interface TableValues {
  name: string;
  sheet: string;
  kind: Kind;
  headers: string[];
  body: unknown[][];
  /** The body's address, e.g. `'指标·制造业'!A4:S40`. */
  bodyAddress: string;
}

/** The source of a table: the catalog's ID whose table name this is, else the name's own tail. */
function sourceOf(t: TableValues, sources: readonly SourceName[]): SourceName {
  const prefix = t.kind === "indicator" ? "Ind" : "Task";
  const known = sources.find((s) => tableName(prefix, s.id).toLowerCase() === t.name.toLowerCase());
  if (known) return known;
  const sheetPrefix = t.kind === "indicator" ? INDICATOR_SHEET_PREFIX : TASK_SHEET_PREFIX;
  return {
    id: t.name.slice((t.kind === "indicator" ? INDICATOR_TABLE_PREFIX : TASK_TABLE_PREFIX).length),
    shortName: t.sheet.startsWith(sheetPrefix) ? t.sheet.slice(sheetPrefix.length) : t.sheet,
  };
}

function rowAddress(bodyAddress: string, i: number): string {
  const r = parseRange(bodyAddress);
  const row = r.from.row + i;
  return `${sheetRef(r.sheet ?? "")}!${cellAddress(r.from.col, row)}:${cellAddress(r.to.col, row)}`;
}

/**
 * The rows of the tables read (pure: the office.js part is readProgress below). Rows without an ID
 * are skipped (a blank row at a table's end); a row's place is kept in `where`.
 */
export function progressRows(
  tables: readonly TableValues[],
  reportDate: string | null,
  sources: readonly SourceName[] = [],
): Omit<ProgressRead, "syncs"> {
  const indicators: IndicatorRow[] = [];
  const tasks: TaskRow[] = [];
  const where = new Map<IndicatorRow | TaskRow, RowLocation>();
  const problems: string[] = [];
  for (const t of tables) {
    const col = new Map(t.headers.map((h, i) => [text(h), i]));
    const missing = REQUIRED[t.kind].filter((h) => !col.has(h));
    if (missing.length) {
      problems.push(
        `表 ${t.name}（${t.sheet}）缺少列 ${missing.join("、")}，未计入 / table ${t.name} (${t.sheet}) lacks ${missing.join(", ")}: not counted`,
      );
      continue;
    }
    const source = sourceOf(t, sources);
    const at = (row: unknown[], h: string | undefined): unknown => {
      const i = h === undefined ? undefined : col.get(h);
      return i === undefined ? undefined : row[i];
    };
    const target = finalTargetHeader([...col.keys()]);
    // The latest check-in where the table has one (采用值), else the typed actual.
    const actualHeader = col.has("采用值") ? "采用值" : "实际值";
    // The task's state after check-ins where the table has it, else the typed one.
    const stateHeader = col.has("采用完成情况") ? "采用完成情况" : "完成情况";
    const noteHeader = col.has("最新进展") ? "最新进展" : "进展情况";
    t.body.forEach((row, i) => {
      const id = text(at(row, "ID"));
      if (!id) return;
      const location: RowLocation = { sheet: t.sheet, table: t.name, id, address: rowAddress(t.bodyAddress, i) };
      if (t.kind === "indicator") {
        const shown = at(row, "状态");
        const status = statusOf(shown) ?? (isExcelError(shown) ? statusOf(at(row, nativeHeader("状态"))) : null);
        const actual = num(at(row, actualHeader));
        const ind: IndicatorRow = {
          id,
          name: text(at(row, "指标名称")),
          sourceId: source.id,
          sourceName: source.shortName,
          category: text(at(row, "类别")),
          leadUnit: text(at(row, "牵头单位")),
          unit: text(at(row, "单位")),
          status,
          gap: num(at(row, "缺口")),
          progress: num(at(row, "完成进度")),
          actual,
          target: num(at(row, target)),
        };
        // An actual with an error instead of a status is counted as 无数据 and listed to be checked.
        if (status === null && actual !== null && isExcelError(shown)) ind.problem = text(shown);
        indicators.push(ind);
        where.set(ind, location);
      } else {
        const due = isoOfCell(at(row, "截止日期"));
        const state = taskStateOf(at(row, stateHeader));
        const overdueCell = at(row, OVERDUE_LABEL);
        const task: TaskRow = {
          id,
          text: text(at(row, "任务内容")),
          sourceId: source.id,
          leadUnits: units(at(row, "牵头单位")),
          due,
          state,
          note: text(at(row, noteHeader)),
          // What the sheet's 逾期 column shows (Excel computed it); computed alike where it has none.
          overdue:
            overdueCell === undefined || isExcelError(overdueCell)
              ? reportDate !== null && isOverdue(due ?? undefined, reportDate, state)
              : text(overdueCell) === OVERDUE_LABEL,
        };
        tasks.push(task);
        where.set(task, location);
      }
    });
  }
  return { reportDate, indicators, tasks, where, problems };
}

/** Reads the board's rows from the open workbook: 2 round trips (1 when it has no table of ours). */
export async function readProgress(
  context: Excel.RequestContext,
  sources: readonly SourceName[] = [],
): Promise<ProgressRead> {
  const wb = context.workbook;
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  const names = wb.names;
  names.load("items/name");
  await context.sync();

  const ours = tables.items
    .map((t) => ({ name: t.name, sheet: t.worksheet.name, kind: kindOf(t.name) }))
    .filter((t): t is { name: string; sheet: string; kind: Kind } => t.kind !== null);
  const hasReportDate = names.items.some((n) => n.name.toLowerCase() === REPORT_DATE_NAME.toLowerCase());
  if (!ours.length && !hasReportDate) return { ...progressRows([], null, sources), syncs: 1 };

  const loaded = ours.map((t) => {
    const table = tables.getItem(t.name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values,address");
    return { ...t, header, body };
  });
  const reportCell = hasReportDate ? wb.names.getItem(REPORT_DATE_NAME).getRange().load("values") : null;
  await context.sync();

  const reportDate = reportCell ? isoOfCell(reportCell.values[0]?.[0]) : null;
  const values: TableValues[] = loaded.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    kind: t.kind,
    headers: (t.header.values[0] ?? []).map(text),
    body: t.body.values,
    bodyAddress: t.body.address,
  }));
  return { ...progressRows(values, reportDate, sources), syncs: 2 };
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
