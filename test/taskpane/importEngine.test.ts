/**
 * The import's checks as the pane and the web page use them: cell addresses of review items, an .xlsx
 * read as its cells show, a rules table recognised and its bad cells named, nothing half-imported.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { builtInCatalog } from "../../src/catalog";
import { buildImport, gridOfDelimited, gridOfXlsx, isRulesTable, placeOf } from "../../src/taskpane/import/engine";

const builtIn = builtInCatalog();
const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
].join("\n");
const RULES_CSV = fs.readFileSync(path.resolve(__dirname, "../../docs/examples/my-plan.rules.csv"), "utf8");

test("a line of a selection is its sheet cell; of pasted text, its line", () => {
  expect(placeOf({ table: "", origin: { sheet: "Sheet1", row: 3, column: 27 } }, 4)).toBe("Sheet1!AB6");
  expect(placeOf({ table: "" }, 4)).toBe("第4行 / line 4");
});

test("an .xlsx cell formatted as a percent reads as shown, so its unit is %", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.addRows([
    ["序号", "指标", "2024年", "2027年"],
    ["1", "研发投入强度", 0.021, { formula: "0.03", result: 0.03 }],
  ]);
  ws.getCell("C2").numFmt = "0.0%";
  ws.getCell("D2").numFmt = "0%";
  const grid = await gridOfXlsx((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  expect(grid[1]).toEqual(["1", "研发投入强度", "2.1%", "3%"]);
});

test("a rules table is told from an indicator table, and its rules join the source", () => {
  const rules = gridOfDelimited(RULES_CSV);
  expect(isRulesTable(rules)).toBe(true);
  expect(isRulesTable(gridOfDelimited(TABLE))).toBe(false);
  const r = buildImport(builtIn, { table: TABLE }, { id: "MY-PLAN", name: "某县方案" }, rules);
  expect(r.ok && r.catalog.rules.filter((x) => x.sourceId === "MY-PLAN").length).toBe(7);
});

test("a bad cell of the rules table refuses the whole import, naming the cell", () => {
  const rules = gridOfDelimited(RULES_CSV).map((row, i) => (i === 1 ? row.map((c, j) => (j === 3 ? "八成" : c)) : row));
  const r = buildImport(builtIn, { table: TABLE }, { id: "MY-PLAN", name: "某县方案" }, rules);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.errors[0]).toMatch(/^奖补规则表 rules table D2：/);
});

test("a table with no indicator in it is refused with what to check", () => {
  const r = buildImport(builtIn, { table: "随便一段文字" }, { id: "MY-PLAN", name: "某县方案" });
  expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^没有识别出任何指标/)] });
});
