/**
 * The task list of one source (重点任务清单, 责任分工, 推进计划): text, lead and responsible units, due
 * date, and two input columns (进展情况, 完成情况). A task is overdue when its due date is before the
 * workbook's report date and it is not marked 已完成: the 逾期 column says so and the row turns red
 * through a native conditional format.
 */
import type { Catalog, Source, Task } from "../core/schema";
import { dueDateIso, OVERDUE_LABEL, TASK_DONE, TASK_PROGRESS } from "../core/tasks";
import { TASK_CHECKIN_HEADERS, taskCheckinColumn } from "./checkins";
import { columnsOf } from "./columns";
import { REPORT_DATE_NAME, STATUS_STYLE, TAB_COLOR, TableLayout, sameInBothForms, tableName } from "./layout";
import type { CellValue, RowPlan, SheetPlan } from "./plan";
import { summaryNames } from "./summary";

export const TASK_HEADERS = [
  "ID",
  "清单",
  "分组",
  "任务内容",
  "牵头单位",
  "责任单位",
  "完成时限",
  "截止日期",
  "量化目标",
  "进展情况",
  "完成情况",
  "逾期",
] as const;

export const TASK_SHEET_PREFIX = "任务·";

/** Due date as a date value (a month's due date is its last day). */
export function dueDate(task: Task): CellValue {
  const iso = dueDateIso(task);
  return iso === undefined ? null : { date: iso };
}

export function buildTaskSheet(catalog: Catalog, source: Source): SheetPlan | null {
  const tasks = catalog.tasks.filter((t) => t.sourceId === source.id);
  if (!tasks.length) return null;
  const L = new TableLayout(
    "A3",
    [...TASK_HEADERS, ...TASK_CHECKIN_HEADERS].map((header) => ({ header })),
  );
  const due = L.cell("截止日期");
  // 逾期 follows the latest check-in's 完成情况 (checkins.ts), else the typed one.
  const done = L.cell("采用完成情况");

  const columns = columnsOf(
    "任务",
    [...TASK_HEADERS, ...TASK_CHECKIN_HEADERS],
    [
      { header: "ID", role: "catalog", width: 20 },
      { header: "清单", role: "catalog", width: 16 },
      { header: "分组", role: "catalog", width: 20 },
      { header: "任务内容", role: "catalog", width: 60 },
      { header: "牵头单位", role: "catalog", width: 16 },
      { header: "责任单位", role: "catalog", width: 24 },
      { header: "完成时限", role: "catalog", width: 14 },
      { header: "截止日期", role: "catalog", numberFormat: "yyyy-mm-dd", width: 12 },
      { header: "量化目标", role: "catalog", width: 24 },
      { header: "进展情况", role: "input", width: 30, note: "填写进展 / Describe progress" },
      {
        header: "完成情况",
        role: "input",
        width: 10,
        validation: { kind: "list", values: [...TASK_PROGRESS] },
        note: TASK_PROGRESS.join(" / "),
      },
      {
        header: "逾期",
        role: "computed",
        width: 8,
        formula: sameInBothForms(`=IF(${overdueTest(due, done)},"${OVERDUE_LABEL}","")`),
        note: "截止日期早于报告日期且未完成 / Due before the report date and not done",
      },
      ...TASK_CHECKIN_HEADERS.map((h) => taskCheckinColumn(h, L)),
    ],
  );

  const rows: RowPlan[] = tasks.map((t) => ({
    key: t.id,
    values: {
      ID: t.id,
      清单: t.list,
      分组: t.group ?? null,
      任务内容: t.text,
      牵头单位: t.leadUnits.join("、") || null,
      责任单位: t.responsibleUnits.join("、") || null,
      完成时限: t.dueText ?? null,
      截止日期: dueDate(t),
      量化目标: t.quantities.map((q) => q.text).join("；") || null,
    },
  }));

  const rowDue = L.rowCell("截止日期");
  const rowDone = L.rowCell("采用完成情况");
  return {
    key: `tasks:${source.id}`,
    name: `${TASK_SHEET_PREFIX}${source.shortName}`,
    kind: "tasks",
    tabColor: TAB_COLOR.tasks,
    freezeRows: L.headerRow,
    // Not protected: people sort and filter by 逾期 and add tasks of their own (Excel neither sorts a
    // range with locked cells nor grows a table on a protected sheet); row formulas read their own row.
    protect: false,
    cells: [
      {
        address: "A1",
        value: `${source.shortName} 任务清单（${source.docNumber ?? source.title}）`,
        role: "catalog",
        bold: true,
      },
      {
        address: "A2",
        value:
          "截止日期早于“说明”页报告日期且未标“已完成”的任务标红。/ Tasks due before the report date and not done are red.",
        role: "catalog",
      },
    ],
    tables: [
      {
        name: tableName("Task", source.id),
        anchor: L.anchor,
        columns,
        rows,
        keyColumn: "ID",
        names: summaryNames.task(source.id),
        conditionalFormats: [
          {
            columns: [],
            formula: sameInBothForms(`=${overdueTest(rowDue, rowDone)}`),
            fill: STATUS_STYLE.滞后.fill,
            fontColor: STATUS_STYLE.滞后.fontColor,
            label: OVERDUE_LABEL,
          },
          {
            columns: ["完成情况"],
            formula: sameInBothForms(`=${rowDone}="${TASK_DONE}"`),
            fill: STATUS_STYLE.已达标.fill,
            fontColor: STATUS_STYLE.已达标.fontColor,
            label: TASK_DONE,
          },
        ],
      },
    ],
  };
}

/**
 * Due before the report date and not done. A bare year typed in 截止日期 (a number below 10000, which
 * as a date serial would fall in 1905) means that year's 31 December, as the readers take it.
 */
function overdueTest(due: string, done: string): string {
  return `AND(ISNUMBER(${due}),IF(${due}<10000,DATE(${due},12,31),${due})<${REPORT_DATE_NAME},${done}<>"${TASK_DONE}")`;
}
