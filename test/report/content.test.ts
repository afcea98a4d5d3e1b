import { summarizeProgress, type IndicatorRow, type TaskRow } from "../../src/core/progress";
import { chineseDate, chineseNumber, formatGap, reportBlocks, type Block } from "../../src/report/content";

function ind(id: string, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    id,
    name: `指标${id}`,
    sourceId: "S",
    sourceName: "制造强市",
    category: "规模",
    leadUnit: "经信局",
    unit: "亿元",
    status: null,
    gap: null,
    progress: null,
    actual: null,
    target: 10,
    ...extra,
  };
}
const task = (id: string, state: TaskRow["state"], overdue: boolean): TaskRow => ({
  id,
  text: `任务${id}`,
  sourceId: "S",
  leadUnits: ["经信局"],
  due: "2024-06-30",
  state,
  note: "",
  overdue,
});

const text = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === "table" ? [b.caption, ...b.header, ...b.rows.flat()].join(" ") : b.text)).join("\n");

function blocksOf(indicators: IndicatorRow[], tasks: TaskRow[] = []): Block[] {
  const summary = summarizeProgress(indicators, tasks, "2024-12-31");
  return reportBlocks({ summary, file: "对标.xlsx", computedRows: 0, workbookReportDate: "2024-12-31", indicators });
}

describe("the 通报's text", () => {
  it("words numbers and dates as a 通报 does", () => {
    expect(chineseDate("2024-06-30")).toBe("2024年6月30日");
    expect([1, 4, 10, 12, 20, 35].map(chineseNumber)).toEqual(["一", "四", "十", "十二", "二十", "三十五"]);
    expect(formatGap(ind("a", { gap: 1234.5 }))).toBe("1,234.5亿元");
    expect(formatGap(ind("a", { gap: 0.176, unit: "%" }))).toBe("0.18个百分点");
    expect(formatGap(ind("a", { gap: -2 }))).toBe("已达到");
  });

  it("without any actual it says so and counts nothing", () => {
    const t = text(blocksOf([ind("1"), ind("2")], [task("1", null, true)]));
    expect(t).toContain("共有指标2项，均尚未填报实际值，本期不统计指标完成情况");
    expect(t).not.toMatch(/已达标0项|表1/);
    // Tasks with nothing entered: no ranking of units that all stand at 0%.
    expect(t).toContain("各项任务尚未填报进展和完成情况，本期不作排名。其中已过截止日期的1项");
    expect(t).not.toContain("排名 ");
  });

  it("with actuals: overview counts, the lagging table, the ranking", () => {
    const rows = [
      ind("1", { status: "滞后", actual: 5, gap: 5, progress: 0.5 }),
      ind("2", { status: "已达标", actual: 12, gap: -2, progress: 1.2 }),
      ind("3"),
    ];
    const blocks = blocksOf(rows, [task("1", "已完成", false), task("2", "推进中", true)]);
    const t = text(blocks);
    expect(blocks[0]).toEqual({ kind: "title", text: "关于《制造强市》指标推进情况的通报（截至2024年12月31日）" });
    expect(t).toContain(
      "共有指标3项。其中，已达标1项，正常0项，预警0项，滞后1项，未达标0项，无数据1项；有数据的2项指标中，已达标或进度正常的占50.0%",
    );
    const lagging = blocks.find((b) => b.kind === "table" && b.caption.includes("滞后指标"));
    expect(lagging).toMatchObject({
      rows: [["1", "指标1", "制造强市", "5亿元", "10亿元", "5亿元", "50.0%", "经信局"]],
    });
    const ranking = blocks.find((b) => b.kind === "table" && b.caption.includes("排名"));
    expect(ranking).toMatchObject({ rows: [["1", "经信局", "2", "1", "1", "0", "1", "50.0%"]] });
  });
});
