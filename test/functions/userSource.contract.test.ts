/**
 * A source the user imported computes like a built-in one in the BUILT functions bundle (npm run build),
 * as Excel runs it: the pane's import builds the catalog with the user's source, the workbook embeds
 * it, and a colleague's add-in reads that embedded catalog back (readCatalogSheet) and hands it to the
 * functions through the shared runtime's global (src/catalog/chosen.ts). GAPTOTARGET, TARGET, INFO and
 * SUBSIDY then know the user's indicators and rules; without the embedded catalog they are #N/A.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { ACTIVE_KEY } from "../../src/catalog/chosen";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { buildImport, gridOfDelimited } from "../../src/taskpane/import/engine";
import { buildPlan } from "../../src/workbook";
import { readCatalogSheet } from "../../src/workbook/catalogSheet";
import { renderXlsx } from "../../src/workbook/xlsx/render";
import { ExcelError, loadFunctionsBundle } from "../support/functionsBundle";
import { loadXlsx } from "../support/xlsxRead";

const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
  "2\t\t规上工业企业数\t家\t80\t>100\t预期性",
  "3\t绿色发展\t万元工业增加值能耗\t吨标准煤/万元\t0.8\t0.7\t约束性",
].join("\n");
const RULES = gridOfDelimited(
  fs.readFileSync(path.resolve(__dirname, "../../docs/examples/my-plan.rules.csv"), "utf8"),
);

async function embeddedCatalogOfImport() {
  const built = buildImport(
    builtInCatalog(),
    { table: TABLE },
    { id: "MY-PLAN", name: "某县制造业三年行动", docNumber: "某政发〔2025〕1号" },
    RULES,
  );
  if (!built.ok) throw new Error(built.errors.join("\n"));
  const plan = buildPlan(built.catalog, built.sourceIds, { form: "addin", reportDate: "2025-06-30" });
  const wb = await loadXlsx(await renderXlsx(plan, { form: "addin" }));
  const sheet = wb.getWorksheet("_duibiao_catalog")!;
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return readCatalogSheet(values)!;
}

test("the workbook's embedded catalog carries the imported source and its rules", async () => {
  const embedded = await embeddedCatalogOfImport();
  expect(embedded.sources).toEqual(["MY-PLAN"]);
  expect(embedded.catalog.indicators.filter((i) => i.sourceId === "MY-PLAN").map((i) => i.id)).toEqual([
    "MY-PLAN.01",
    "MY-PLAN.02",
    "MY-PLAN.03",
  ]);
  expect(embedded.catalog.rules.some((r) => r.id === "MY-PLAN.R-TECHREFORM")).toBe(true);
});

describe("the functions bundle with a workbook that embeds an imported source", () => {
  let fns: ReturnType<typeof loadFunctionsBundle>;
  beforeAll(async () => {
    const embedded = await embeddedCatalogOfImport();
    // What the pane does on opening the workbook (setActiveCatalog): the functions read this global.
    fns = loadFunctionsBundle({ globals: { [ACTIVE_KEY]: new CatalogIndex(embedded.catalog) } });
  });

  test("GAPTOTARGET and TARGET use the user's indicators, their direction included", () => {
    expect(fns.call("GAPTOTARGET", 150, "MY-PLAN.01")).toBe(20);
    // 能耗 was read as lower-is-better: 0.75 against 0.7 is still 0.05 short.
    expect(fns.call("GAPTOTARGET", 0.75, "MY-PLAN.03")).toBeCloseTo(0.05, 12);
    expect(fns.call("TARGET", "MY-PLAN.01", 2027)).toBe(170);
    expect(fns.call("TARGET", "MY-PLAN.01", 2026)).toEqual(new ExcelError("#N/A", expect.any(String)));
  });

  test("INFO reads the user's entries", async () => {
    expect(await fns.call("INFO", "MY-PLAN.03", "unit")).toBe("吨标准煤/万元");
    expect(await fns.call("INFO", "MY-PLAN.01", "name")).toBe("规上工业总产值");
  });

  test("SUBSIDY computes the user's rule with its gate and cap", () => {
    // 8% of the equipment investment when the project's total is ≥500万, at most 100万.
    expect(fns.call("SUBSIDY", "MY-PLAN.R-TECHREFORM", 850, 1200)).toBeCloseTo(68, 9);
    expect(fns.call("SUBSIDY", "MY-PLAN.R-TECHREFORM", 850, 300)).toBe(0);
    expect(fns.call("SUBSIDY", "MY-PLAN.R-TECHREFORM", 2000, 3000)).toBe(100);
  });
});

test("without the workbook's catalog, the user's IDs are #N/A with a message", () => {
  const fns = loadFunctionsBundle();
  const r = fns.call("GAPTOTARGET", 150, "MY-PLAN.01") as ExcelError;
  expect(r).toBeInstanceOf(ExcelError);
  expect(r.code).toBe("#N/A");
  expect(r.message).toMatch(/MY-PLAN\.01/);
});
