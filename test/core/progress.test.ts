import {
  isOverdue,
  NO_DATA,
  NO_UNIT,
  rankUnits,
  summarizeProgress,
  type IndicatorRow,
  type TaskRow,
} from "../../src/core/progress";
import { STATUS_LABELS } from "../../src/core/target";

function ind(id: string, status: IndicatorRow["status"], extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    id,
    name: `指标${id}`,
    sourceId: id.split(".")[0],
    sourceName: `来源${id.split(".")[0]}`,
    category: "规模",
    leadUnit: "经信局",
    unit: "亿元",
    status,
    gap: status === null ? null : 1,
    progress: null,
    actual: status === null ? null : 5,
    target: 10,
    ...extra,
  };
}

function task(id: string, units: string[], state: TaskRow["state"], overdue: boolean): TaskRow {
  return { id, text: `任务${id}`, sourceId: "S", leadUnits: units, due: "2024-06-30", state, note: "", overdue };
}

describe("summarizeProgress", () => {
  const rows = [
    ind("A.01", STATUS_LABELS.met),
    ind("A.02", STATUS_LABELS.onTrack, { category: "创新" }),
    ind("A.03", STATUS_LABELS.behind, { gap: 12.5, leadUnit: "科技局" }),
    ind("B.01", STATUS_LABELS.warning),
    ind("B.02", null),
    ind("B.03", STATUS_LABELS.notMet, { category: "创新" }),
    ind("B.04", null, { actual: 3, problem: "#VALUE! 实际值不是数值" }),
  ];
  const s = summarizeProgress(rows, [], "2024-12-31");

  it("counts every status, with 无数据 for rows without an actual or with an error", () => {
    expect(s.indicators.total).toBe(7);
    expect(s.indicators.counts).toEqual({ 已达标: 1, 正常: 1, 预警: 1, 滞后: 1, 未达标: 1, [NO_DATA]: 2 });
    expect(s.indicators.withData).toBe(5);
    expect(s.indicators.onTrackShare).toBeCloseTo(2 / 5);
  });

  it("groups per source and per 类别 within it, in workbook order", () => {
    expect(s.bySource.map((g) => [g.key, g.label, g.total])).toEqual([
      ["A", "来源A", 3],
      ["B", "来源B", 4],
    ]);
    expect(s.bySource[0].categories.map((c) => [c.label, c.total, c.counts.已达标])).toEqual([
      ["规模", 2, 1],
      ["创新", 1, 0],
    ]);
    expect(s.byCategory.map((c) => [c.label, c.total])).toEqual([
      ["规模", 5],
      ["创新", 2],
    ]);
    // The sum over sources is the total, bucket by bucket.
    for (const b of Object.keys(s.indicators.counts) as (keyof typeof s.indicators.counts)[])
      expect(s.bySource.reduce((n, g) => n + g.counts[b], 0)).toBe(s.indicators.counts[b]);
  });

  it("lists lagging and at-risk indicators with gap and lead unit, and rows to check", () => {
    expect(s.behind.map((r) => [r.id, r.gap, r.leadUnit])).toEqual([["A.03", 12.5, "科技局"]]);
    expect(s.warning.map((r) => r.id)).toEqual(["B.01"]);
    expect(s.problems.map((r) => r.id)).toEqual(["B.04"]);
  });

  it("a group without data has no share on track (not 0%)", () => {
    const none = summarizeProgress([ind("C.01", null)], [], "2024-12-31");
    expect(none.indicators.onTrackShare).toBeNull();
  });
});

describe("tasks", () => {
  it("overdue: due before the report date and not 已完成", () => {
    expect(isOverdue("2024-06-30", null, "2024-12-31")).toBe(true);
    expect(isOverdue("2024-06-30", "推进中", "2024-12-31")).toBe(true);
    expect(isOverdue("2024-06-30", "已完成", "2024-12-31")).toBe(false);
    expect(isOverdue("2024-12-31", null, "2024-12-31")).toBe(false);
    expect(isOverdue(null, null, "2024-12-31")).toBe(false);
  });

  it("ranks units by completion rate; equal rates share a rank and the next rank skips", () => {
    const tasks = [
      task("1", ["甲局"], "已完成", false),
      task("2", ["甲局"], "推进中", true),
      task("3", ["乙局", "丙局"], "已完成", false),
      task("4", ["乙局"], null, true),
      task("5", ["丙局"], "已完成", false),
      task("6", ["丁局"], "推进中", false),
      task("7", [], null, true),
    ];
    const units = rankUnits(tasks);
    expect(units.map((u) => [u.unit, u.total, u.done, u.inProgress, u.overdue, u.completionRate, u.rank])).toEqual([
      ["丙局", 2, 2, 0, 0, 1, 1],
      ["甲局", 2, 1, 1, 1, 0.5, 2],
      ["乙局", 2, 1, 0, 1, 0.5, 2],
      ["丁局", 1, 0, 1, 0, 0, 4],
      [NO_UNIT, 1, 0, 0, 1, 0, 4],
    ]);
    const s = summarizeProgress([], tasks, "2024-12-31");
    expect(s.tasks).toEqual({ total: 7, done: 3, inProgress: 2, notStarted: 2, overdue: 3, entered: 5 });
    expect(s.overdueByUnit.map((g) => [g.unit, g.tasks.map((t) => t.id)])).toEqual([
      // One each: by the unit's name in pinyin order (jia, wei, yi).
      ["甲局", ["2"]],
      [NO_UNIT, ["7"]],
      ["乙局", ["4"]],
    ]);
  });
});
