/**
 * The pane's reader (office.js, src/workbook/office/readProgress.ts) and the CLI's (exceljs,
 * src/workbook/read/workbook.ts) read the same workbook content to the same rows: one workbook built
 * from the same plan, written once by the office.js renderer into the fake Excel and once by the xlsx
 * renderer, with the same cells shown in both as Excel would show them (computed results, errors,
 * text typed into numeric cells, dates as serials, years and text).
 */
import ExcelJS from "exceljs";
import { builtInCatalog } from "../../../src/catalog";
import { serialOfIso } from "../../../src/core/dates";
import { summarizeProgress } from "../../../src/core/progress";
import { buildPlan } from "../../../src/workbook";
import { REPORT_DATE_NAME } from "../../../src/workbook/layout";
import { applyPlan } from "../../../src/workbook/office/render";
import { readProgress } from "../../../src/workbook/office/readProgress";
import { loadWorkbookForReading, readProgressRows, readReportDate } from "../../../src/workbook/read";
import { parseRange } from "../../../src/workbook/a1";
import { renderXlsx } from "../../../src/workbook/xlsx/render";
import { FakeExcel } from "../office/fakeExcel";

const catalog = builtInCatalog();
const SOURCE = "DY-MFG-2024";
const IND = "DB_Ind_DY_MFG_2024";
const TASK = "DB_Task_DY_MFG_2024";
const REPORT_DATE = "2024-12-31";

/** A cell as Excel shows it: a value, blank (null), or an error value. */
type Cell = number | string | boolean | null | { error: string } | Date;
/** Per table, per body row (0-based), per header: what the cell shows. */
type Content = Record<string, Record<number, Record<string, Cell>>>;

const ours = (name: string) => name.startsWith("DB_Ind_") || name.startsWith("DB_Task_");
const serialOfDate = (d: Date) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

/** The office.js side: the plan in the fake Excel, every formula of our tables shown as computed blank, then `content`. */
/** Headers typed over: table → [from, to]. */
type Renames = Record<string, [string, string]>;

async function fakeWorkbook(content: Content, reportDate: Cell, renames: Renames = {}): Promise<FakeExcel> {
  const x = new FakeExcel();
  const plan = buildPlan(catalog, [SOURCE], { form: "addin", reportDate: REPORT_DATE });
  await applyPlan(x.context, plan, { form: "addin", supports: () => true });
  for (const t of x.tables.filter((t) => ours(t.name)))
    for (let r = t.top + 1; r <= t.bottom; r++)
      for (let c = t.left; c <= t.right; c++) {
        const cell = t.sheet.cell(r, c);
        if (cell?.formula) {
          cell.formula = undefined;
          cell.value = undefined;
        }
      }
  const put = (sheet: string, row: number, col: number, v: Cell) => {
    const c = x.sheet(sheet).cell(row, col, true)!;
    c.formula = undefined;
    c.value = v === null ? undefined : v instanceof Date ? serialOfDate(v) : typeof v === "object" ? v.error : v;
  };
  for (const [table, rows] of Object.entries(content)) {
    const t = x.table(table);
    for (const [i, cells] of Object.entries(rows))
      for (const [h, v] of Object.entries(cells)) put(t.sheet.name, t.top + 1 + Number(i), x.columnOf(table, h), v);
  }
  const at = parseRange(x.names.get(REPORT_DATE_NAME)!.replace(/^=/, "").replace(/\$/g, ""));
  put(at.sheet!, at.from.row, at.from.col, reportDate);
  for (const [table, [from, to]] of Object.entries(renames)) x.renameHeader(table, from, to);
  return x;
}

