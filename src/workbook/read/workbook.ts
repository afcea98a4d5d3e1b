/**
 * Reads a Duibiao workbook (.xlsx) into the rows the progress counts take (src/core/progress.ts): the
 * indicator tables, the task tables and the report date (docs/WORKBOOK.md; docs/REPORT.md says where
 * each number comes from).
 *
 * Columns are found by header name, so columns added later or by the user are ignored. A computed
 * cell is taken as the spreadsheet last computed it (its cached result). Where there is none (a
 * formula never computed, as in a file straight from `duibiao template`), or the cell shows #NAME?
 * (the add-in's POLICY.* functions, computed where the add-in was not loaded), the row is computed
 * with the engine from the row's own inputs, as the row's formulas do, and the catalog embedded in
 * the workbook (its final target year, a range target's bar). With a report date other than the
 * workbook's, every row is computed that way as of that date.
 */
import type ExcelJS from "exceljs";
import { CatalogIndex, finalMilestone } from "../../core/catalogIndex";
import {
  checkinOf,
  latestCheckins,
  trendOf,
  type KnownKind,
  type LatestCheckin,
  type Trend,
} from "../../core/checkins";
import { parseDirection } from "../../core/directions";
import { isPolicyError } from "../../core/errors";
import { TASK_STATES, type IndicatorRow, type TaskRow, type TaskState } from "../../core/progress";
import { isOverdue } from "../../core/tasks";
import type { Catalog, Indicator } from "../../core/schema";
import { expectedAt, gapToTarget, progressOf, STATUS_LABELS, statusOf, type StatusLabel } from "../../core/target";
import { parseRange } from "../a1";
import { CATALOG_SHEET_NAME, readCatalogSheet, type EmbeddedCatalog } from "../catalogSheet";
import {
  INDICATOR_HEADERS_AFTER_TARGETS,
  INDICATOR_HEADERS_BEFORE_TARGETS,
  INDICATOR_SHEET_PREFIX,
  NATIVE_STATUS_HEADER,
  TEXT_TARGET_STATUS,
} from "../indicators";
import { REPORT_DATE_NAME, tableName } from "../layout";
import { TASK_SHEET_PREFIX } from "../tasks";
import { CHECKIN_TABLE, KIND_TASK, KNOWN_IDS_TABLE, TREND_LABELS } from "../checkins";
import { isoOfSerial, serialOfIso } from "../../core/dates";
import { isBlankShown, shownOf, valueOf, type Shown } from "./cells";
import { WorkbookReadError } from "./package";

/** Headers a table must have to be read as an indicator table (the computed ones included). */
const INDICATOR_REQUIRED: readonly string[] = [...INDICATOR_HEADERS_BEFORE_TARGETS, ...INDICATOR_HEADERS_AFTER_TARGETS];
/** Headers a table must have to be read as a task table. */
const TASK_REQUIRED: readonly string[] = ["ID", "任务内容", "牵头单位", "截止日期", "完成情况"];
const TARGET_HEADER = /^(\d{4})年目标$/;
/** How a cell lists several lead units (the task builder joins them with 、). */
const UNIT_SEPARATORS = /[、,，;；/]+/;

const LABELS = new Set<string>(Object.values(STATUS_LABELS));
const isLabel = (v: unknown): v is StatusLabel => typeof v === "string" && LABELS.has(v);

interface TableInfo {
  sheet: ExcelJS.Worksheet;
  name: string;
  headers: string[];
  /** First and last data rows, 1-based. */
  first: number;
  last: number;
  firstCol: number;
}

function tablesOf(wb: ExcelJS.Workbook): TableInfo[] {
  const out: TableInfo[] = [];
  for (const sheet of wb.worksheets) {
    for (const t of sheet.getTables() as unknown as { table?: TableModel }[]) {
      const m: TableModel = t.table ?? (t as unknown as TableModel);
      const ref = m.tableRef ?? m.ref;
      if (!ref) continue;
      const { from, to } = parseRange(ref);
      const header = m.headerRow === false ? 0 : 1;
      const totals = m.totalsRow ? 1 : 0;
      out.push({
        sheet,
        name: m.name ?? m.displayName ?? "",
        headers: (m.columns ?? []).map((c) => String(c.name ?? "").trim()),
        first: from.row + header,
        last: to.row - totals,
        firstCol: from.col,
      });
    }
  }
  return out;
}

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

