/**
 * Rules authored as a table, one rule a row (docs/INCENTIVES.md, "Your own rules"): the example
 * table gives the same rules as the example catalog file, and every invalid cell is named.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { parseRulesTable, type RulesTableError } from "../../src/catalog/rulesTable";
import { Rule, type RuleInput } from "../../src/core/schema";

const EXAMPLES = path.resolve(__dirname, "../../docs/examples");
const grid = Papa.parse<string[]>(fs.readFileSync(path.join(EXAMPLES, "my-plan.rules.csv"), "utf8"), {
  skipEmptyLines: true,
}).data;
const OPTS = { sourceId: "MY-PLAN-2025", document: "某政发〔2025〕1号" };
const json = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "my-plan.catalog.json"), "utf8")) as { rules: RuleInput[] };

function rulesOf(g: string[][]): RuleInput[] {
  const r = parseRulesTable(g, OPTS);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.rules;
}
function errorsOf(g: string[][]): RulesTableError[] {
  const r = parseRulesTable(g, OPTS);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}
const withCell = (col: string, row: number, value: string) => {
  const g = grid.map((r) => [...r]);
  g[row][g[0].indexOf(col)] = value;
  return g;
};

test("the example table gives the rules of the example catalog file, every kind with gates and caps", () => {
  const fromTable = rulesOf(grid).map((r) => Rule.parse(r));
  const fromJson = json.rules.map((r) => Rule.parse(r));
  expect(fromTable.map((r) => r.id)).toEqual(fromJson.map((r) => r.id));
  for (const [i, r] of fromTable.entries()) {
    const j = fromJson[i];
    expect({
      id: r.id,
      c: r.computation,
      gates: r.gates,
      cap: r.cap,
      q: r.qualifier.type,
      npa: r.notPaidAgain,
    }).toEqual({ id: j.id, c: j.computation, gates: j.gates, cap: j.cap, q: j.qualifier.type, npa: j.notPaidAgain });
    expect(r.provenance).toEqual(j.provenance);
  }
});

test("an unknown column is an error naming its cell", () => {
  const g = grid.map((r) => [...r, ""]);
  g[0][g[0].length - 1] = "负责人";
  expect(errorsOf(g)).toEqual([
    { cell: "AB1", line: 1, column: "负责人", message: expect.stringContaining("未知的列“负责人”") },
  ]);
});

test("every invalid cell is named with what to change, Chinese first; no rule comes back", () => {
  const g = grid.map((r) => [...r]);
  const set = (col: string, row: number, value: string) => (g[row][g[0].indexOf(col)] = value);
  set("比例", 1, "8"); // 8% or 800%?
  set("计算方式", 2, "阶梯");
  set("国家级", 4, "五十");
  set("门槛", 6, "数量至少1个");
  const errors = errorsOf(g);
  expect(errors.map((e) => [e.cell, e.message.split(" / ")[0]])).toEqual([
    ["D2", "比例“8”请写成百分数（如 8%）或小数（如 0.08）"],
    ["C3", expect.stringMatching(/^计算方式“阶梯”不认识/)],
    ["H5", "“五十”不是数字"],
    ["V7", expect.stringMatching(/^门槛“数量至少1个”应写成/)],
  ]);
});

test("a kind whose parameter is missing, and a qualifier that does not fit the kind", () => {
  const g = withCell("比例", 1, "");
  g[4][g[0].indexOf("条件类型")] = "数值";
  const errors = errorsOf(g);
  expect(errors[0]).toMatchObject({ cell: "D2", message: expect.stringContaining("计算方式为 rate 时须填“比例”") });
  expect(errors[1]).toMatchObject({ line: 5 });
});
