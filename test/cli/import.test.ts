/**
 * `duibiao import`: an indicator table (.tsv, .csv, .html, .xlsx) and a rules table become a catalog
 * file that `catalog validate` accepts and `calc`/`template` use. Needs the table recognizer
 * (src/core/recognize, branch recognizer): without it these tests fail, by design.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { duibiao, filesIn, readCsvCells, tempDirs } from "./run";

const EXAMPLES = path.resolve(__dirname, "../../docs/examples");
const RULES = path.join(EXAMPLES, "my-plan.rules.csv");
const dir = tempDirs();

const TABLE = [
  "序号\t类别\t指标\t单位\t2024年\t2027年目标\t属性",
  "1\t规模实力\t规上工业总产值\t亿元\t120\t170\t预期性",
  "2\t\t规上工业企业数量\t家\t300\t>350\t预期性",
  "3\t绿色发展\t万元工业增加值能耗下降\t%\t—\t3—5\t约束性",
].join("\n");

const catalogOf = (file: string) =>
  JSON.parse(fs.readFileSync(file, "utf8")) as {
    sources: { id: string; title: string }[];
    indicators: { id: string; category?: string; milestones: { year: number; target: unknown }[] }[];
    rules: { id: string }[];
  };

test("a pasted table (.tsv with a BOM) and a rules table: the catalog file, what was recognized, what needs review", () => {
  const table = path.join(dir(), "指标.tsv");
  fs.writeFileSync(table, "\uFEFF" + TABLE);
  const out = path.join(dir(), "my.catalog.json");
  const r = duibiao([
    "import",
    table,
    "--id",
    "MY-PLAN-2025",
    "--name",
    "某县制造业三年行动",
    "--document",
    "某政发〔2025〕1号",
    "--rules",
    RULES,
    "--out",
    out,
  ]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^识别出 3 个指标 \/ recognized 3 indicator\(s\):/);
  expect(r.out).toContain("MY-PLAN-2025.01 规上工业总产值（亿元） 2027: >= 170");
  expect(r.out).toMatch(/需要复核 \d+ 处/);
  expect(r.out).toContain("读入 7 条规则");
  const c = catalogOf(out);
  expect(c.sources.map((s) => s.id)).toEqual(["MY-PLAN-2025"]);
  expect(c.indicators.map((i) => i.id)).toEqual(["MY-PLAN-2025.01", "MY-PLAN-2025.02", "MY-PLAN-2025.03"]);
  expect(c.indicators[1].category).toBe("规模实力"); // a blank 类别 takes the one above
  expect(c.rules).toHaveLength(7);
  expect(duibiao(["catalog", "validate", out]).code).toBe(0);

  const input = path.join(dir(), "申报.csv");
  fs.writeFileSync(input, "金额,条件\n800,1000\n");
  const calc = duibiao([
    "calc",
    "--catalog",
    out,
    "--rule",
    "MY-PLAN-2025.R-TECHREFORM",
    "--in",
    input,
    "--out",
    "-",
    "-q",
  ]);
  expect(calc.code).toBe(0);
  const rows = readCsvCells(calc.out);
  expect(rows[1][2]).toBe("64");
  expect(rows[1][4]).toContain("依据某政发〔2025〕1号 四、（一）");
});

test("a range of an .xlsx, on a named sheet; the file is extended, not replaced", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "not the table";
  const ws = wb.addWorksheet("指标表");
  for (const line of TABLE.split("\n")) ws.addRow(line.split("\t").map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  const xlsx = path.join(dir(), "指标.xlsx");
  await wb.xlsx.writeFile(xlsx);
  const out = path.join(dir(), "my.catalog.json");
  expect(duibiao(["import", "--rules", RULES, "--id", "MY-PLAN-2025", "--out", out]).code).toBe(0);
  const r = duibiao(["import", xlsx, "--sheet", "指标表", "--id", "MY-PLAN-2025", "--out", out]);
  expect(r.code).toBe(0);
  const c = catalogOf(out);
  expect(c.indicators).toHaveLength(3);
  expect(c.indicators[0].milestones.at(-1)).toEqual({ year: 2027, target: { kind: "number", value: 170 } });
  expect(c.rules).toHaveLength(7); // kept from the first import
});

test("an HTML table as saved from a web page", () => {
  const rows = TABLE.split("\n").map(
    (l) =>
      `<tr>${l
        .split("\t")
        .map((c) => `<td>${c}</td>`)
        .join("")}</tr>`,
  );
  const html = path.join(dir(), "page.html");
  fs.writeFileSync(html, `<html><body><table>${rows.join("\n")}</table></body></html>`);
  const out = path.join(dir(), "c.json");
  const r = duibiao(["import", html, "--id", "WEB-PLAN", "--out", out]);
  expect(r.code).toBe(0);
  expect(catalogOf(out).indicators.map((i) => i.id)).toEqual(["WEB-PLAN.01", "WEB-PLAN.02", "WEB-PLAN.03"]);
});

test("a bad rules table: every invalid cell, exit 3, nothing written", () => {
  const rules = path.join(dir(), "rules.csv");
  const text = fs.readFileSync(RULES, "utf8").replace(",比例,8%,", ",比例,8,").replace("负责人", "");
  fs.writeFileSync(rules, text.replace("规则ID,", "规则ID,负责人,").replace(/\nR-/g, "\n,R-").replace(/^,R-/gm, ",R-"));
  const r = duibiao(["import", "--rules", rules, "--id", "MY-PLAN-2025", "--out", path.join(dir(), "c.json")]);
  expect(r.code).toBe(3);
  expect(r.err).toMatch(/规则表 .* 有\d+处错误，未写出任何内容/);
  expect(r.err).toContain("B1（负责人）: 未知的列“负责人”");
  expect(filesIn(dir())).toEqual(["rules.csv"]);
});

test("a built-in ID, or no table at all, is a usage error", () => {
  const out = path.join(dir(), "c.json");
  const r = duibiao(["import", "--rules", RULES, "--id", "DY-MFG-2024", "--out", out]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("内置来源的ID");
  expect(duibiao(["import", "--id", "MY-PLAN", "--out", out]).code).toBe(2);
});
