/**
 * Check-ins (填报记录): one table where each period's values are logged (ID, 截至日期, 实际值, 备注,
 * 填报单位), and the columns of the indicator and task tables that read it. docs/WORKBOOK.md,
 * "Check-ins", states the rules; in short:
 *
 * - A check-in row is checked by a native formula (校验): unknown ID, a bad date, a date after the
 *   report date, a non-number 实际值 for an indicator (or another word than 未开始/推进中/已完成 for a
 *   task), two rows with the same ID and date but different values. Only rows whose 校验 says 有效
 *   are used; an exact repeat of a valid row is marked and counted once.
 * - Each valid row gets a key `ID#n` (序键), n = 1 for the latest date of that ID, 2 for the one
 *   before, … (COUNTIFS of later valid dates + 1: dates of valid rows are distinct per ID). The
 *   indicator and task rows find their latest and previous check-in with MATCH(ID&"#1") and
 *   MATCH(ID&"#2") — no MAXIFS, XLOOKUP or array formula, so Excel 2010+, WPS, LibreOffice and
 *   Gnumeric compute it alike.
 * - 实际值 and 截至日期 stay the user's input columns: the row's 采用值/采用日期 are the latest
 *   check-in's when there is one, else the typed cells, and 预期值, 缺口, 完成进度, 状态 read those.
 *   Nothing typed is overwritten by a formula.
 *
 * Cross-sheet references go through workbook names (DB_CI_*, DB_KnownIds), never sheet names (the
 * office.js renderer may suffix a sheet name on collision).
 */
import type { Catalog, Source } from "../core/schema";
import { DIRECTION_TEXT } from "../core/directions";
import { TASK_PROGRESS } from "../core/tasks";
import { asOfValidationFormula, AS_OF_ERROR } from "./indicators";
import { REPORT_DATE_NAME, STATUS_STYLE, TableLayout, sameInBothForms, tableName } from "./layout";
import type { ColumnPlan, RowPlan, SheetPlan, TableNamePlan } from "./plan";
import { isDownFormula } from "../core/native/target";

export const CHECKIN_SHEET_NAME = "填报记录";
export const CHECKIN_SHEET_KEY = "checkins";
export const CHECKIN_TABLE = tableName("CheckIns");
export const KNOWN_IDS_TABLE = tableName("CheckInIds");

export const CHECKIN_HEADERS = ["ID", "截至日期", "实际值", "备注", "填报单位", "校验", "日期值", "序键"] as const;
export const KNOWN_ID_HEADERS = ["ID", "名称", "类型"] as const;

/** What 校验 says of a row that is used. */
export const CHECKIN_VALID = "有效";
/** 类型 of a known ID. */
export const KIND_INDICATOR = "指标";
export const KIND_TASK = "任务";

/** Messages of 校验, "中文 / English". */
export const CHECKIN_PROBLEMS = {
  noId: "缺少ID / no ID",
  unknownId: "未知ID，未采用 / unknown ID: not used",
  badDate: "截至日期无效，未采用 / bad date: not used",
  afterReport: "晚于报告日期，未采用 / after the report date: not used",
  notNumber: "实际值不是数字，未采用 / 实际值 is not a number: not used",
  badTaskValue: "任务的实际值应为 未开始、推进中 或 已完成 / a task's 实际值 must be 未开始, 推进中 or 已完成",
  conflict: "同一ID同一日期有不同的值，均未采用 / two values for one ID and date: neither used",
  duplicate: "重复，只计一次 / repeated: counted once",
} as const;

/** Workbook names over the check-in table's columns. */
export const CI_NAMES = {
  id: "DB_CI_Id",
  date: "DB_CI_Date",
  value: "DB_CI_Value",
  note: "DB_CI_Note",
  check: "DB_CI_Check",
  point: "DB_CI_Point",
  key: "DB_CI_Key",
  knownIds: "DB_KnownIds",
  knownKinds: "DB_KnownKinds",
} as const;

/** Room below the check-in table's rows that the names (and so every lookup) cover. */
export const CHECKIN_EXTRA_ROWS = 5000;
/** Empty rows the check-in table starts with. */
export const CHECKIN_BLANK_ROWS = 30;

/** Labels of 来源 and 趋势. */
export const SOURCE_LABELS = { checkin: "填报记录", row: "本行" } as const;
export const TREND_LABELS = { better: "向好", worse: "变差", same: "持平" } as const;

