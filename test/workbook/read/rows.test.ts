/**
 * The one interpreter of the workbook's tables (src/workbook/read/rows.ts), fed cells directly: which
 * tables are read, what is reported instead of counted, the final target a row measures against, the
 * engine's computation where a cell carries no result, and the date cells.
 */
import { dueDateOf, interpretTables, reportDateOf, type Shown, type TableCells } from "../../../src/workbook/read/rows";

const v = (value: number | string | boolean | null): Shown => ({ kind: "value", value });
const err = (code: string): Shown => ({ kind: "error", code });
const UNCOMPUTED: Shown = { kind: "uncomputed" };

const IND_HEADERS = [
  "ID",
  "指标名称",
  "类别",
  "单位",
  "方向",
  "基期年",
  "基期值",
  "2025年目标",
  "2026年目标",
  "属性",
  "牵头单位",
  "实际值",
  "截至日期",
  "预期值",
  "缺口",
  "完成进度",
  "状态",
];

function indicatorTable(name: string, rows: Record<string, Shown>[], headers = IND_HEADERS): TableCells {
  return { name, sheet: "指标·我的", headers, rows: rows.map((r) => headers.map((h) => r[h] ?? v(null))) };
}

const row = (cells: Record<string, Shown>): Record<string, Shown> => ({
  ID: v("MY-SRC.01"),
  指标名称: v("产值"),
  单位: v("亿元"),
  方向: v("越大越好"),
  ...cells,
});

describe("interpretTables", () => {
  test("a table of ours without a column the counts need is reported, not counted; the others are read", () => {
    const headers = IND_HEADERS.filter((h) => h !== "实际值");
    const read = interpretTables(
      [
        indicatorTable("DB_Ind_BROKEN", [row({})], headers),
        indicatorTable("DB_Ind_MY_SRC", [row({ 实际值: v(5), 状态: v("滞后"), 缺口: v(1), 完成进度: v(0.5) })]),
      ],
      { reportDate: "2024-12-31" },
    );
    expect(read.problems).toEqual([
      "表 DB_Ind_BROKEN（指标·我的）缺少列 实际值，未计入 / table DB_Ind_BROKEN (指标·我的) lacks 实际值: not counted",
    ]);
    expect(read.indicators.map((r) => [r.sourceId, r.sourceName, r.status])).toEqual([["MY_SRC", "我的", "滞后"]]);
  });

  test("a table under another name is read when it has every fixed header; other tables are not", () => {
    const read = interpretTables(
      [
        indicatorTable("Table7", [row({ 实际值: v(5), 状态: v("正常"), 缺口: v(1), 完成进度: v(0.9) })]),
        indicatorTable("MyList", [row({})], ["ID", "指标名称", "实际值", "状态"]),
      ],
      { reportDate: "2024-12-31", sources: [] },
    );
    expect(read.indicators.map((r) => [r.sourceId, r.status])).toEqual([["Table7", "正常"]]);
    expect(read.problems).toEqual([]);
  });

  test("the final target is the last target cell filled in; a range's bar by the direction", () => {
    const read = interpretTables(
      [
        indicatorTable("DB_Ind_X", [
          row({ "2025年目标": v(80), "2026年目标": v(null) }),
          row({ "2025年目标": v(80), "2026年目标": v("6—8") }),
          row({ 方向: v("越小越好"), "2026年目标": v("6—8") }),
          row({ "2026年目标": v("完成省下达指标") }),
        ]),
      ],
      { reportDate: "2024-12-31" },
    );
    expect(read.indicators.map((r) => r.target)).toEqual([80, 6, 8, null]);
  });

  test("a row whose computed cells carry no result is computed by the engine, as its formulas would", () => {
    const computedCells = { 预期值: UNCOMPUTED, 缺口: UNCOMPUTED, 完成进度: UNCOMPUTED, 状态: UNCOMPUTED };
    const read = interpretTables(
      [
        indicatorTable("DB_Ind_X", [
          row({ "2026年目标": v(100), 实际值: v(60), ...computedCells }),
          row({ "2026年目标": v(100), 实际值: v("约60"), ...computedCells }),
          // #NAME?: the add-in's functions where the add-in is not loaded.
          row({
            "2026年目标": v(100),
            实际值: v(120),
            缺口: err("#NAME?"),
            完成进度: err("#NAME?"),
            状态: err("#NAME?"),
          }),
        ]),
      ],
      { reportDate: "2024-12-31" },
    );
    expect(read.computedRows).toBe(3);
    const [a, b, c] = read.indicators;
    expect(a).toMatchObject({ status: "未达标", gap: 40, progress: 0.6 });
    expect(b).toMatchObject({ status: null, actual: null });
    expect(b.problem).toMatch(/^#VALUE! /);
    expect(c).toMatchObject({ status: "已达标", gap: -20 });
  });

  test("a genuine error the spreadsheet computed is what the row shows, listed with its code", () => {
    const read = interpretTables(
      [indicatorTable("DB_Ind_X", [row({ "2026年目标": v(100), 实际值: v(60), 状态: err("#DIV/0!") })])],
      { reportDate: "2024-12-31" },
    );
    expect(read.computedRows).toBe(0);
    expect(read.indicators[0].problem).toMatch(/^#DIV\/0! 状态无法计算/);
  });
});

describe("date cells", () => {
  test("the report date: a serial or a whole year; text, a fraction or a small number is no date", () => {
    expect(reportDateOf(v(45657))).toBe("2024-12-31");
    expect(reportDateOf(v(2024))).toBe("2024-12-31");
    expect(reportDateOf(v("2024-12-31"))).toBeNull();
    expect(reportDateOf(v(24))).toBeNull();
    expect(reportDateOf(v(2024.5))).toBeNull();
    expect(reportDateOf(v(null))).toBeNull();
    expect(reportDateOf(err("#N/A"))).toBeNull();
  });

  test("a due date: a serial, a whole year (its end) or YYYY-MM-DD text", () => {
    expect(dueDateOf(v(45838))).toBe("2025-06-30");
    expect(dueDateOf(v(2025))).toBe("2025-12-31");
    expect(dueDateOf(v("2025-06-30"))).toBe("2025-06-30");
    expect(dueDateOf(v("明年"))).toBeNull();
    expect(dueDateOf(v(""))).toBeNull();
  });
});
