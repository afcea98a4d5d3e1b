/**
 * The user's catalog files on the command line: `duibiao catalog validate`, and `--catalog` beside
 * the built-ins for template and calc. The real bin in a child process, as a user runs it.
 */
import * as fs from "fs";
import * as path from "path";
import { readCatalogSheet } from "../../src/workbook/catalogSheet";
import { checkXlsx } from "../support/ooxmlCheck";
import { loadXlsx } from "../support/xlsxRead";
import { duibiao, filesIn, readCsvCells, tempDirs } from "./run";

const EXAMPLE = path.resolve(__dirname, "../../docs/examples/my-plan.catalog.json");
const dir = tempDirs();

function writeJson(name: string, data: unknown): string {
  const file = path.join(dir(), name);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

describe("duibiao catalog validate", () => {
  test("a valid file: exit 0 and what it adds", () => {
    const r = duibiao(["catalog", "validate", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("目录文件有效 / the catalog file is valid");
    expect(r.out).toMatch(/MY-PLAN-2025 某县制造业三年行动：指标 3，任务 0，规则 7/);
  });

  test("an invalid file: exit 3, every error by JSON path, Chinese first", () => {
    const f = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
    f.sources[0].id = "HS-BANK-2024";
    f.indicators[1].milestones[0].target.min = "三";
    f.rules[0].gate = [];
    const r = duibiao(["catalog", "validate", writeJson("bad.json", f)]);
    expect(r.code).toBe(3);
    expect(r.out).toBe("");
    const lines = r.err.split("\n");
    expect(lines[0]).toMatch(/^错误 \/ error: 目录文件 .*bad\.json 有\d+处错误，未载入任何内容 \/ the catalog file/);
    expect(r.err).toMatch(/^ {2}sources\[0\]\.id: “HS-BANK-2024”是内置来源的ID/m);
    expect(r.err).toMatch(/^ {2}indicators\[1\]\.milestones\[0\]\.target\.min: 应为数字，现为文字/m);
    expect(r.err).toMatch(/^ {2}rules\[0\]\.gate: 未知的项“gate”/m);
  });

  test("a file whose source is already loaded with --catalog is refused", () => {
    const r = duibiao(["catalog", "validate", EXAMPLE, "--catalog", EXAMPLE]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("sources[0].id: 来源ID“MY-PLAN-2025”已由另一个已载入的目录文件使用");
  });

  test("a file that cannot be read", () => {
    const r = duibiao(["catalog", "validate", path.join(dir(), "missing.json")]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("无法读取目录文件");
  });
});

describe("--catalog beside the built-ins", () => {
  test("catalog lists the user's source with its counts", () => {
    const r = duibiao(["catalog", "--json", "--catalog", EXAMPLE]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out).sources.find((x: { id: string }) => x.id === "MY-PLAN-2025");
    expect(s.counts).toEqual({ indicators: 3, tasks: 0, rules: 7, rubricItems: 0 });
  });

  test("calc computes a user rule and EXPLAIN cites the user's document and clause", () => {
    const input = path.join(dir(), "申报.csv");
    const out = path.join(dir(), "奖补.csv");
    fs.writeFileSync(input, "金额,条件\n800,1000\n800,400\n3000,5000\n");
    const r = duibiao([
      "calc",
      "--catalog",
      EXAMPLE,
      "--rule",
      "MY-PLAN-2025.R-TECHREFORM",
      "--in",
      input,
      "--out",
      out,
      "-q",
    ]);
    expect(r.code).toBe(0);
    const rows = readCsvCells(fs.readFileSync(out, "utf8"));
    expect(rows.map((row) => row[2])).toEqual(["奖补金额", "64", "0", "100"]);
    expect(rows[1][4]).toContain("依据某政发〔2025〕1号 四、（一）");
    expect(rows[2][4]).toContain("未满足“项目总投资500万元以上”");
  });

  test("without --catalog a user rule is unknown", () => {
    const input = path.join(dir(), "申报.csv");
    fs.writeFileSync(input, "金额\n1\n");
    const r = duibiao([
      "calc",
      "--rule",
      "MY-PLAN-2025.R-TECHREFORM",
      "--in",
      input,
      "--out",
      path.join(dir(), "o.csv"),
    ]);
    expect(r.code).toBe(3);
  });

  test("a bad catalog file stops the command before anything is written", () => {
    const bad = writeJson("bad.json", { sources: [{ id: "MY" }] });
    const out = path.join(dir(), "t.xlsx");
    const r = duibiao(["template", "MY", "--catalog", bad, "--out", out, "-q"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("sources[0].title: 缺少此项");
    expect(filesIn(dir())).toEqual(["bad.json"]);
  });

  test("template writes the user's source, and the workbook carries it in its embedded catalog", async () => {
    const out = path.join(dir(), "我的.xlsx");
    const r = duibiao(["template", "MY-PLAN-2025", "--catalog", EXAMPLE, "--out", out, "-q"]);
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect(await checkXlsx(bytes)).toEqual([]);
    const wb = await loadXlsx(bytes);
    const ind = wb.worksheets.find((w) => w.name.startsWith("指标·"))!;
    expect(ind.name).toBe("指标·某县制造业三年行动");
    const ids: unknown[] = [];
    ind.eachRow((row) => ids.push(row.getCell(1).value));
    expect(ids).toEqual(expect.arrayContaining(["MY-PLAN-2025.01", "MY-PLAN-2025.02", "MY-PLAN-2025.03"]));
    const hidden = wb.worksheets.find((w) => w.state !== "visible" && String(w.getCell("A1").value).length > 0)!;
    const values: unknown[][] = [];
    hidden.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    const embedded = readCatalogSheet(values)!;
    expect(embedded.sources).toEqual(["MY-PLAN-2025"]);
    expect(embedded.catalog.rules.some((x) => x.id === "MY-PLAN-2025.R-PROCUREMENT")).toBe(true);
  });
});