/** The exceljs side: the plan as the xlsx renderer writes it, the same cells shown, saved and opened again. */
async function xlsxWorkbook(content: Content, reportDate: Cell, renames: Renames = {}): Promise<ExcelJS.Workbook> {
  const plan = buildPlan(catalog, [SOURCE], { form: "addin", reportDate: REPORT_DATE });
  const wb = await loadWorkbookForReading(await renderXlsx(plan, { form: "addin" }), "book.xlsx");
  const toValue = (v: Cell): ExcelJS.CellValue =>
    v === null
      ? null
      : v instanceof Date || typeof v !== "object"
        ? v
        : { error: v.error as ExcelJS.CellErrorValue["error"] };
  for (const ws of wb.worksheets)
    for (const tt of ws.getTables() as unknown as {
      table: { name: string; tableRef: string; columns: { name: string }[] };
    }[]) {
      const t = tt.table;
      if (!ours(t.name)) continue;
      const { from, to } = parseRange(t.tableRef);
      // Bottom up: a shared formula's clones go before the cell that holds it.
      for (let r = to.row; r > from.row; r--)
        for (let c = from.col; c <= to.col; c++) {
          // exceljs, not office.js: its cells need no load() or sync().

          if (ws.getCell(r, c).type === ExcelJS.ValueType.Formula) ws.getCell(r, c).value = null;
        }
      for (const [i, cells] of Object.entries(content[t.name] ?? {}))
        for (const [h, v] of Object.entries(cells)) {
          const col = t.columns.findIndex((c) => c.name === h);
          if (col < 0) throw new Error(`no column ${h} in ${t.name}`);
          ws.getCell(from.row + 1 + Number(i), from.col + col).value = toValue(v);
        }
      const rename = renames[t.name];
      if (rename) {
        const col = t.columns.findIndex((c) => c.name === rename[0]);
        t.columns[col].name = rename[1];
        ws.getCell(from.row, from.col + col).value = rename[1];
      }
    }
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const at = parseRange(model.find((n) => n.name === REPORT_DATE_NAME)!.ranges[0]);
  wb.getWorksheet(at.sheet!)!.getCell(at.from.row, at.from.col).value = toValue(reportDate);
  const bytes = await wb.xlsx.writeBuffer();
  return loadWorkbookForReading(new Uint8Array(bytes as ArrayBuffer), "book.xlsx");
}

async function readBoth(content: Content, reportDate: Cell = new Date(Date.UTC(2024, 11, 31)), renames: Renames = {}) {
  const x = await fakeWorkbook(content, reportDate, renames);
  const pane = await readProgress(x.context, catalog.sources);
  const wb = await xlsxWorkbook(content, reportDate, renames);
  return { pane, wb, cli: readReportDate(wb) === null ? null : readProgressRows(wb) };
}

/** An indicator row as Excel shows it once computed with an actual. */
const computed = (actual: Cell, status: Cell, extra: Record<string, Cell> = {}) => ({
  实际值: actual,
  采用值: actual,
  来源: "本行",
  状态: status,
  "状态（原生）": status,
  ...extra,
});

