/** Re-inject keeps every value the user typed, matched by ID, and replaces what the catalog owns. */
import { mergeTable, type ExistingTable } from "../../src/workbook";
import type { TablePlan } from "../../src/workbook/plan";

const planned: TablePlan = {
  name: "DB_Ind_X",
  anchor: "A3",
  keyColumn: "ID",
  conditionalFormats: [],
  columns: [
    { header: "ID", role: "catalog" },
    { header: "指标名称", role: "catalog" },
    { header: "实际值", role: "input" },
    { header: "截至日期", role: "input" },
    { header: "缺口", role: "computed", formula: { addin: "=1", portable: "=1" } },
  ],
  rows: [
    { key: "X.01", values: { ID: "X.01", 指标名称: "新名称一" } },
    { key: "X.03", values: { ID: "X.03", 指标名称: "新增指标" } },
    { key: "X.02", values: { ID: "X.02", 指标名称: "名称二" } },
  ],
};

describe("mergeTable", () => {
  const existing: ExistingTable = {
    headers: ["ID", "指标名称", "实际值", "截至日期", "缺口", "我的备注"],
    rows: [
      { ID: "X.02", 实际值: 12, 截至日期: 45000, 我的备注: "已核实" },
      { ID: "X.01", 实际值: { formula: "=Sheet1!B2*2" }, 截至日期: "", 我的备注: null },
      { ID: "X.09", 实际值: 7, 截至日期: null, 我的备注: null },
      { ID: "X.10", 实际值: "", 截至日期: null, 我的备注: null },
    ],
  };
  const { table, report } = mergeTable(planned, existing);
  const row = (k: string) => table.rows.find((r) => r.key === k)!.values;

  test("keeps typed values by ID, whatever the row order, and takes the catalog's cells", () => {
    expect(row("X.02")).toMatchObject({ ID: "X.02", 指标名称: "名称二", 实际值: 12, 截至日期: 45000 });
    expect(row("X.01")["指标名称"]).toBe("新名称一");
  });

  test("keeps a formula the user typed as a formula", () => {
    expect(row("X.01")["实际值"]).toEqual({ addin: "=Sheet1!B2*2", portable: "=Sheet1!B2*2" });
  });

  test("a new catalog row starts empty; blank cells are not carried", () => {
    expect(row("X.03")["实际值"]).toBeUndefined();
    expect(row("X.01")["截至日期"]).toBeUndefined();
  });

  test("keeps the user's own column, after the planned ones", () => {
    expect(table.columns.map((c) => c.header)).toEqual(["ID", "指标名称", "实际值", "截至日期", "缺口", "我的备注"]);
    expect(row("X.02")["我的备注"]).toBe("已核实");
    expect(report.userColumns).toEqual(["我的备注"]);
  });

  test("a row no longer in the catalog keeps its ID and typed values at the end; empty ones go", () => {
    expect(table.rows.map((r) => r.key)).toEqual(["X.01", "X.03", "X.02", "X.09"]);
    expect(row("X.09")).toEqual({ ID: "X.09", 实际值: 7 });
    expect(report.orphans).toEqual(["X.09"]);
    expect(report.kept).toBe(5);
  });

  test("an input table (the calculator) keeps the user's rows in order", () => {
    const apps: TablePlan = {
      ...planned,
      name: "DB_Applications",
      keyColumn: "序号",
      rows: [],
      blankRows: 30,
      columns: [
        { header: "序号", role: "computed", formula: { addin: "=ROW()-5", portable: "=ROW()-5" } },
        { header: "企业名称", role: "input" },
        { header: "金额", role: "input" },
      ],
    };
    const m = mergeTable(apps, {
      headers: ["序号", "企业名称", "金额"],
      rows: [
        { 序号: 1, 企业名称: "甲公司", 金额: 850 },
        { 序号: 2, 企业名称: "", 金额: "" },
        { 序号: 3, 企业名称: "乙公司", 金额: 100 },
      ],
    });
    expect(m.table.rows.map((r) => r.values)).toEqual([
      { 企业名称: "甲公司", 金额: 850 },
      { 企业名称: "乙公司", 金额: 100 },
    ]);
    expect(m.table.blankRows).toBe(28);
  });

  test("composite keys (bank | item) match on both columns", () => {
    const t: TablePlan = {
      ...planned,
      keyColumn: "银行",
      keyColumns: ["银行", "考评项ID"],
      columns: [
        { header: "银行", role: "catalog" },
        { header: "考评项ID", role: "catalog" },
        { header: "实际值", role: "input" },
      ],
      rows: [
        { key: "甲行|S-1", values: { 银行: "甲行", 考评项ID: "S-1" } },
        { key: "乙行|S-1", values: { 银行: "乙行", 考评项ID: "S-1" } },
      ],
    };
    const m = mergeTable(t, {
      headers: ["银行", "考评项ID", "实际值"],
      rows: [{ 银行: "乙行", 考评项ID: "S-1", 实际值: 3 }],
    });
    expect(m.table.rows.map((r) => r.values["实际值"])).toEqual([undefined, 3]);
  });
});

