/**
 * What a Duibiao workbook's indicator, task and 填报记录 tables say, row by row (docs/WORKBOOK.md;
 * docs/REPORT.md "Where the numbers come from"): the one interpreter of those tables. The pane's
 * reader (src/workbook/office/readProgress.ts, office.js) and the CLI's (./workbook.ts, exceljs) only
 * fetch the cells and hand them here, so a new column or a changed rule is a change in this file.
 * Pure: no office.js, no exceljs.
 *
 * - Tables are ours by their stable names (`DB_Ind_…`, `DB_Task_…`); another table with every fixed
 *   header (a copy under another name) is read too. Columns are found by header: columns added by
 *   the user or a later version are ignored, and a table of ours that lacks a column the counts need
 *   is reported, not counted in silence.
 * - A computed cell is taken as the spreadsheet last computed it. Where it carries no result (a file
 *   straight from `duibiao template`) or shows `#NAME?` (the add-in's POLICY.* functions where the
 *   add-in was not loaded), or with `recomputeAll` (another report date than the workbook's), the row
 *   is computed by the engine from its own cells, as its formulas do.
 * - Text is read as shown (an error value as its code, so it is seen); a number only from a number
 *   (text in a numeric cell is no number, and a row whose 实际值 the status cannot use is listed with
 *   the reason); dates are Excel serials or whole years (their 31 December).
 */
import { CatalogIndex } from "../../core/catalogIndex";
import {
  checkinOf,
  latestCheckins,
  trendOf,
  type KnownKind,
  type LatestCheckin,
  type Trend,
} from "../../core/checkins";
import { isoOfSerial, MAX_SERIAL, MAX_YEAR, MIN_YEAR, SERIAL_FROM, serialOfIso } from "../../core/dates";
import { parseDirection } from "../../core/directions";
import { isPolicyError } from "../../core/errors";
import { assertNever } from "../../core/never";
import { TASK_STATES, type IndicatorRow, type TaskRow, type TaskState } from "../../core/progress";
import type { Direction } from "../../core/schema";
import { isOverdue, OVERDUE_LABEL } from "../../core/tasks";
import {
  barOf,
  expectedAt,
  gapToTarget,
  progressOf,
  STATUS_LABELS,
  statusOf,
  type StatusLabel,
} from "../../core/target";
import { CHECKIN_TABLE, KIND_TASK, KNOWN_IDS_TABLE, TREND_LABELS } from "../checkins";
import {
  INDICATOR_HEADERS_AFTER_TARGETS,
  INDICATOR_HEADERS_BEFORE_TARGETS,
  INDICATOR_SHEET_PREFIX,
  NATIVE_STATUS_HEADER,
  TEXT_TARGET_STATUS,
} from "../indicators";
import { tableName } from "../layout";
import { TASK_SHEET_PREFIX } from "../tasks";

/**
 * A cell as the workbook shows it: a value (number, text, boolean, blank), an error, or a formula that
 * carries no computed result (a file never opened in a spreadsheet).
 */
export type Shown =
  { kind: "value"; value: number | string | boolean | null } | { kind: "error"; code: string } | { kind: "uncomputed" };

const BLANK: Shown = { kind: "value", value: null };

/** The value, or null for a blank, an error or an uncomputed formula. */
export function valueOf(s: Shown): number | string | boolean | null {
  return s.kind === "value" ? s.value : null;
}

/** A blank cell, or text of spaces only (what the workbook's formulas treat as ""). */
export function isBlankShown(s: Shown): boolean {
  return s.kind === "value" && (s.value === null || (typeof s.value === "string" && s.value.trim() === ""));
}

/** Text as the cell shows it; an error as its code, so that a broken cell is seen rather than blank. */
function textOf(s: Shown): string {
  switch (s.kind) {
    case "value":
      return s.value === null ? "" : String(s.value).trim();
    case "error":
      return s.code;
    case "uncomputed":
      return "";
    default:
      return assertNever(s, "cell");
  }
}

