/**
 * The 进度看板's reader against the recording fake of the Excel API: a workbook the renderer wrote,
 * with values as Excel would have computed them, read in at most 2 round trips; columns found by
 * header (extra check-in and user columns); a row selected by its ID after a sort.
 */
import { builtInCatalog } from "../../../src/catalog";
import { summarizeProgress } from "../../../src/core/progress";
import { buildPlan } from "../../../src/workbook";
import { applyPlan } from "../../../src/workbook/office/render";
import { readProgress, selectRow } from "../../../src/workbook/office/readProgress";
import { FakeExcel } from "./fakeExcel";

const catalog = builtInCatalog();
const IND = "DB_Ind_DY_MFG_2024";
const TASK = "DB_Task_DY_MFG_2024";

async function workbook(form: "addin" | "portable" = "addin"): Promise<FakeExcel> {
  const x = new FakeExcel();
  x.userSheet("Sheet1", { A1: "我的数据" });
  const plan = buildPlan(catalog, ["DY-MFG-2024"], { form, reportDate: "2024-12-31" });
  await applyPlan(x.context, plan, { form, supports: () => true });
  // Excel's results of the tables' formulas for rows without an actual: blank (the fake keeps formulas uncomputed).
  for (const t of x.tables.filter((t) => t.name === IND || t.name === TASK))
    for (let r = t.top + 1; r <= t.bottom; r++)
      for (let c = t.left; c <= t.right; c++) {
        const cell = t.sheet.cell(r, c);
        if (cell?.formula) {
          cell.formula = undefined;
          cell.value = undefined;
        }
      }
  return x;
}

/** Puts a value in a cell of a table's body row `i` (0-based) as Excel shows it once computed. */
function show(x: FakeExcel, table: string, i: number, header: string, value: string | number): void {
  const t = x.table(table);
  const c = t.sheet.cell(t.top + 1 + i, x.columnOf(table, header), true)!;
  c.formula = undefined;
  c.value = value;
}