/** Columns added to each indicator table, after the native status helper. */
export const INDICATOR_CHECKIN_HEADERS = ["采用值", "采用日期", "来源", "上期值", "趋势"] as const;
/** Columns added to each task table, after 逾期. */
export const TASK_CHECKIN_HEADERS = ["最新进展", "采用完成情况"] as const;

/** The report date as a serial (a year number = that year's 31 December). */
export const REPORT_SERIAL = `IF(${REPORT_DATE_NAME}<10000,DATE(${REPORT_DATE_NAME},12,31),${REPORT_DATE_NAME})`;

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** MATCH of this row's n-th latest valid check-in (a number, or #N/A when there is none). */
const nth = (id: string, n: number) => `MATCH(${id}&"#${n}",${CI_NAMES.key},0)`;

/**
 * The check-in sheet: the check-in table (user rows, kept on re-inject like the calculator's) and,
 * to its right, the IDs it accepts (the list of the ID dropdown and of the unknown-ID check).
 */
export function buildCheckinSheet(catalog: Catalog, sources: readonly Source[]): SheetPlan | null {
  const ids = new Set(sources.map((s) => s.id));
  const inds = catalog.indicators.filter((i) => ids.has(i.sourceId));
  const tasks = catalog.tasks.filter((t) => ids.has(t.sourceId));
  if (!inds.length && !tasks.length) return null;

  const L = new TableLayout(
    "A3",
    CHECKIN_HEADERS.map((header) => ({ header })),
  );
  const [A, B, C, F, G] = ["ID", "截至日期", "实际值", "校验", "日期值"].map((h) => L.cell(h));
  const P = CHECKIN_PROBLEMS;
  const conflictOrDup =
    `IF(COUNTIFS(${CI_NAMES.id},${A},${CI_NAMES.point},${G},${CI_NAMES.value},"<>"&${C})>0,${q(P.conflict)},` +
    `IF(COUNTIFS($${L.letter("ID")}\${first}:${A},${A},$${L.letter("日期值")}\${first}:${G},${G})>1,${q(P.duplicate)},${q(CHECKIN_VALID)}))`;
  const taskValueOk = `OR(${C}="",${TASK_PROGRESS.map((v) => `${C}=${q(v)}`).join(",")})`;
  const check =
    `=IF(LEN(${A}&${B}&${C})=0,"",IF(TRIM(${A})="",${q(P.noId)},` +
    // "=" compares text exactly (without case); COUNTIF/MATCH would read * ? ~ in a typed ID as a pattern.
    `IF(SUMPRODUCT(--(${CI_NAMES.knownIds}=${A}))=0,${q(P.unknownId)},` +
    `IF(NOT(ISNUMBER(${G})),${q(P.badDate)},` +
    `IF(${G}>${REPORT_SERIAL},${q(P.afterReport)},` +
    `IF(COUNTIFS(${CI_NAMES.knownIds},${A},${CI_NAMES.knownKinds},${q(KIND_TASK)})>0,` +
    `IF(${taskValueOk},${conflictOrDup},${q(P.badTaskValue)}),` +
    `IF(OR(ISLOGICAL(${C}),NOT(ISNUMBER(${C}))),${q(P.notNumber)},${conflictOrDup})))))))`;
  const point = `=IF(${asOfValidationFormula(B).slice(1)},IF(${B}<10000,DATE(${B},12,31),${B}),"")`;
  const key =
    `=IF(${F}=${q(CHECKIN_VALID)},${A}&"#"&(COUNTIFS(${CI_NAMES.id},${A},${CI_NAMES.check},${q(CHECKIN_VALID)},` +
    `${CI_NAMES.point},">"&${G})+1),"")`;

  const columns: ColumnPlan[] = [
    {
      header: "ID",
      role: "input",
      width: 20,
      validation: { kind: "listRange", source: `=${CI_NAMES.knownIds}` },
      note: "指标或任务的ID（右侧列表） / The ID of an indicator or task (list on the right)",
    },
    {
      header: "截至日期",
      role: "input",
      numberFormat: "[<10000]0;yyyy-mm-dd",
      width: 12,
      validation: { kind: "custom", formula: asOfValidationFormula(B), error: AS_OF_ERROR },
      note: "本次数据的截至日期（日期或年份） / The date the value stands at (a date or a year)",
    },
    {
      header: "实际值",
      role: "input",
      numberFormat: "General",
      width: 11,
      note: "指标填数字（与指标表同一单位）；任务填 未开始/推进中/已完成 或留空 / A number for an indicator (its unit); for a task 未开始/推进中/已完成 or blank",
    },
    { header: "备注", role: "input", width: 30, note: "说明；任务的进展写在这里 / Notes; a task's progress goes here" },
    { header: "填报单位", role: "input", width: 16 },
    {
      header: "校验",
      role: "computed",
      width: 30,
      formula: sameInBothForms(check),
      note: "“有效”的行才被采用 / Only rows marked 有效 are used",
    },
    {
      header: "日期值",
      role: "computed",
      numberFormat: "yyyy-mm-dd",
      width: 11,
      formula: sameInBothForms(point),
      note: "截至日期折算成日期（年份 = 该年12月31日） / The as-of date as a date (a year = its 31 December)",
    },
    {
      header: "序键",
      role: "computed",
      width: 18,
      formula: sameInBothForms(key),
      note: "ID#1 为该ID最新的有效填报，#2 为上一期 / ID#1 is the ID's latest valid check-in, #2 the one before",
    },
  ];
  const names: TableNamePlan[] = [
    { name: CI_NAMES.id, column: "ID", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.date, column: "截至日期", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.value, column: "实际值", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.note, column: "备注", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.check, column: "校验", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.point, column: "日期值", extraRows: CHECKIN_EXTRA_ROWS },
    { name: CI_NAMES.key, column: "序键", extraRows: CHECKIN_EXTRA_ROWS },
  ];
  const bad = `AND($${L.letter("校验")}{r}<>"",$${L.letter("校验")}{r}<>${q(CHECKIN_VALID)})`;

  // The known IDs, two columns right of the check-in table.
  const K = new TableLayout(
    `${String.fromCharCode("A".charCodeAt(0) + CHECKIN_HEADERS.length + 1)}3`,
    KNOWN_ID_HEADERS.map((header) => ({ header })),
  );
  const knownRows: RowPlan[] = [
    ...inds.map((i) => ({ key: i.id, values: { ID: i.id, 名称: i.name, 类型: KIND_INDICATOR } })),
    ...tasks.map((t) => ({
      key: t.id,
      values: { ID: t.id, 名称: t.text.length > 60 ? `${t.text.slice(0, 60)}…` : t.text, 类型: KIND_TASK },
    })),
  ];

  return {
    key: CHECKIN_SHEET_KEY,
    name: CHECKIN_SHEET_NAME,
    kind: "checkins",
    tabColor: "#2E75B6",
    freezeRows: L.headerRow,
    // Not protected: people add, sort and filter check-ins.
    protect: false,
    cells: [
      { address: "A1", value: "填报记录（每期一行：ID、截至日期、实际值）", role: "catalog", bold: true },
      {
        address: "A2",
        value:
          "指标表和任务表采用每个ID最新的有效填报；“校验”非“有效”的行不被采用。/ Indicator and task rows use each ID's latest valid check-in; rows not marked 有效 are not used.",
        role: "catalog",
      },
    ],
    tables: [
      {
        name: CHECKIN_TABLE,
        anchor: L.anchor,
        columns,
        rows: [],
        keyColumn: "ID",
        blankRows: CHECKIN_BLANK_ROWS,
        conditionalFormats: [
          {
            columns: [],
            formula: sameInBothForms(`=${bad}`),
            fill: STATUS_STYLE.滞后.fill,
            fontColor: STATUS_STYLE.滞后.fontColor,
            label: "校验未通过",
          },
        ],
        names,
      },
      {
        name: KNOWN_IDS_TABLE,
        anchor: K.anchor,
        columns: [
          { header: "ID", role: "catalog", width: 20 },
          { header: "名称", role: "catalog", width: 30 },
          { header: "类型", role: "catalog", width: 6 },
        ],
        rows: knownRows,
        keyColumn: "ID",
        conditionalFormats: [],
        names: [
          { name: CI_NAMES.knownIds, column: "ID" },
          { name: CI_NAMES.knownKinds, column: "类型" },
        ],
      },
    ],
  };
}