/** A number only from a number cell: text, an error or a blank is none (never a silent 0). */
function numberOf(s: Shown): number | null {
  const v = valueOf(s);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A date cell's number as YYYY-MM-DD: an Excel date serial, or a whole year 1900–9999 (its 31 December). */
function isoOfNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (n >= SERIAL_FROM) return n < MAX_SERIAL + 1 ? isoOfSerial(n) : null;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? `${n}-12-31` : null;
}

/**
 * The report date cell as YYYY-MM-DD: a date or a year number, as the workbook's formulas read it;
 * null when blank or anything else (text is no date to the formulas: they would count wrong).
 */
export function reportDateOf(s: Shown): string | null {
  const n = numberOf(s);
  return n === null ? null : isoOfNumber(n);
}

/** A due date as YYYY-MM-DD: a date or a year number (its end), or a date typed as YYYY-MM-DD text. */
export function dueDateOf(s: Shown): string | null {
  const n = numberOf(s);
  if (n !== null) return isoOfNumber(n);
  const t = textOf(s);
  return s.kind === "value" && /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
}

/** One table as a reader found it: its name, sheet, header row and body cells (row by row). */
export interface TableCells {
  name: string;
  sheet: string;
  headers: readonly string[];
  rows: readonly (readonly Shown[])[];
}

export type TableKind = "indicator" | "task";

/** A source's ID and short name (the catalog's), to name a table's source. */
export interface SourceName {
  id: string;
  shortName: string;
}

/** Where a row was read: its table and its index in the table's body. */
export interface RowPlace {
  table: string;
  sheet: string;
  id: string;
  /** 0-based row of the table's body. */
  index: number;
}

export interface ReadOptions {
  /** The report date (YYYY-MM-DD) the rows are counted at; null when the workbook has none. */
  reportDate: string | null;
  /** Compute every row as of `reportDate` with the engine (it is not the workbook's own). */
  recomputeAll?: boolean;
  /** The catalog's sources, to name each table's source. */
  sources?: readonly SourceName[];
}

export interface InterpretedRows {
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  /** Each row's place (rows are the keys, as returned above). */
  places: Map<IndicatorRow | TaskRow, RowPlace>;
  /** Tables of ours that could not be read, one line each ("中文 / English"). */
  problems: string[];
  /** Indicator rows computed by the engine (no cached result, #NAME?, or another report date). */
  computedRows: number;
  /** Sheets of the indicator and task tables read, in order. */
  sheets: string[];
}

const PREFIX: Record<TableKind, string> = {
  indicator: tableName("Ind", "").toLowerCase(),
  task: tableName("Task", "").toLowerCase(),
};
const TABLE_PART: Record<TableKind, "Ind" | "Task"> = { indicator: "Ind", task: "Task" };
const SHEET_PREFIX: Record<TableKind, string> = { indicator: INDICATOR_SHEET_PREFIX, task: TASK_SHEET_PREFIX };

/** Every fixed header of the indicator and task tables (docs/WORKBOOK.md). */
export const INDICATOR_FIXED_HEADERS: readonly string[] = [
  ...INDICATOR_HEADERS_BEFORE_TARGETS,
  ...INDICATOR_HEADERS_AFTER_TARGETS,
];
export const TASK_REQUIRED_HEADERS: readonly string[] = ["ID", "任务内容", "牵头单位", "截止日期", "完成情况"];

/**
 * Headers without which a table of ours cannot be counted right: the row's key and name, and what
 * the counts read (a missing 实际值 would make every row 无数据, a missing 完成情况 every task 未开始).
 */
const REQUIRED: Record<TableKind, readonly string[]> = {
  indicator: ["ID", "指标名称", "实际值", "状态"],
  task: TASK_REQUIRED_HEADERS,
};

const TARGET_HEADER = /^(\d{4})年目标$/;
/**
 * How a cell lists several lead units: the task builder joins them with 、, and 汇总 counts a unit
 * only between 、 (summary.ts), so the 通报 and the board split there too and nowhere else.
 */