describe("mergeTable: what users do to the table", () => {
  const ids = (t: TablePlan) => t.rows.map((r) => r.key);

  test("a copied row with its own typed values is kept as an extra row and reported, both values survive", () => {
    const { table, report } = mergeTable(planned, {
      headers: ["ID", "指标名称", "实际值", "截至日期", "缺口"],
      rows: [
        { ID: "X.01", 实际值: 900, 截至日期: 45000 },
        { ID: "X.01", 实际值: 950, 截至日期: 45100 },
      ],
    });
    expect(ids(table)).toEqual(["X.01", "X.03", "X.02", "X.01"]);
    expect(table.rows[0].values).toMatchObject({ 实际值: 900, 截至日期: 45000 });
    expect(table.rows[3].values).toEqual({ ID: "X.01", 实际值: 950, 截至日期: 45100 });
    expect(report.duplicates).toEqual(["X.01"]);
    expect(report.kept).toBe(4);
  });

  test("a row the user added without an ID keeps its typed values and is reported", () => {
    const { table, report } = mergeTable(planned, {
      headers: ["ID", "指标名称", "实际值", "截至日期", "缺口"],
      rows: [{ ID: "", 实际值: 17, 截至日期: null }],
    });
    expect(table.rows[3].values).toEqual({ ID: "", 实际值: 17 });
    expect(report.orphans).toEqual([""]);
  });

  test("a constant typed into a computed column is kept instead of the formula and reported", () => {
    const { table, report } = mergeTable(planned, {
      headers: ["ID", "指标名称", "实际值", "截至日期", "缺口"],
      rows: [
        { ID: "X.01", 缺口: 12345 },
        { ID: "X.02", 缺口: "人工判定：已达标" },
        { ID: "X.03", 缺口: { formula: "=1" } },
      ],
    });
    const v = (k: string) => table.rows.find((r) => r.key === k)!.values["缺口"];
    expect(v("X.01")).toBe(12345);
    expect(v("X.02")).toBe("人工判定：已达标");
    expect(v("X.03")).toBeUndefined(); // our formula: the column's formula is written again
    expect(report.computedKept).toEqual([
      { key: "X.01", header: "缺口", value: 12345 },
      { key: "X.02", header: "缺口", value: "人工判定：已达标" },
    ]);
  });

  test("a renamed input header is recognised: the values stay in the column the formulas read", () => {
    const { table, report } = mergeTable(planned, {
      headers: ["ID", "指标名称", "实际值（亿元）", "截至日期", "缺口"],
      rows: [{ ID: "X.02", "实际值（亿元）": 12 }],
    });
    expect(table.columns.map((c) => c.header)).toEqual(["ID", "指标名称", "实际值", "截至日期", "缺口"]);
    expect(table.rows.find((r) => r.key === "X.02")!.values["实际值"]).toBe(12);
    expect(report.renamed).toEqual([{ from: "实际值（亿元）", to: "实际值" }]);
    expect(report.userColumns).toEqual([]);
  });

  test("an unrecognisable header stays a user column with its values", () => {
    const { table, report } = mergeTable(planned, {
      headers: ["ID", "指标名称", "完成数", "截至日期", "缺口"],
      rows: [{ ID: "X.02", 完成数: 12 }],
    });
    expect(table.rows.find((r) => r.key === "X.02")!.values["完成数"]).toBe(12);
    expect(report.userColumns).toEqual(["完成数"]);
    expect(report.renamed).toEqual([]);
  });
});
