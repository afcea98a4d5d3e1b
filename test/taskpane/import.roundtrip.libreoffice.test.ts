/**
 * The round trip of an imported policy: a table as copied from the document → the recognizer → the
 * user's catalog (with a rules table) → the portable template (.xlsx renderer, native formulas) →
 * LibreOffice with forced full recalculation. Every native computed cell of the user's indicators
 * (expected value, gap, progress, status) and of the user's rules (SUBSIDY's native formula) equals
 * what the add-in's POLICY.* formula returns for the same inputs with the workbook's catalog.
 *
 * Needs LibreOffice (soffice): fails on CI when missing, skips with a reason elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { setActiveCatalog } from "../../src/catalog/active";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import type { Catalog } from "../../src/core/schema";
import { buildImport, gridOfDelimited } from "../../src/taskpane/import/engine";
import { buildPlan } from "../../src/workbook";
import { fillRow, parseAddress } from "../../src/workbook/a1";
import type { DualFormula, WorkbookPlan } from "../../src/workbook/plan";
import { buildXlsxWorkbook, isDualFormula, renderXlsx } from "../../src/workbook/xlsx/render";
import { evaluator, XlError, type XlValue } from "../support/excelFormula";
import { convertWithLibreOffice, findSoffice, requireBinary } from "../support/libreoffice";
import { policyFunctions } from "../support/policyFunctions";
import { cellScalar, definedNames, loadXlsx, sheetCells } from "../support/xlsxRead";

const soffice = findSoffice();
const run = requireBinary("LibreOffice (soffice)", soffice);
const maybe = run ? describe : describe.skip;

/** The table as a PDF viewer or Word gives it: tab-separated, a merged 类别 cell pasted as a blank. */
const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2025年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值（亿元）\t\t120\t135\t170\t预期性",
  "2\t\t规上工业企业数\t家\t80\t90\t>100\t预期性",
  "3\t绿色发展\t万元工业增加值能耗\t吨标准煤/万元\t0.8\t0.77\t0.7\t约束性",
  "4\t\t工业固废综合利用率\t%\t85\t—\t≥90\t预期性",
].join("\n");
const RULES = gridOfDelimited(
  fs.readFileSync(path.resolve(__dirname, "../../docs/examples/my-plan.rules.csv"), "utf8"),
);

function importedCatalog(): Catalog {
  const built = buildImport(
    builtInCatalog(),
    { table: TABLE },
    { id: "MY-PLAN", name: "某县制造业三年行动", docNumber: "某政发〔2025〕1号" },
    RULES,
  );
  if (!built.ok) throw new Error(built.errors.join("\n"));
  return built.catalog;
}

function same(a: XlValue, b: XlValue): boolean {
  const blank = (x: XlValue) => x === null || x === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof XlError || b instanceof XlError)
    return a instanceof XlError && b instanceof XlError && a.code === b.code;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}
const show = (v: XlValue) => (v === null ? "(empty)" : v instanceof XlError ? v.code : JSON.stringify(v));

interface Compared {
  where: string;
  column: string;
  rowKey: string;
  engine: XlValue;
  libreoffice: XlValue;
}