const UNIT_SEPARATORS = /、+/;
const LABELS = new Set<string>(Object.values(STATUS_LABELS));
const TRENDS = new Map<string, Trend>(Object.entries(TREND_LABELS).map(([k, v]) => [v, k as Trend]));
const TASK_STATE_WORDS: readonly string[] = Object.values(TASK_STATES);

/**
 * Whether a table is an indicator or a task table: by its stable name, else (`headers` given) by
 * having every fixed header of one. Null for any other table.
 */
export function tableKind(name: string, headers?: readonly string[]): TableKind | null {
  const n = name.toLowerCase();
  if (n.startsWith(PREFIX.indicator)) return "indicator";
  if (n.startsWith(PREFIX.task)) return "task";
  if (!headers) return null;
  if (INDICATOR_FIXED_HEADERS.every((h) => headers.includes(h))) return "indicator";
  if (TASK_REQUIRED_HEADERS.every((h) => headers.includes(h))) return "task";
  return null;
}

/** Whether the table's cells are needed by the interpreter (an indicator, task or 填报记录 table). */
export function isTableRead(name: string, headers?: readonly string[]): boolean {
  return tableKind(name, headers) !== null || name === CHECKIN_TABLE || name === KNOWN_IDS_TABLE;
}

/** A table's cells by header; a column the table lacks reads as blank. */
class Cells {
  private readonly index: Map<string, number>;
  constructor(readonly table: TableCells) {
    this.index = new Map(table.headers.map((h, i) => [h.trim(), i]));
  }
  has(header: string): boolean {
    return this.index.has(header);
  }
  row(i: number): (header: string) => Shown {
    const row = this.table.rows[i];
    return (header) => {
      const c = this.index.get(header);
      return c === undefined ? BLANK : (row[c] ?? BLANK);
    };
  }
  get length(): number {
    return this.table.rows.length;
  }
}

function sourceOf(t: TableCells, kind: TableKind, sources: readonly SourceName[]): SourceName {
  const name = t.name.toLowerCase();
  const known = sources.find((s) => tableName(TABLE_PART[kind], s.id).toLowerCase() === name);
  if (known) return { id: known.id, shortName: known.shortName };
  const prefix = SHEET_PREFIX[kind];
  return {
    // A source outside the catalog: the name's tail, the same for its indicator and task tables.
    id: name.startsWith(PREFIX[kind]) ? t.name.slice(PREFIX[kind].length) : t.name,
    shortName: t.sheet.startsWith(prefix) ? t.sheet.slice(prefix.length) : t.sheet,
  };
}

/**
 * The latest and previous valid check-in per ID as of the report date, from the 填报记录 table and
 * its list of known IDs (src/core/checkins.ts applies the 校验 column's rules). Empty without them.
 */
function checkinsOf(tables: readonly TableCells[], reportSerial: number | null): Map<string, LatestCheckin> {
  const log = tables.find((t) => t.name === CHECKIN_TABLE);
  const ids = tables.find((t) => t.name === KNOWN_IDS_TABLE);
  if (!log || !ids || reportSerial === null) return new Map();
  const known = new Map<string, KnownKind>();
  const idCells = new Cells(ids);
  for (let i = 0; i < idCells.length; i++) {
    const cell = idCells.row(i);
    const id = valueOf(cell("ID"));
    if (id === null || id === "") continue;
    known.set(String(id).toUpperCase(), textOf(cell("类型")) === KIND_TASK ? "task" : "indicator");
  }
  const logCells = new Cells(log);
  const rows = [];
  for (let i = 0; i < logCells.length; i++) {
    const cell = logCells.row(i);
    rows.push({
      id: valueOf(cell("ID")),
      date: valueOf(cell("截至日期")),
      value: valueOf(cell("实际值")),
      note: valueOf(cell("备注")),
    });
  }
  return latestCheckins(rows, reportSerial, known);
}

/** The direction as the row's formulas read its 方向 cell (a word they do not know reads as up). */
function directionOf(cell: unknown): Direction {
  try {
    return parseDirection(cell);
  } catch {
    return "up";
  }
}