/**
 * The check-in columns of an indicator table. `L` is the table's layout (with these headers);
 * `direction` the table's one direction, or "mixed" to read the row's 方向 cell.
 */
export function indicatorCheckinColumn(
  header: (typeof INDICATOR_CHECKIN_HEADERS)[number],
  L: TableLayout,
  direction: "up" | "down" | "mixed",
): ColumnPlan {
  const [id, actual, asOf, used, prev] = ["ID", "实际值", "截至日期", "采用值", "上期值"].map((h) => L.cell(h));
  const has = `ISNUMBER(${nth(id, 1)})`;
  switch (header) {
    case "采用值":
      return {
        header,
        role: "computed",
        numberFormat: "General",
        width: 10,
        formula: sameInBothForms(`=IF(${has},INDEX(${CI_NAMES.value},${nth(id, 1)}),IF(${actual}="","",${actual}))`),
        note: "最新有效填报的实际值，没有填报时为本行实际值；预期值、缺口、完成进度、状态据此计算 / The latest valid check-in's value, else this row's 实际值; the computed columns use it",
      };
    case "采用日期":
      return {
        header,
        role: "computed",
        numberFormat: "[<10000]0;yyyy-mm-dd",
        width: 11,
        formula: sameInBothForms(`=IF(${has},INDEX(${CI_NAMES.date},${nth(id, 1)}),IF(${asOf}="","",${asOf}))`),
        note: "最新有效填报的截至日期，否则为本行截至日期 / The latest valid check-in's date, else this row's 截至日期",
      };
    case "来源":
      return {
        header,
        role: "computed",
        width: 9,
        formula: sameInBothForms(`=IF(${has},${q(SOURCE_LABELS.checkin)},IF(${actual}="","",${q(SOURCE_LABELS.row)}))`),
        note: "采用值来自“填报记录”还是本行 / Whether the value used comes from the check-ins or this row",
      };
    case "上期值":
      return {
        header,
        role: "computed",
        numberFormat: "General",
        width: 10,
        formula: sameInBothForms(`=IF(ISNUMBER(${nth(id, 2)}),INDEX(${CI_NAMES.value},${nth(id, 2)}),"")`),
        note: "上一期有效填报的实际值 / The value of the check-in before the latest",
      };
    case "趋势": {
      const up =
        direction === "mixed" ? `NOT(${isDownFormula(L.cell("方向"))})` : direction === "up" ? "TRUE" : "FALSE";
      return {
        header,
        role: "computed",
        width: 7,
        formula: sameInBothForms(
          `=IF(OR(NOT(ISNUMBER(${prev})),NOT(ISNUMBER(${used}))),"",IF(${used}=${prev},${q(TREND_LABELS.same)},` +
            `IF((${used}>${prev})=${up},${q(TREND_LABELS.better)},${q(TREND_LABELS.worse)})))`,
        ),
        note: `与上期相比（按“方向”：${DIRECTION_TEXT.up}或${DIRECTION_TEXT.down}） / Against the previous check-in, by the direction`,
      };
    }
  }
}

/** The check-in columns of a task table (its layout has 进展情况, 完成情况 and these headers). */
export function taskCheckinColumn(header: (typeof TASK_CHECKIN_HEADERS)[number], L: TableLayout): ColumnPlan {
  const id = L.cell("ID");
  const m = nth(id, 1);
  const from = (name: string, typed: string) =>
    sameInBothForms(
      `=IF(AND(ISNUMBER(${m}),IF(ISNUMBER(${m}),INDEX(${name},${m})&"","")<>""),INDEX(${name},${m})&"",IF(${typed}="","",${typed}&""))`,
    );
  switch (header) {
    case "最新进展":
      return {
        header,
        role: "computed",
        width: 30,
        formula: from(CI_NAMES.note, L.cell("进展情况")),
        note: "最新有效填报的备注，否则为本行进展情况 / The latest valid check-in's note, else this row's 进展情况",
      };
    case "采用完成情况":
      return {
        header,
        role: "computed",
        width: 10,
        formula: from(CI_NAMES.value, L.cell("完成情况")),
        note: "最新有效填报的完成情况，否则为本行完成情况；逾期据此判断 / The latest valid check-in's 完成情况, else this row's; 逾期 follows it",
      };
  }
}