describe("the pane's reader and the CLI's read the same workbook to the same rows", () => {
  test("statuses, errors, text in numeric cells, check-ins, dates, units", async () => {
    const content: Content = {
      [IND]: {
        0: computed(900, "滞后", { 缺口: 150, 完成进度: 0.6, 上期值: 850, 趋势: "向好" }),
        1: computed(50, "预警", { 缺口: 2.5, 完成进度: 0.9 }),
        // The add-in's cells show #NAME? (not loaded): the native status is the row's.
        2: computed(60, { error: "#NAME?" }, { "状态（原生）": "已达标", 缺口: 1, 完成进度: 1 }),
        // Text typed in 实际值: no number, and the status cannot be computed: listed to be checked.
        3: computed("约10", { error: "#VALUE!" }),
        // An error in 实际值 itself.
        4: computed({ error: "#N/A" }, { error: "#N/A" }),
        // Numeric-looking text in the computed cells is no number.
        5: computed(3, "正常", { 缺口: "1.5", 完成进度: "50%" }),
        // A lead unit cell that shows an error is seen, not blank.
        6: { 牵头单位: { error: "#REF!" } },
      },
      [TASK]: {
        0: { 完成情况: "已完成", 采用完成情况: "已完成", 截止日期: new Date(Date.UTC(2024, 5, 30)) },
        1: { 完成情况: "推进中", 采用完成情况: "推进中", 最新进展: "已开工", 逾期: "逾期", 截止日期: 2024 },
        2: { 截止日期: "2025-06-30", 牵头单位: "市经信局、市发改委/市财政局" },
        3: { 截止日期: serialOfIso("2024-03-31"), 逾期: "逾期", 牵头单位: null },
      },
    };
    const { pane, cli } = await readBoth(content);
    expect(cli).not.toBeNull();
    expect(pane.reportDate).toBe(REPORT_DATE);
    expect(cli!.reportDate).toBe(REPORT_DATE);
    expect(pane.problems).toEqual([]);
    expect(cli!.problems).toEqual([]);
    expect(cli!.computedRows).toBe(0);
    expect(pane.indicators).toEqual(cli!.indicators);
    expect(pane.tasks).toEqual(cli!.tasks);

    const [r0, r1, r2, r3, r4, r5, r6] = pane.indicators;
    expect(r0).toMatchObject({ status: "滞后", actual: 900, gap: 150, progress: 0.6, target: 1050 });
    expect(r0).toMatchObject({ previous: 850, trend: "better" });
    expect(r1.status).toBe("预警");
    expect(r2).toMatchObject({ status: "已达标", gap: 1 });
    expect(r3).toMatchObject({ status: null, actual: null });
    expect(r3.problem).toMatch(/^#VALUE! 状态无法计算.* \/ the status cannot be computed/);
    expect(r4).toMatchObject({ status: null, actual: null });
    expect(r4.problem).toMatch(/^#N\/A 状态无法计算/);
    expect(r5).toMatchObject({ status: "正常", actual: 3, gap: null, progress: null });
    expect(r6).toMatchObject({ leadUnit: "#REF!", status: null });
    const s = summarizeProgress(pane.indicators, pane.tasks, REPORT_DATE);
    expect(s.problems.map((r) => r.id)).toEqual([r3.id, r4.id]);

    const [t0, t1, t2, t3] = pane.tasks;
    expect(t0).toMatchObject({ state: "已完成", due: "2024-06-30", overdue: false });
    expect(t1).toMatchObject({ state: "推进中", due: "2024-12-31", note: "已开工", overdue: true });
    expect(t2).toMatchObject({
      due: "2025-06-30",
      leadUnits: ["市经信局", "市发改委/市财政局"] /* 、 only, as 汇总 counts */,
      overdue: false,
    });
    expect(t3).toMatchObject({ due: "2024-03-31", leadUnits: [], overdue: true });
  }, 60_000);

  test("a row typed without an ID is counted by both, not dropped by one", async () => {
    const content: Content = { [IND]: { 1: { ID: null, ...computed(50, "预警") } } };
    const { pane, cli } = await readBoth(content);
    expect(pane.indicators).toEqual(cli!.indicators);
    const row = pane.indicators.find((r) => r.id === "");
    expect(row).toMatchObject({ status: "预警", actual: 50 });
  }, 60_000);

  test("the report date: a date or a year in both; text (which the sheet's formulas cannot use) in neither", async () => {
    expect((await readBoth({}, 2024)).pane.reportDate).toBe("2024-12-31");
    expect((await readBoth({}, 2024)).cli!.reportDate).toBe("2024-12-31");
    const text = await readBoth({}, "2024-12-31");
    expect(text.pane.reportDate).toBeNull();
    expect(text.cli).toBeNull();
    // Without a report date the CLI asks for one; nothing is computed against a date the sheet does not use.
    expect(() => readProgressRows(text.wb)).toThrow(/报告日期.*为空或不是日期/);
  }, 120_000);

  test("a table of ours without a column the counts need is named by both, and not counted", async () => {
    const { pane, cli } = await readBoth({ [TASK]: { 0: { 完成情况: "已完成" } } }, undefined, {
      [TASK]: ["完成情况", "进度"],
    });
    expect(pane.problems).toEqual([
      `表 ${TASK}（任务·大冶制造强市三年行动）缺少列 完成情况，未计入 / table ${TASK} (任务·大冶制造强市三年行动) lacks 完成情况: not counted`,
    ]);
    expect(cli!.problems).toEqual(pane.problems);
    expect(pane.tasks).toEqual([]);
    expect(cli!.tasks).toEqual([]);
    expect(pane.indicators).toEqual(cli!.indicators);
  }, 60_000);
});