/** A range target as the indicator sheet writes it (src/core/target.ts targetText: "6—8"). */
const RANGE_TEXT = /^(-?\d+(?:\.\d+)?)\s*[—–~～]\s*(-?\d+(?:\.\d+)?)$/;

/**
 * The final target the row measures against, as its formulas do: the last `<YYYY>年目标` cell that
 * is not blank; a range's bar by the direction (its lower end for up, upper for down). `value` is
 * null for a text target (nothing to compute).
 */
function finalTarget(
  cell: (h: string) => Shown,
  years: readonly number[],
  direction: Direction,
): { year: number; value: number | null } | null {
  for (const year of [...years].reverse()) {
    const s = cell(`${year}年目标`);
    if (isBlankShown(s)) continue;
    const v = valueOf(s);
    if (typeof v === "number") return { year, value: Number.isFinite(v) ? v : null };
    const range = RANGE_TEXT.exec(textOf(s));
    if (range)
      return { year, value: barOf({ kind: "range", min: Number(range[1]), max: Number(range[2]) }, direction) };
    return { year, value: null };
  }
  return null;
}

const EMPTY_INDEX = new CatalogIndex({
  version: "none",
  sources: [],
  indicators: [],
  tasks: [],
  rules: [],
  rubrics: [],
});

/** Message of an engine error (Chinese first), or the error itself re-thrown when it is a bug. */
function attempt<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (e) {
    if (isPolicyError(e)) return { error: `${e.code} ${e.message}` };
    throw e;
  }
}

interface Computed {
  status: StatusLabel | null;
  gap: number | null;
  progress: number | null;
  problem?: string;
}

/**
 * The row's 预期值, 缺口, 完成进度 and 状态 as its formulas compute them (src/workbook/indicators.ts),
 * with the engine, which reads cell values exactly as the POLICY.* functions do.
 */
function computeRow(
  cell: (h: string) => Shown,
  target: { year: number; value: number | null } | null,
  reportSerial: number | null,
): Computed {
  if (target === null || target.value === null) return { status: null, gap: null, progress: null };
  const raw = (h: string) => valueOf(cell(h));
  const actual = raw("实际值");
  const direction = raw("方向");
  const base = raw("基期值");
  const baseYear = raw("基期年");
  const hasBase = typeof base === "number" && typeof baseYear === "number";
  const asOf = isBlankShown(cell("截至日期")) ? reportSerial : raw("截至日期");
  const t = target.value;
  const expected = hasBase ? attempt(() => expectedAt(base, t, baseYear, target.year, asOf)) : null;
  const gap = attempt(() => gapToTarget(EMPTY_INDEX, actual, t, direction));
  const progress = attempt(() => progressOf(EMPTY_INDEX, actual, t, hasBase ? base : undefined, direction));
  const status =
    expected && "error" in expected
      ? expected
      : attempt(() =>
          statusOf(
            EMPTY_INDEX,
            actual,
            t,
            hasBase ? base : undefined,
            expected ? expected.value : undefined,
            direction,
          ),
        );
  return {
    status: "value" in status ? status.value : null,
    gap: "value" in gap ? gap.value : null,
    progress: "value" in progress ? progress.value : null,
    problem: "error" in status ? status.error : undefined,
  };
}

interface Context {
  reportDate: string | null;
  reportSerial: number | null;
  recomputeAll: boolean;
  checkins: () => ReadonlyMap<string, LatestCheckin>;
}