/** The cells of one table row by header. */
function rowReader(t: TableInfo, r: number): (header: string) => Shown {
  const index = new Map(t.headers.map((h, i) => [h, i]));
  return (header) => {
    const i = index.get(header);
    return i === undefined ? { kind: "value", value: null } : shownOf(t.sheet.getCell(r, t.firstCol + i));
  };
}

const hasAll = (t: TableInfo, required: readonly string[]) => required.every((h) => t.headers.includes(h));

function text(s: Shown): string {
  const v = valueOf(s);
  return v === null ? "" : String(v).trim();
}

function num(s: Shown): number | null {
  const v = valueOf(s);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * The latest and previous valid check-in per ID as of the report date, from the 填报记录 table and
 * its list of known IDs (src/core/checkins.ts applies the 校验 column's rules). Empty without one.
 */
function readCheckins(tables: readonly TableInfo[], reportSerial: number): Map<string, LatestCheckin> {
  const table = tables.find((t) => t.name === CHECKIN_TABLE);
  const ids = tables.find((t) => t.name === KNOWN_IDS_TABLE);
  if (!table || !ids) return new Map();
  const known = new Map<string, KnownKind>();
  for (let r = ids.first; r <= ids.last; r++) {
    const cell = rowReader(ids, r);
    const id = valueOf(cell("ID"));
    if (id === null || id === "") continue;
    known.set(String(id).toUpperCase(), text(cell("类型")) === KIND_TASK ? "task" : "indicator");
  }
  const rows = [];
  for (let r = table.first; r <= table.last; r++) {
    const cell = rowReader(table, r);
    rows.push({
      id: valueOf(cell("ID")),
      date: valueOf(cell("截至日期")),
      value: valueOf(cell("实际值")),
      note: valueOf(cell("备注")),
    });
  }
  return latestCheckins(rows, reportSerial, known);
}

const TRENDS = new Map<string, Trend>(Object.entries(TREND_LABELS).map(([k, v]) => [v, k as Trend]));

/** The report date: the DB_ReportDate cell, as YYYY-MM-DD (a year = its last day). */
export function readReportDate(wb: ExcelJS.Workbook): string | null {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const entry = model.find((n) => n.name === REPORT_DATE_NAME);
  if (!entry?.ranges[0]) return null;
  const { sheet, from } = parseRange(entry.ranges[0]);
  const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
  const v = ws ? num(shownOf(ws.getCell(from.row, from.col))) : null;
  if (v === null) return null;
  if (v < 10000 && Number.isInteger(v)) return `${v}-12-31`;
  return isoOfSerial(v);
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
}

interface SourceInfo {
  id: string;
  name: string;
}

function sourceOfTable(t: TableInfo, catalog: Catalog | null, kind: "Ind" | "Task", prefix: string): SourceInfo {
  const s = catalog?.sources.find((x) => tableName(kind, x.id) === t.name);
  if (s) return { id: s.id, name: s.shortName };
  const name = t.sheet.name.startsWith(prefix) ? t.sheet.name.slice(prefix.length) : t.sheet.name;
  return { id: t.name || t.sheet.name, name };
}

/** Message of an engine error (Chinese first), or the error itself re-thrown when it is a bug. */
function engineMessage(e: unknown): string {
  if (isPolicyError(e)) return `${e.code} ${e.message}`;
  throw e;
}

function attempt<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: engineMessage(e) };
  }
}

interface Computed {
  status: StatusLabel | null;
  gap: number | null;
  progress: number | null;
  target: number | null;
  problem?: string;
}

/**
 * The row's 预期值, 缺口, 完成进度 and 状态 as its formulas compute them (src/workbook/indicators.ts),
 * with the engine's cell layer, which reads cell values exactly as the POLICY.* functions do.
 */
