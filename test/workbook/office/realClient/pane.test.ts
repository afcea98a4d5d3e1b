/**
 * The task pane's other Excel paths through Microsoft's own Excel client library (request building,
 * object paths, load queries, PropertyNotLoaded and, on the desktop host, the API-set check are
 * Microsoft's code), with the stand-in workbook behind the transport (./officeClient.ts, ./standIn.ts):
 * the 进度看板's read and row selection, the embedded catalog's read, the import of a user source from
 * the selected range, and its removal by a re-insert without it. The pane's own modules run as in
 * Excel: they call the global `Excel.run`, here Microsoft's.
 *
 * The stand-in calculates nothing: a test says what Excel shows in the formula cells it reads
 * (`shows`); the others show blank, as the tables' formulas do on a row with no actual and no check-in.
 */
import { builtInCatalog } from "../../../../src/catalog";
import { activeCatalog, setActiveCatalog } from "../../../../src/catalog/active";
import { gapToTarget } from "../../../../src/core/target";
import { excelBoardHost, excelImporter, excelInserter, loadEmbeddedCatalog } from "../../../../src/taskpane/excel";
import { buildImport } from "../../../../src/taskpane/import/engine";
import { buildPlan } from "../../../../src/workbook";
import { capabilitiesFrom } from "../../../../src/workbook/office/capabilities";
import { readWorkbookCatalog } from "../../../../src/workbook/office/readCatalog";
import { readProgress, type ProgressRead } from "../../../../src/workbook/office/readProgress";
import { applyPlan } from "../../../../src/workbook/office/render";
import { CATALOG_SHEET_NAME, type EmbeddedCatalog } from "../../../../src/workbook/catalogSheet";
import { loadOfficeClient, type OfficeClient } from "./officeClient";

const catalog = builtInCatalog();
const SRC = "DY-MFG-2024";
const IND_SHEET = "指标·大冶制造强市三年行动";
const TASK_SHEET = "任务·大冶制造强市三年行动";
const IND = "DB_Ind_DY_MFG_2024";
const REPORT_DATE = "2024-12-31";