function indicatorRows(
  cells: Cells,
  source: SourceName,
  ctx: Context,
  emit: (row: IndicatorRow, index: number, computed: boolean) => void,
): void {
  const years = cells.table.headers
    .map((h) => TARGET_HEADER.exec(h.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  const hasUsed = cells.has("采用值");
  for (let i = 0; i < cells.length; i++) {
    const typed = cells.row(i);
    const id = textOf(typed("ID"));
    const name = textOf(typed("指标名称"));
    if (!id && !name) continue;
    const direction = directionOf(valueOf(typed("方向")));
    // The value and date the row's formulas use: 采用值/采用日期 where the table has them (the latest
    // valid check-in, else the typed cells), as computed, or by the same rule where not computed.
    let actualCell = typed("实际值");
    let asOfCell = typed("截至日期");
    let previous: number | null = null;
    let trend: Trend | null = null;
    if (hasUsed) {
      const used = typed("采用值");
      const usedDate = cells.has("采用日期") ? typed("采用日期") : asOfCell;
      if (!ctx.recomputeAll && used.kind === "value" && usedDate.kind === "value") {
        actualCell = used;
        asOfCell = usedDate;
        previous = numberOf(typed("上期值"));
        trend = TRENDS.get(textOf(typed("趋势"))) ?? null;
      } else {
        const ci = checkinOf(ctx.checkins(), id);
        if (ci) {
          actualCell = { kind: "value", value: ci.latest.value };
          asOfCell = { kind: "value", value: ci.latest.date };
          previous = typeof ci.previous?.value === "number" ? ci.previous.value : null;
        }
        trend = trendOf(valueOf(actualCell), previous, direction);
      }
    }
    const cell = (h: string): Shown => (h === "实际值" ? actualCell : h === "截至日期" ? asOfCell : typed(h));
    const target = finalTarget(cell, years, direction);
    const row: IndicatorRow = {
      id,
      name,
      sourceId: source.id,
      sourceName: source.shortName,
      category: textOf(cell("类别")),
      leadUnit: textOf(cell("牵头单位")),
      unit: textOf(cell("单位")),
      status: null,
      gap: null,
      progress: null,
      actual: numberOf(actualCell),
      target: target?.value ?? null,
      previous,
      trend,
    };
    if (isBlankShown(actualCell)) {
      emit(row, i, false);
      continue;
    }
    const statusCell = cell("状态");
    const nativeCell = cell(NATIVE_STATUS_HEADER);
    const gapCell = cell("缺口");
    const progressCell = cell("完成进度");
    const statusValue = valueOf(statusCell);
    const nativeValue = valueOf(nativeCell);
    const label = (v: unknown): StatusLabel | null =>
      typeof v === "string" && LABELS.has(v) ? (v as StatusLabel) : null;
    // 状态 as shown; where it is no label (the add-in's cell with an error), the native column's.
    const cachedStatus = label(statusValue) ?? label(nativeValue);
    const textTarget = statusValue === TEXT_TARGET_STATUS || nativeValue === TEXT_TARGET_STATUS;
    const engineNeeded =
      ctx.recomputeAll ||
      (!textTarget &&
        (cachedStatus === null || gapCell.kind !== "value" || progressCell.kind !== "value") &&
        // A genuine error the spreadsheet computed (bad input) is what the row shows: kept as such below.
        [statusCell, gapCell, progressCell].some(
          (c) => c.kind === "uncomputed" || (c.kind === "error" && c.code === "#NAME?"),
        ));
    if (engineNeeded) {
      emit({ ...row, ...computeRow(cell, target, ctx.reportSerial) }, i, true);
      continue;
    }
    if (textTarget) {
      emit(row, i, false);
      continue;
    }
    const shown = [statusCell, nativeCell].find((c) => c.kind === "error") ?? statusCell;
    const what = textOf(shown);
    emit(
      {
        ...row,
        status: cachedStatus,
        gap: numberOf(gapCell),
        progress: numberOf(progressCell),
        // An actual with no status: counted as 无数据 and listed to be checked, with what the cell shows.
        problem:
          cachedStatus === null
            ? `${what ? `${what} ` : ""}状态无法计算，请核对该行的输入 / the status cannot be computed: check the row's inputs`
            : undefined,
      },
      i,
      false,
    );
  }
}

function taskState(s: Shown): TaskState | null {
  const v = textOf(s);
  return TASK_STATE_WORDS.includes(v) ? (v as TaskState) : null;
}

function taskRows(cells: Cells, source: SourceName, ctx: Context, emit: (row: TaskRow, index: number) => void): void {
  const hasUsedState = cells.has("采用完成情况");
  const hasUsedNote = cells.has("最新进展");
  const hasOverdue = cells.has(OVERDUE_LABEL);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.row(i);
    const id = textOf(cell("ID"));
    const text = textOf(cell("任务内容"));
    if (!id && !text) continue;
    const due = dueDateOf(cell("截止日期"));
    // 采用完成情况/最新进展 where the table has them, as computed; else by the same rule: the latest
    // valid check-in's, else the typed cells.
    const latest = () => checkinOf(ctx.checkins(), id)?.latest;
    let stateCell = cell("完成情况");
    let noteCell = cell("进展情况");
    const usedState = cell("采用完成情况");
    const usedNote = cell("最新进展");
    if (hasUsedState) {
      if (!ctx.recomputeAll && usedState.kind === "value") stateCell = usedState;
      else {
        const l = latest();
        if (l && l.value !== null && String(l.value) !== "") stateCell = { kind: "value", value: String(l.value) };
      }
    }
    if (hasUsedNote) {
      if (!ctx.recomputeAll && usedNote.kind === "value") noteCell = usedNote;
      else {
        const l = latest();
        if (l && l.note !== "") noteCell = { kind: "value", value: l.note };
      }
    }
    const state = taskState(stateCell);
    const overdueCell = cell(OVERDUE_LABEL);
    // What the sheet's 逾期 column shows, as computed; else the same rule (src/core/tasks.ts).
    const overdue =
      !ctx.recomputeAll && hasOverdue && overdueCell.kind === "value"
        ? textOf(overdueCell) === OVERDUE_LABEL
        : ctx.reportDate !== null && isOverdue(due ?? undefined, ctx.reportDate, state);
    emit(
      {
        id,
        text,
        sourceId: source.id,
        leadUnits: textOf(cell("牵头单位"))
          .split(UNIT_SEPARATORS)
          .map((u) => u.trim())
          .filter(Boolean),
        due,
        state,
        note: textOf(noteCell),
        overdue,
      },
      i,
    );
  }
}

/**
 * The indicator and task rows of the tables given (in the order given: the workbook's sheet order),
 * with the 填报记录 tables where a row needs its check-ins computed. Rows with neither an ID nor a
 * name are skipped (a blank row at a table's end).
 */
export function interpretTables(tables: readonly TableCells[], opts: ReadOptions): InterpretedRows {
  const out: InterpretedRows = {
    indicators: [],
    tasks: [],
    places: new Map(),
    problems: [],
    computedRows: 0,
    sheets: [],
  };
  const reportSerial = opts.reportDate === null ? null : serialOfIso(opts.reportDate);
  let checkins: Map<string, LatestCheckin> | undefined;
  const ctx: Context = {
    reportDate: opts.reportDate,
    reportSerial,
    recomputeAll: opts.recomputeAll ?? false,
    checkins: () => (checkins ??= checkinsOf(tables, reportSerial)),
  };
  for (const t of tables) {
    const headers = t.headers.map((h) => h.trim());
    const kind = tableKind(t.name, headers);
    if (kind === null) continue;
    const missing = REQUIRED[kind].filter((h) => !headers.includes(h));
    if (missing.length) {
      out.problems.push(
        `表 ${t.name}（${t.sheet}）缺少列 ${missing.join("、")}，未计入 / table ${t.name} (${t.sheet}) lacks ${missing.join(", ")}: not counted`,
      );
      continue;
    }
    if (!out.sheets.includes(t.sheet)) out.sheets.push(t.sheet);
    const cells = new Cells(t);
    const source = sourceOf(t, kind, opts.sources ?? []);
    const place = (id: string, index: number): RowPlace => ({ table: t.name, sheet: t.sheet, id, index });
    switch (kind) {
      case "indicator":
        indicatorRows(cells, source, ctx, (row, index, computed) => {
          out.indicators.push(row);
          out.places.set(row, place(row.id, index));
          if (computed) out.computedRows += 1;
        });
        break;
      case "task":
        taskRows(cells, source, ctx, (row, index) => {
          out.tasks.push(row);
          out.places.set(row, place(row.id, index));
        });
        break;
      default:
        assertNever(kind, "table kind");
    }
  }
  return out;
}