function computeRow(
  index: CatalogIndex,
  cell: (h: string) => Shown,
  ind: Indicator | undefined,
  targetYears: number[],
  reportSerial: number,
): Computed {
  const raw = (h: string) => valueOf(cell(h));
  // The final target: the catalog's final milestone year, else the last year with a target in the row.
  let year: number | undefined;
  let target: unknown;
  if (ind) {
    const fin = finalMilestone(ind);
    year = fin.year;
    if (fin.target.kind === "text") return { status: null, gap: null, progress: null, target: null };
    target =
      fin.target.kind === "range" ? (ind.direction === "up" ? fin.target.min : fin.target.max) : raw(`${year}年目标`);
  } else {
    year = [...targetYears].reverse().find((y) => raw(`${y}年目标`) !== null && raw(`${y}年目标`) !== "");
    target = year === undefined ? null : raw(`${year}年目标`);
    if (typeof target !== "number") return { status: null, gap: null, progress: null, target: null };
  }
  const actual = raw("实际值");
  const direction = raw("方向");
  const base = raw("基期值");
  const baseYear = raw("基期年");
  const hasBase = ind
    ? ind.base !== undefined && ind.baseYear !== undefined
    : typeof base === "number" && typeof baseYear === "number";
  const asOfCell = cell("截至日期");
  const asOf = isBlankShown(asOfCell) ? reportSerial : raw("截至日期");
  const expected =
    hasBase && typeof base === "number" ? attempt(() => expectedAt(base, target, baseYear, year, asOf)) : null;
  const gap = attempt(() => gapToTarget(index, actual, target, direction));
  const progress = attempt(() => progressOf(index, actual, target, hasBase ? base : undefined, direction));
  const status =
    expected && "error" in expected
      ? expected
      : attempt(() =>
          statusOf(index, actual, target, hasBase ? base : undefined, expected ? expected.value : undefined, direction),
        );
  const targetNumber = typeof target === "number" ? target : null;
  return {
    status: "value" in status ? status.value : null,
    gap: "value" in gap ? gap.value : null,
    progress: "value" in progress ? progress.value : null,
    target: targetNumber,
    problem: "error" in status ? status.error : undefined,
  };
}

