/**
 * The import inside Excel, through the recording fake of the Excel API: the user's source is written
 * with its sheets and into the workbook's embedded catalog, the functions compute with it at once, a
 * later update keeps it (and, unticked, keeps it in the catalog), and its ID is then taken. A refused import writes nothing.
 */
import { builtInCatalog } from "../../src/catalog";
import { activeCatalog, setActiveCatalog } from "../../src/catalog/active";
import { gapToTarget } from "../../src/core/target";
import { excelInserter, excelImporter, loadEmbeddedCatalog } from "../../src/taskpane/excel";
import { buildImport, sourceIdProblem } from "../../src/taskpane/import/engine";
import { buildPlan } from "../../src/workbook/buildPlan";
import { capabilitiesFrom } from "../../src/workbook/office/capabilities";
import { applyPlan } from "../../src/workbook/office/render";
import { readWorkbookCatalog } from "../../src/workbook/office/readCatalog";
import { FakeExcel } from "../workbook/office/fakeExcel";

const REPORT_DATE = "2025-06-30";
const builtIn = builtInCatalog();
const caps = capabilitiesFrom("Excel", { isSetSupported: () => true });
const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
  "2\t绿色发展\t万元工业增加值能耗\t吨标准煤/万元\t0.8\t0.7\t约束性",
].join("\n");

let fake: FakeExcel;
beforeEach(() => {
  setActiveCatalog(null);
  fake = new FakeExcel();
  fake.context.workbook.application = { calculate: (type: string) => fake.queue({ calculate: type }, () => undefined) };
  (globalThis as Record<string, unknown>).Excel = { run: (fn: (c: unknown) => unknown) => fn(fake.context) };
});
afterAll(() => setActiveCatalog(null));

async function importMyPlan() {
  const importer = excelImporter(caps, builtIn);
  const base = await importer.baseCatalog();
  const built = buildImport(base, { table: TABLE }, { id: "MY-PLAN", name: "某县制造业三年行动" });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  return {
    importer,
    message: await importer.apply(built.catalog, built.sourceIds, { form: "addin", reportDate: REPORT_DATE }),
  };
}

test("the imported source is in the workbook's embedded catalog and the functions compute with it", async () => {
  const { message } = await importMyPlan();
  expect(message).toMatch(/^已导入 MY-PLAN：写入 \d+ 个工作表/);
  expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
  const embedded = (await readWorkbookCatalog(fake.context as unknown as Excel.RequestContext))!;
  expect(embedded.sources).toEqual(["MY-PLAN"]);
  expect(embedded.catalog.indicators.some((i) => i.id === "MY-PLAN.02" && i.direction === "down")).toBe(true);
  // A colleague opening the workbook: the embedded catalog, with the user's source, is what computes.
  setActiveCatalog(null);
  expect(await loadEmbeddedCatalog()).toMatchObject({ state: "ok", sources: ["MY-PLAN"], sameAsAddin: false });
  expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
});

test("an update from the pane keeps the user's source the workbook holds, in its sheets and its catalog", async () => {
  // A workbook holding a built-in source and the user's (built by a colleague's pane or the CLI).
  const built = buildImport(builtIn, { table: TABLE }, { id: "MY-PLAN", name: "某县制造业三年行动" });
  if (!built.ok) throw new Error(built.errors.join("\n"));
  const plan = buildPlan(built.catalog, ["DY-MFG-2024", "MY-PLAN"], { form: "addin", reportDate: REPORT_DATE });
  await applyPlan(fake.context as unknown as Excel.RequestContext, plan, { form: "addin" });
  await loadEmbeddedCatalog();
  // The pane lists both, ticked (test/taskpane/userSources.test.tsx): it sends both.
  await excelInserter(caps)({ sourceIds: ["DY-MFG-2024", "MY-PLAN"], form: "addin", reportDate: REPORT_DATE });
  const embedded = (await readWorkbookCatalog(fake.context as unknown as Excel.RequestContext))!;
  expect(embedded.sources).toEqual(["DY-MFG-2024", "MY-PLAN"]);
  expect(embedded.catalog.indicators.some((i) => i.id === "MY-PLAN.01")).toBe(true);
  expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
  expect(gapToTarget(activeCatalog(), 900, "DY-MFG-2024.01")).toBe(150);

  // Unticked, it leaves the workbook's list but stays in its catalog: its own sheet's formulas still
  // compute, and the pane still lists it to tick again.
  await excelInserter(caps)({ sourceIds: ["DY-MFG-2024"], form: "addin", reportDate: REPORT_DATE });
  const after = (await readWorkbookCatalog(fake.context as unknown as Excel.RequestContext))!;
  expect(after.sources).toEqual(["DY-MFG-2024"]);
  expect(after.catalog.sources.map((s) => s.id)).toContain("MY-PLAN");
  expect(fake.sheets.map((s) => s.name)).toContain("指标·某县制造业三年行动");
  expect(gapToTarget(activeCatalog(), 150, "MY-PLAN.01")).toBe(20);
});

test("once imported, the ID is taken in this workbook", async () => {
  const { importer } = await importMyPlan();
  const base = await importer.baseCatalog();
  expect(sourceIdProblem("MY-PLAN", base)).toMatch(/^“MY-PLAN”已被本工作簿中的另一个来源使用/);
  const again = buildImport(base, { table: TABLE }, { id: "MY-PLAN", name: "再次导入" });
  expect(again.ok).toBe(false);
});
