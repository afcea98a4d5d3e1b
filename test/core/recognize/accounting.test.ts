/**
 * Whatever is pasted, the recognizer neither throws nor loses a row: every non-empty line after the
 * header is an indicator's row, a review item or a rejected row, and every entry passes the schema.
 * Tables are generated from a fixed seed, mixing good rows with broken ones.
 */
import { recognizeIndicatorTable, type RecognizeResult } from "../../../src/core/recognize";
import { schemaIssues } from "./schemaCheck";

/** mulberry32: a small deterministic generator, so a failure is reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADERS = [
  ["序号", "类别", "指标名称", "单位", "2020年", "2025年", "属性"],
  ["序号", "", "指标", "单位", "2023 年 基数", "2024 年 目标值", "2026 年 目标值"],
  ["一级指标", "指标名称", "2021 数据", "2022 目标", "2023 目标", "属性"],
  ["指标", "基期", "目标", "年均增长"],
];
const CELLS = [
  "",
  "",
  "1",
  "2",
  "12",
  "120",
  "—",
  "-",
  "/",
  "亿元",
  "%",
  "家",
  "规模 实力",
  "地区生产总值",
  "森林覆盖率（%）",
  "1. 研发投入（万元）",
  "其中：智能模具",
  "≥650",
  ">8，力争10",
  "6～8",
  "〔10〕",
  "累计12",
  "控制在4以下",
  "保持稳定增长",
  "约束性",
  "预期性",
  "每年新增 4-6 家",
  "10%",
  "注：累计数",
  "一、经济发展",
  '"',
  "<td>",
  "2025年",
  "目标",
  "1,050",
];

function accounted(r: RecognizeResult, lines: string[]): number[] {
  const seen = new Set<number>([...r.review.map((x) => x.line), ...r.rejected.map((x) => x.line)]);
  for (const i of r.indicators)
    for (const p of i.provenance) {
      const m = /第(\d+)行/.exec(p.clause);
      if (m) seen.add(Number(m[1]));
    }
  for (const x of r.review)
    for (const m of x.message.matchAll(/第(\d+)—(\d+)行/g))
      for (let l = Number(m[1]); l <= Number(m[2]); l++) seen.add(l);
  for (const i of r.indicators)
    for (const n of i.notes)
      for (const m of n.matchAll(/续在第([\d、]+)行/g)) m[1].split("、").forEach((x) => seen.add(Number(x)));
  const missing: number[] = [];
  lines.forEach((l, k) => {
    const line = k + 1;
    if (l.trim() === "" || line === r.headerLine) return;
    if (r.headerLine !== undefined && line < r.headerLine && seen.has(line)) return;
    if (!seen.has(line)) missing.push(line);
  });
  return missing;
}

describe("no row is lost, nothing throws", () => {
  it("200 generated tables: every non-empty line is an entry, a review item or a rejected row", () => {
    const next = rng(20261130);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
    for (let n = 0; n < 200; n++) {
      const header = pick(HEADERS);
      const rows = [header.join("\t")];
      const count = 1 + Math.floor(next() * 8);
      for (let k = 0; k < count; k++) rows.push(header.map(() => pick(CELLS)).join(next() < 0.9 ? "\t" : "  "));
      const text = rows.join("\n");
      let r: RecognizeResult | undefined;
      expect(() => {
        r = recognizeIndicatorTable(text, { sourceId: "MY-PLAN" });
      }).not.toThrow();
      const missing = accounted(r!, text.split("\n"));
      if (missing.length > 0) throw new Error(`lines ${missing.join(", ")} unaccounted for in:\n${text}`);
      for (const i of r!.indicators) expect(schemaIssues(i)).toEqual([]);
      expect(new Set(r!.indicators.map((i) => i.id)).size).toBe(r!.indicators.length);
    }
  });
});