type Supports = (set: string, version: string) => boolean;
const anyHost: Supports = () => true;
/** Excel 2021-era desktop: ExcelApi up to 1.17, no ExcelApiOnline (as in ./realClient.test.ts). */
const desktop: Supports = (set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= 17;

const hosts: [string, Supports, boolean][] = [
  ["through Microsoft's Excel client library", anyHost, false],
  ["on a desktop host (ExcelApi 1.17, no ExcelApiOnline), with Microsoft's API-set check on", desktop, true],
];

/** The workbook's embedded catalog, read as the pane reads it. */
function embeddedOf(c: OfficeClient): Promise<EmbeddedCatalog | null> {
  return c.Excel.run((context: Excel.RequestContext) => readWorkbookCatalog(context));
}

/** Syncs the stand-in answered while `fn` ran. */
async function counted<T>(c: OfficeClient, fn: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = c.standIn.syncs;
  const result = await fn();
  return { result, syncs: c.standIn.syncs - before };
}

describe.each(hosts)("%s", (_name, supports, checked) => {
  let c: OfficeClient;
  /** What Excel shows in formula cells, by "sheet!A1". */
  let shows: Map<string, string | number>;
  const caps = capabilitiesFrom("Excel", { isSetSupported: supports });

  beforeEach(async () => {
    setActiveCatalog(null);
    c = loadOfficeClient(undefined, checked ? supports : undefined);
    shows = new Map();
    c.standIn.calculate = ({ sheet, address }) => shows.get(`${sheet}!${address}`) ?? "";
    (globalThis as Record<string, unknown>).Excel = c.Excel;
    c.workbook.userSheet("Sheet1", { A1: "我的数据" });
    const plan = buildPlan(catalog, [SRC], { form: "addin", reportDate: REPORT_DATE });
    await c.Excel.run((context: Excel.RequestContext) => applyPlan(context, plan, { form: "addin", supports }));
  });
  afterEach(() => {
    c.close();
    delete (globalThis as Record<string, unknown>).Excel;
  });
  afterAll(() => setActiveCatalog(null));

  /** Excel's results in a row of the indicator table (row 4 is the first). */
  const show = (sheet: string, row: number, cells: Record<string, string | number>) => {
    for (const [col, v] of Object.entries(cells)) shows.set(`${sheet}!${col}${row}`, v);
  };

  test("the harness: a property read without load, or an API above the host's sets, fails as in Excel", async () => {
    await expect(
      c.Excel.run(async (context: Excel.RequestContext) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items[0].visibility; // Excel answers only what was loaded
      }),
    ).rejects.toThrow(
      /The property 'visibility' is not available. Before reading the property's value, call the load method/,
    );
    const online = c.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getActiveWorksheet().namedSheetViews.load("items/name");
      await context.sync();
    });
    if (checked) await expect(online).rejects.toThrow(/ExcelApiOnline 1.1 requirement set/);
    else await expect(online).rejects.toThrow(/the stand-in has no property NamedSheetViews/);
  });

  test("进度看板: a typed actual and a check-in are read in ≤2 syncs, and a listed row is selected in Excel", async () => {
    // The user types an actual for .01 and a check-in for .02 in 填报记录; Excel computes the rest.
    c.workbook.typeInto(IND_SHEET, "L4", 900);
    c.workbook.typeInto("填报记录", "A4", "DY-MFG-2024.02");
    c.workbook.typeInto("填报记录", "B4", 45657); // 2024-12-31
    c.workbook.typeInto("填报记录", "C4", 60);
    // O 缺口, P 完成进度, Q 状态, R 状态（原生）, S 采用值, T 采用日期, U 来源.
    show(IND_SHEET, 4, { O: 150, P: 0.7, Q: "滞后", R: "滞后", S: 900, U: "本行" });
    show(IND_SHEET, 5, { O: 0, P: 1, Q: "已达标", R: "已达标", S: 60, T: 45657, U: "填报记录" });
    show(TASK_SHEET, 5, { L: "逾期" });

    const host = excelBoardHost(catalog);
    const { result: board, syncs } = await counted(c, () => host.read());
    expect(syncs).toBeLessThanOrEqual(2);
    expect(board.syncs).toBe(syncs);
    expect(board.problems).toEqual([]);
    expect(board.noActuals).toBe(false);
    expect(board.summary.indicators.counts).toMatchObject({ 已达标: 1, 滞后: 1 });
    expect(board.summary.behind.map((r) => r.id)).toEqual(["DY-MFG-2024.01"]);
    expect(board.summary.tasks.overdue).toBe(1);

    // The 通报 reads the same rows, for a workbook not yet saved under a name.
    const report = await host.readReport!();
    expect(report).toMatchObject({ reportDate: REPORT_DATE, file: "当前工作簿" });
    expect(report.indicators[0]).toMatchObject({ id: "DY-MFG-2024.01", actual: 900 });

    const read: ProgressRead = await c.Excel.run((context: Excel.RequestContext) =>
      readProgress(context, catalog.sources),
    );
    expect(read.reportDate).toBe(REPORT_DATE);
    expect(read.indicators.slice(0, 2)).toEqual([
      expect.objectContaining({ id: "DY-MFG-2024.01", actual: 900, status: "滞后", gap: 150 }),
      expect.objectContaining({ id: "DY-MFG-2024.02", actual: 60, status: "已达标" }),
    ]);
    expect(read.tasks[1]).toMatchObject({ sourceId: SRC, overdue: true });

    // The user clicks the row of .02 on the board; then sorts the table and clicks it again.
    const at = read.where.get(read.indicators[1])!;
    expect(at.address).toMatch(/^'指标·大冶制造强市三年行动'!A5:[A-Z]+5$/);
    const sel = await counted(c, () => host.select(at));
    expect(sel.syncs).toBe(2);
    expect(c.workbook.activeSheet).toBe(IND_SHEET);
    expect(c.workbook.selected).toBe(at.address);
    c.workbook.sortTable(IND, "ID", true);
    await host.select(at);
    expect(c.workbook.selected).not.toBe(at.address);
    const row = Number(/!A(\d+):/.exec(c.workbook.selected!)![1]);
    expect(c.workbook.sheet(IND_SHEET).get(`A${row}`)).toBe("DY-MFG-2024.02");
    // A row that is gone: the user is told to refresh, nothing is selected in its place.
    c.workbook.typeInto(IND_SHEET, `A${row}`, "DY-MFG-2024.99");
    await expect(host.select(at)).rejects.toThrow(/^在表 DB_Ind_DY_MFG_2024 中找不到 DY-MFG-2024.02，请刷新看板 \//);
  });

  test("进度看板: every built-in source, written in Microsoft's own chunks, is read in 2 syncs", async () => {
    const all = catalog.sources.map((src) => src.id);
    const plan = buildPlan(catalog, all, { form: "addin", reportDate: REPORT_DATE });
    await c.Excel.run((context: Excel.RequestContext) => applyPlan(context, plan, { form: "addin", supports }));
    // The client split a large write into row blocks itself (Range.getRow, getBoundingRect).
    const paths = c.requests.flatMap((r) => Object.values(r.ObjectPaths ?? {})) as { Name: string }[];
    expect(paths.some((p) => p.Name === "GetRow")).toBe(true);
    const { result: read, syncs } = await counted(c, (): Promise<ProgressRead> =>
      c.Excel.run((context: Excel.RequestContext) => readProgress(context, catalog.sources)),
    );
    expect(syncs).toBe(2);
    expect(read.problems).toEqual([]);
    expect(read.indicators).toHaveLength(catalog.indicators.length);
    expect(read.tasks).toHaveLength(catalog.tasks.length);
    expect(new Set(read.indicators.map((r) => r.sourceId))).toEqual(new Set(catalog.indicators.map((i) => i.sourceId)));
  });

  test("进度看板: a workbook without our tables reads as empty in one sync", async () => {
    const other = loadOfficeClient(undefined, checked ? supports : undefined);
    try {
      other.workbook.userSheet("Sheet1", { A1: 1 });
      const read: ProgressRead = await other.Excel.run((context: Excel.RequestContext) => readProgress(context));
      expect(read).toMatchObject({ indicators: [], tasks: [], reportDate: null, syncs: 1 });
      expect(other.standIn.syncs).toBe(1);
    } finally {
      other.close();
    }
  });

  test("embedded catalog: read in 2 syncs when the pane opens; none in a plain workbook; damage is said", async () => {
    const { result: status, syncs } = await counted(c, () => loadEmbeddedCatalog());
    expect(status).toMatchObject({ state: "ok", sources: [SRC], sameAsAddin: true });
    expect(syncs).toBe(2); // the same catalog as the add-in's: nothing to recalculate
    expect(c.standIn.calculations).toEqual([]);

    const plain = loadOfficeClient(undefined, checked ? supports : undefined);
    try {
      plain.workbook.userSheet("Sheet1", { A1: 1 });
      (globalThis as Record<string, unknown>).Excel = plain.Excel;
      expect(await loadEmbeddedCatalog()).toEqual({ state: "none" });
      expect(plain.standIn.syncs).toBe(1);
    } finally {
      plain.close();
      (globalThis as Record<string, unknown>).Excel = c.Excel;
    }

    c.workbook.typeInto(CATALOG_SHEET_NAME, "A2", "{broken");
    const damaged = await loadEmbeddedCatalog();
    expect(damaged).toMatchObject({ state: "damaged", message: expect.stringMatching(/^工作簿内嵌目录已损坏.* \/ /) });
  });

  test("import from the selected range: 2.1% reads as shown, the source is written, typed values kept; unticked, it leaves the sheets' list but stays in the catalog", async () => {
    c.workbook.typeInto(IND_SHEET, "L4", 900);
    // The user's table on a sheet of their own, a percent typed as 2.1% (Excel formats it 0.0%).
    const cells: Record<string, string | number> = {};
    const table = [
      ["序号", "类别", "指标", "单位", "2024年", "2027年", "属性"],
      ["1", "规模实力", "规上工业总产值", "亿元", "120", "170", "预期性"],
      ["2", "绿色发展", "万元工业增加值能耗", "吨标准煤/万元", "0.8", "0.7", "约束性"],
      ["3", "创新驱动", "研发投入强度", "%", "2.1%", "3%", "预期性"],
    ];
    table.forEach((line, i) => line.forEach((v, j) => (cells[`${"BCDEFGH"[j]}${3 + i}`] = v)));
    const input = c.workbook.userSheet("录入", cells);
    input.cell(6, 6)!.numberFormat = "0.0%";
    input.cell(6, 7)!.numberFormat = "0%";
    c.standIn.select("录入", "B3:H6");

    const importer = excelImporter(caps, catalog);
    const base = await counted(c, () => importer.baseCatalog());
    expect(base.syncs).toBe(2);
    const sel = await counted(c, () => importer.readSelection!());
    expect(sel.syncs).toBe(1);
    expect(sel.result).toEqual({
      sheet: "录入",
      address: expect.stringMatching(/^'?录入'?!B3:H6$/),
      row: 3,
      column: 1,
      text: table,
    });
    // Selected by the column headers B:H instead: the same table, read from the cells that hold values.
    c.standIn.select("录入", "B:H");
    const columns = await counted(c, () => importer.readSelection!());
    expect(columns.syncs).toBe(1);
    expect(columns.result).toEqual(sel.result);
    // Columns that hold nothing: an empty table, and the user is told to check the selection.
    c.standIn.select("录入", "K:M");
    const empty = await importer.readSelection!();
    expect(empty.text).toEqual([]);
    expect(buildImport(base.result, { table: empty.text }, { id: "MY-PLAN", name: "某县制造业三年行动" })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^没有识别出任何指标，请检查所选区域或粘贴的表格 \//)],
    });

    const built = buildImport(
      base.result,
      { table: sel.result.text, origin: { sheet: "录入", row: 3, column: 1 } },
      { id: "MY-PLAN", name: "某县制造业三年行动" },
    );
    if (!built.ok) throw new Error(built.errors.join("\n"));
    expect(built.catalog.indicators.find((i) => i.id === "MY-PLAN.03")).toMatchObject({
      unit: "%",
      base: 2.1,
      milestones: [{ year: 2027, target: { kind: "number", value: 3 } }],
    });

    const { result: message, syncs: applied } = await counted(c, () =>
      importer.apply(built.catalog, built.sourceIds, { form: "addin", reportDate: REPORT_DATE }),
    );
    // The workbook's catalog (2), the insert (≤3), one full recalculation.
    expect(applied).toBeLessThanOrEqual(6);
    expect(message).toMatch(/^已导入 MY-PLAN：写入 \d+ 个工作表，函数已可使用其指标和规则 \/ imported MY-PLAN/);
    expect(c.workbook.sheets.map((s) => s.name)).toContain("指标·某县制造业三年行动");
    expect(c.workbook.tableRows("DB_Ind_MY_PLAN").rows[0]).toMatchObject({
      ID: "MY-PLAN.01",
      指标名称: "规上工业总产值",
    });
    expect(c.workbook.tableRows(IND).rows[0]).toMatchObject({ ID: "DY-MFG-2024.01", 实际值: 900 });
    expect(c.workbook.sheet("录入").get("C4")).toBe("规模实力");
    // The functions compute with the workbook's catalog at once, and every formula recalculates.
    expect(c.standIn.calculations).toEqual(["Full"]);
    expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
    const embedded = (await embeddedOf(c))!;
    expect(embedded.sources).toEqual([SRC, "MY-PLAN"]);

    // The board lists the new source's rows under its name, in the same 2 syncs.
    const board = await counted(c, () => excelBoardHost(catalog).read());
    expect(board.syncs).toBe(2);
    expect(board.result.problems).toEqual([]);
    const boardRead: ProgressRead = await c.Excel.run((context: Excel.RequestContext) =>
      readProgress(context, catalog.sources),
    );
    expect(boardRead.indicators.find((r) => r.id === "MY-PLAN.01")).toMatchObject({
      name: "规上工业总产值",
      sourceName: "某县制造业三年行动",
      target: 170,
    });
    // The pane's board reads with the pane's sources (its catalog and the workbook's user sources):
    // the rows and the 通报's rows carry the source's own ID, not one guessed from the table name.
    const host = excelBoardHost(catalog);
    const viaPane = await host.readReport!(built.catalog.sources);
    expect(viaPane.indicators.find((r) => r.id === "MY-PLAN.01")?.sourceId).toBe("MY-PLAN");
    expect(viaPane.tasks.every((t) => t.sourceId !== "MY_PLAN")).toBe(true);
    expect((await host.read(built.catalog.sources)).problems).toEqual([]);
    // The user unticks MY-PLAN and inserts: the sheets' list loses it, the catalog keeps it.
    const insert = excelInserter(caps);
    const recalculated = c.standIn.calculations.length;
    const { result: outcome, syncs: inserted } = await counted(c, () =>
      insert({ sourceIds: [SRC], form: "addin", reportDate: REPORT_DATE }),
    );
    expect(outcome.syncs).toBeLessThanOrEqual(3);
    expect(inserted).toBe(outcome.syncs + c.standIn.calculations.length - recalculated);
    expect(outcome.kept).toBeGreaterThan(0);
    const after = (await embeddedOf(c))!;
    expect(after.sources).toEqual([SRC]);
    expect(after.catalog.sources.map((s) => s.id)).toContain("MY-PLAN");
    expect(c.workbook.tableRows(IND).rows[0]).toMatchObject({ ID: "DY-MFG-2024.01", 实际值: 900 });
    expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
    // The pane, reopened, lists it from the workbook to tick again.
    expect((await importer.baseCatalog()).sources.map((s) => s.id)).toContain("MY-PLAN");
  });
});