function readIndicatorTable(
  t: TableInfo,
  source: SourceInfo,
  catalog: Catalog | null,
  index: CatalogIndex,
  reportSerial: number,
  recomputeAll: boolean,
  checkins: ReadonlyMap<string, LatestCheckin>,
): { rows: IndicatorRow[]; computed: number } {
  const byId = new Map((catalog?.indicators ?? []).map((i) => [i.id, i]));
  const years = t.headers
    .map((h) => TARGET_HEADER.exec(h))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const rows: IndicatorRow[] = [];
  let computed = 0;
  for (let r = t.first; r <= t.last; r++) {
    const typed = rowReader(t, r);
    const id = text(typed("ID"));
    const name = text(typed("指标名称"));
    if (!id && !name) continue;
    const ind = byId.get(id);
    // The value and date the row's formulas use: 采用值/采用日期 where the table has them (the latest
    // valid check-in, else the typed cells), as computed, or by the same rule where not computed.
    let actualCell = typed("实际值");
    let asOfCell = typed("截至日期");
    let previous: number | null = null;
    let trend: Trend | null = null;
    const usedCell = typed("采用值");
    const usedDateCell = typed("采用日期");
    if (t.headers.includes("采用值") && t.headers.includes("采用日期")) {
      if (!recomputeAll && usedCell.kind === "value" && usedDateCell.kind === "value") {
        actualCell = usedCell;
        asOfCell = usedDateCell;
        previous = num(typed("上期值"));
        trend = TRENDS.get(text(typed("趋势"))) ?? null;
      } else {
        const ci = checkinOf(checkins, id);
        if (ci) {
          actualCell = { kind: "value", value: ci.latest.value };
          asOfCell = { kind: "value", value: ci.latest.date };
          previous = typeof ci.previous?.value === "number" ? ci.previous.value : null;
        }
        trend = trendOf(valueOf(actualCell), previous, directionOf(valueOf(typed("方向")), ind?.direction));
      }
    }
    const cell = (h: string): Shown => (h === "实际值" ? actualCell : h === "截至日期" ? asOfCell : typed(h));
    const base: IndicatorRow = {
      id,
      name,
      sourceId: source.id,
      sourceName: source.name,
      category: text(cell("类别")),
      leadUnit: text(cell("牵头单位")),
      unit: text(cell("单位")),
      status: null,
      gap: null,
      progress: null,
      actual: num(actualCell),
      target: null,
      previous,
      trend,
    };
    if (isBlankShown(actualCell)) {
      rows.push(base);
      continue;
    }
    // Text in 实际值 is no actual: the row's formulas show an error, which the status carries.
    const statusCell = cell("状态");
    const nativeCell = cell(NATIVE_STATUS_HEADER);
    const statusValue = valueOf(statusCell);
    const nativeValue = valueOf(nativeCell);
    const gapCell = cell("缺口");
    const progressCell = cell("完成进度");
    const cachedStatus = isLabel(statusValue) ? statusValue : isLabel(nativeValue) ? nativeValue : null;
    const textTarget = statusValue === TEXT_TARGET_STATUS || nativeValue === TEXT_TARGET_STATUS;
    const engineNeeded =
      recomputeAll ||
      (!textTarget &&
        (cachedStatus === null || gapCell.kind !== "value" || progressCell.kind !== "value") &&
        // A genuine error the spreadsheet computed (bad input) is what the row shows: kept as such below.
        [statusCell, gapCell, progressCell].some(
          (c) => c.kind === "uncomputed" || (c.kind === "error" && c.code === "#NAME?"),
        ));
    if (engineNeeded) {
      const c = computeRow(index, cell, ind, years, reportSerial);
      computed += 1;
      rows.push({ ...base, ...c, problem: c.problem });
      continue;
    }
    if (textTarget) {
      rows.push(base);
      continue;
    }
    const shownError = [statusCell, nativeCell].find((c) => c.kind === "error") as { code: string } | undefined;
    const target = (() => {
      if (ind) {
        const fin = finalMilestone(ind).target;
        if (fin.kind === "number") return fin.value;
        if (fin.kind === "range") return ind.direction === "up" ? fin.min : fin.max;
        return null;
      }
      const y = [...years].reverse().find((yy) => typeof valueOf(cell(`${yy}年目标`)) === "number");
      return y === undefined ? null : num(cell(`${y}年目标`));
    })();
    rows.push({
      ...base,
      status: cachedStatus,
      gap: num(gapCell),
      progress: num(progressCell),
      target,
      problem:
        cachedStatus === null
          ? `${shownError?.code ?? String(statusValue ?? "")} 状态无法计算，请核对该行的输入 / the status cannot be computed: check the row's inputs`
          : undefined,
    });
  }
  return { rows, computed };
}

/** The direction as the 趋势 formula reads the row's 方向 (a word it does not know reads as up). */
function directionOf(cell: unknown, fallback: "up" | "down" | undefined): "up" | "down" {
  if (cell === null || cell === "") return fallback ?? "up";
  try {
    return parseDirection(cell);
  } catch {
    return "up";
  }
}

function taskState(s: Shown): TaskState | null {
  const v = text(s);
  return (Object.values(TASK_STATES) as string[]).includes(v) ? (v as TaskState) : null;
}