describe("readProgress", () => {
  test("reads indicator and task rows in at most 2 round trips, with Excel's computed values", async () => {
    const x = await workbook();
    show(x, IND, 0, "实际值", 900);
    show(x, IND, 0, "采用值", 900);
    show(x, IND, 0, "状态", "滞后");
    show(x, IND, 0, "缺口", 150);
    show(x, IND, 1, "实际值", 50);
    show(x, IND, 1, "采用值", 50);
    show(x, IND, 1, "状态", "预警");
    show(x, IND, 2, "实际值", 60);
    show(x, IND, 2, "采用值", 60);
    show(x, IND, 2, "状态", "已达标");
    // The add-in is not loaded: POLICY.STATUS shows #NAME?, the native column the status.
    show(x, IND, 3, "实际值", 10);
    show(x, IND, 3, "采用值", 10);
    show(x, IND, 3, "状态", "#NAME?");
    show(x, IND, 3, "状态（原生）", "正常");
    // An actual the status cannot use: 无数据, and listed to be checked.
    show(x, IND, 5, "实际值", 3);
    show(x, IND, 5, "采用值", 3);
    show(x, IND, 5, "状态", "#VALUE!");
    show(x, IND, 5, "状态（原生）", "#VALUE!");
    show(x, TASK, 0, "完成情况", "已完成");
    show(x, TASK, 0, "采用完成情况", "已完成");
    show(x, TASK, 1, "逾期", "逾期");
    show(x, TASK, 1, "完成情况", "推进中");
    show(x, TASK, 1, "采用完成情况", "推进中");
    const before = x.syncs;
    const read = await readProgress(x.context, catalog.sources);
    expect(x.syncs - before).toBeLessThanOrEqual(2);
    expect(read.syncs).toBe(x.syncs - before);

    expect(read.reportDate).toBe("2024-12-31");
    expect(read.problems).toEqual([]);
    expect(read.indicators).toHaveLength(catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024").length);
    const first = read.indicators[0];
    expect(first).toMatchObject({
      id: "DY-MFG-2024.01",
      name: "规上工业总产值",
      sourceId: "DY-MFG-2024",
      sourceName: "大冶制造强市三年行动",
      status: "滞后",
      actual: 900,
      gap: 150,
      target: 1050,
    });
    expect(read.indicators.slice(1, 4).map((r) => r.status)).toEqual(["预警", "已达标", "正常"]);
    expect(read.indicators[4].status).toBeNull();
    expect(read.indicators[5]).toMatchObject({ status: null, actual: 3 });
    expect(read.indicators[5].problem).toMatch(/^#VALUE! 状态无法计算，请核对该行的输入 \/ /);
    expect(read.where.get(first)).toEqual({
      sheet: "指标·大冶制造强市三年行动",
      table: IND,
      id: "DY-MFG-2024.01",
      address: expect.stringMatching(/^'指标·大冶制造强市三年行动'!A4:[A-Z]+4$/),
    });

    expect(read.tasks[0]).toMatchObject({ sourceId: "DY-MFG-2024", state: "已完成", overdue: false });
    expect(read.tasks[1]).toMatchObject({ state: "推进中", overdue: true });
    expect(read.tasks[1].leadUnits.length).toBeGreaterThan(0);

    const s = summarizeProgress(read.indicators, read.tasks, read.reportDate!);
    expect(s.indicators.counts).toMatchObject({ 已达标: 1, 正常: 1, 预警: 1, 滞后: 1 });
    expect(s.behind.map((r) => r.id)).toEqual(["DY-MFG-2024.01"]);
    expect(s.problems.map((r) => r.id)).toEqual([read.indicators[5].id]);
    expect(s.tasks).toMatchObject({ done: 1, inProgress: 1, overdue: 1 });
  });

  test("uses 采用值 over 实际值 and tolerates extra columns after the table", async () => {
    const x = await workbook("portable");
    // A user column after the table's own (check-in) columns.
    const t = x.table(IND);
    const col = t.right + 1;
    t.sheet.cell(t.top, col, true)!.value = "我的备注";
    t.right = col;
    show(x, IND, 0, "实际值", 1);
    show(x, IND, 0, "采用值", 777);
    show(x, IND, 0, "状态", "滞后");
    const read = await readProgress(x.context, catalog.sources);
    expect(read.indicators[0]).toMatchObject({ actual: 777, status: "滞后" });
  });

  test("a table of ours without a required column is reported, not counted in silence", async () => {
    const x = await workbook();
    x.renameHeader(IND, "状态", "状况");
    const read = await readProgress(x.context, catalog.sources);
    expect(read.indicators).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/DB_Ind_DY_MFG_2024.*缺少列 状态.* \/ .*lacks 状态/);
  });

  test("a workbook without our tables reads as empty in one round trip", async () => {
    const x = new FakeExcel();
    x.userSheet("Sheet1", { A1: 1 });
    const read = await readProgress(x.context);
    expect(read).toMatchObject({ indicators: [], tasks: [], reportDate: null, syncs: 1 });
    expect(x.syncs).toBe(1);
  });

  test("selecting a row activates its sheet and selects the row, found by its ID after a sort", async () => {
    const x = await workbook();
    const read = await readProgress(x.context, catalog.sources);
    const third = read.indicators[2];
    await selectRow(x.context, read.where.get(third)!);
    expect(x.activeSheet).toBe("指标·大冶制造强市三年行动");
    expect(x.selected).toBe(read.where.get(third)!.address);
    x.sortTable(IND, "ID", true);
    await selectRow(x.context, read.where.get(third)!);
    const rows = x.tableRows(IND).rows;
    const at = rows.findIndex((r) => r.ID === third.id);
    expect(x.selected).toMatch(new RegExp(`!A${x.table(IND).top + 1 + at}:`));
    await expect(selectRow(x.context, { ...read.where.get(third)!, id: "NO-SUCH.01" })).rejects.toThrow(
      /找不到 NO-SUCH\.01.* \/ /,
    );
  });
});