async function recalculate(plan: WorkbookPlan): Promise<Compared[]> {
  const names = (await buildXlsxWorkbook(plan, { form: "portable" })).worksheets.map((w) => w.name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-import-rt-"));
  const file = path.join(dir, "imported.xlsx");
  fs.writeFileSync(file, await renderXlsx(plan, { form: "portable" }));
  const converted = convertWithLibreOffice(file, "xlsx", soffice!);
  const wb = await loadXlsx(fs.readFileSync(converted));
  fs.rmSync(path.dirname(converted), { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  const { names: workbookNames, cells: namedCells } = definedNames(wb);
  const policy = policyFunctions();
  const out: Compared[] = [];
  plan.sheets.forEach((sheet, si) => {
    const ws = wb.getWorksheet(names[si]);
    if (!ws) throw new Error(`LibreOffice lost sheet ${names[si]}`);
    const evaluate = evaluator({ ...namedCells, ...sheetCells(ws) }, { policy, names: workbookNames });
    for (const table of sheet.tables) {
      const tl = parseAddress(table.anchor);
      const first = tl.row + 1;
      const last = first + Math.max(1, table.rows.length) - 1;
      table.rows.forEach((row, i) => {
        const r = first + i;
        table.columns.forEach((col, j) => {
          const own = row.values[col.header];
          const f: DualFormula | undefined = isDualFormula(own) ? own : own === undefined ? col.formula : undefined;
          if (!f || f.portable === null || f.addin === f.portable || /POLICY\.EXPLAIN\(/i.test(f.addin)) return;
          const col0 = tl.col + j;
          out.push({
            where: `${names[si]}!${ws.getCell(r, col0).address}`,
            column: col.header,
            rowKey: row.key,
            engine: evaluate(fillRow(f.addin, { r, first, last })),
            libreoffice: cellScalar(ws.getCell(r, col0)),
          });
        });
      });
    }
  });
  return out;
}

maybe("an imported policy, recalculated by LibreOffice, gives the functions' numbers", () => {
  afterAll(() => setActiveCatalog(null));

  test("indicators and rules of the user's source, portable form", async () => {
    const catalog = importedCatalog();
    // The add-in computes with the workbook's catalog, as the pane sets it after the import.
    setActiveCatalog(catalog);
    const reportDate = "2025-09-30";
    const plan = fillSampleActuals(
      catalog,
      buildPlan(catalog, ["MY-PLAN"], { form: "portable", reportDate }),
      reportDate,
    );
    const indicators = plan.sheets.find((s) => s.kind === "indicators")!.tables[0];
    // Known inputs beside the sample ones: a gap of 20 亿元, and a 能耗 already below its target,
    // typed in the row (their sample check-ins removed, so the row's own value is the one used).
    const checkins = plan.sheets.find((s) => s.kind === "checkins")!.tables[0];
    checkins.rows = checkins.rows.filter((r) => !["MY-PLAN.01", "MY-PLAN.03"].includes(String(r.values["ID"])));
    indicators.rows.find((r) => r.key === "MY-PLAN.01")!.values["实际值"] = 150;
    indicators.rows.find((r) => r.key === "MY-PLAN.03")!.values["实际值"] = 0.69;
    const calc = plan.sheets.find((s) => s.kind === "calculator")!.tables[0];
    calc.rows.push(
      {
        key: "rt-1",
        values: { 企业名称: "甲公司", 规则ID: "MY-PLAN.R-TECHREFORM", 金额: 850, 补充参数: 1200, 取值: null },
      },
      {
        key: "rt-2",
        values: { 企业名称: "乙公司", 规则ID: "MY-PLAN.R-TECHREFORM", 金额: 850, 补充参数: 300, 取值: null },
      },
      {
        key: "rt-3",
        values: { 企业名称: "丙公司", 规则ID: "MY-PLAN.R-TECHREFORM", 金额: 2000, 补充参数: 3000, 取值: null },
      },
    );

    const compared = await recalculate(plan);
    const mismatches = compared.filter((c) => !same(c.engine, c.libreoffice));
    if (mismatches.length)
      console.error(
        mismatches
          .map(
            (m) =>
              `${m.where} [${m.column}] ${m.rowKey}: engine ${show(m.engine)} ≠ LibreOffice ${show(m.libreoffice)}`,
          )
          .join("\n"),
      );

    const at = (rowKey: string, column: string) => compared.find((c) => c.rowKey === rowKey && c.column === column);
    expect(at("MY-PLAN.01", "缺口")).toMatchObject({ engine: 20, libreoffice: 20 });
    expect(at("MY-PLAN.03", "状态")).toMatchObject({ engine: "已达标", libreoffice: "已达标" });
    const award = compared.filter((c) => c.column === "奖补金额（万元）");
    expect(award.find((c) => c.rowKey === "rt-1")).toMatchObject({ libreoffice: 68 });
    expect(award.find((c) => c.rowKey === "rt-2")).toMatchObject({ libreoffice: 0 });
    expect(award.find((c) => c.rowKey === "rt-3")).toMatchObject({ libreoffice: 100 });
    // Every user rule and indicator took part, with numbers, not only errors.
    const numeric = (column: string) =>
      compared.filter((c) => c.column === column && typeof c.libreoffice === "number").length;
    expect(numeric("奖补金额（万元）")).toBeGreaterThan(5);
    expect(numeric("缺口")).toBe(4);
    expect(mismatches).toEqual([]);
  }, 240_000);
});