function dueOf(s: Shown): string | null {
  const v = valueOf(s);
  if (typeof v === "number" && v >= 10000) return isoOfSerial(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return v.trim();
  return null;
}

function readTaskTable(
  t: TableInfo,
  source: SourceInfo,
  reportDate: string,
  recomputeAll: boolean,
  checkins: ReadonlyMap<string, LatestCheckin>,
): TaskRow[] {
  const rows: TaskRow[] = [];
  for (let r = t.first; r <= t.last; r++) {
    const cell = rowReader(t, r);
    const id = text(cell("ID"));
    const taskText = text(cell("任务内容"));
    if (!id && !taskText) continue;
    const due = dueOf(cell("截止日期"));
    // 采用完成情况/最新进展 where the table has them: the latest valid check-in's, else the typed cells.
    let stateCell = cell("完成情况");
    let noteCell = cell("进展情况");
    if (t.headers.includes("采用完成情况") && t.headers.includes("最新进展")) {
      const usedState = cell("采用完成情况");
      const usedNote = cell("最新进展");
      if (!recomputeAll && usedState.kind === "value" && usedNote.kind === "value") {
        stateCell = usedState;
        noteCell = usedNote;
      } else {
        const latest = checkinOf(checkins, id)?.latest;
        if (latest && latest.value !== null && String(latest.value) !== "")
          stateCell = { kind: "value", value: String(latest.value) };
        if (latest && latest.note !== "") noteCell = { kind: "value", value: latest.note };
      }
    }
    const state = taskState(stateCell);
    const overdueCell = cell("逾期");
    const overdue =
      !recomputeAll && overdueCell.kind === "value" && t.headers.includes("逾期")
        ? text(overdueCell) !== ""
        : isOverdue(due ?? undefined, reportDate, state);
    rows.push({
      id,
      text: taskText,
      sourceId: source.id,
      leadUnits: text(cell("牵头单位"))
        .split(UNIT_SEPARATORS)
        .map((u) => u.trim())
        .filter(Boolean),
      due,
      state,
      note: text(noteCell),
      overdue,
    });
  }
  return rows;
}

const EMPTY_CATALOG: Catalog = { version: "none", sources: [], indicators: [], tasks: [], rules: [], rubrics: [] };

/**
 * The indicator and task rows of a loaded workbook. `reportDate` (YYYY-MM-DD) overrides the
 * workbook's; `fallbackCatalog` is used where the workbook embeds none.
 */
export function readProgressRows(
  wb: ExcelJS.Workbook,
  opts: { reportDate?: string; fallbackCatalog?: Catalog; file?: string } = {},
): ReadWorkbook {
  const file = opts.file ?? "工作簿";
  const tables = tablesOf(wb);
  const indicatorTables = tables.filter((t) => hasAll(t, INDICATOR_REQUIRED));
  const taskTables = tables.filter((t) => hasAll(t, TASK_REQUIRED));
  if (!indicatorTables.length && !taskTables.length)
    throw new WorkbookReadError(
      `${file} 中没有对标的指标表或任务表（表头应为 ${INDICATOR_REQUIRED.join("、")}），不是对标工作簿？`,
      `${file} has no Duibiao indicator or task table (headers ${INDICATOR_REQUIRED.join(", ")}): not a Duibiao workbook?`,
    );
  const embedded = readEmbeddedCatalog(wb);
  const catalog = embedded?.catalog ?? opts.fallbackCatalog ?? null;
  const index = new CatalogIndex(catalog ?? EMPTY_CATALOG);
  const workbookReportDate = readReportDate(wb);
  const reportDate = opts.reportDate ?? workbookReportDate;
  if (!reportDate)
    throw new WorkbookReadError(
      `${file} 的报告日期（“说明”页，名称 ${REPORT_DATE_NAME}）为空或不是日期；请填写，或用 --date 指定`,
      `the report date of ${file} (the 说明 sheet, name ${REPORT_DATE_NAME}) is blank or not a date; fill it in or give --date`,
    );
  const recomputeAll = reportDate !== workbookReportDate;
  const reportSerial = serialOfIso(reportDate);
  const checkins = readCheckins(tables, reportSerial);
  const indicators: IndicatorRow[] = [];
  let computedRows = 0;
  for (const t of indicatorTables) {
    const r = readIndicatorTable(
      t,
      sourceOfTable(t, catalog, "Ind", INDICATOR_SHEET_PREFIX),
      catalog,
      index,
      reportSerial,
      recomputeAll,
      checkins,
    );
    indicators.push(...r.rows);
    computedRows += r.computed;
  }
  const tasks = taskTables.flatMap((t) =>
    readTaskTable(t, sourceOfTable(t, catalog, "Task", TASK_SHEET_PREFIX), reportDate, recomputeAll, checkins),
  );
  // Catalog order of sources, so a 通报 lists them as the workbook's 说明 sheet does.
  return {
    reportDate,
    workbookReportDate,
    indicators,
    tasks,
    computedRows,
    catalogVersion: embedded?.version ?? null,
    sheets: [...new Set([...indicatorTables, ...taskTables].map((t) => t.sheet.name))],
  };
}
