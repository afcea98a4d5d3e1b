/**
 * The recognizer on every indicator table of the seeds, as the seed text prints it, against the
 * built-in catalog (the expected answer). The figures are recorded in docs/CATALOG.md ("Recognizer
 * vs the built-in catalog"); this test fails if one drops.
 */
import { recognizeIndicatorTable } from "../../../src/core/recognize";
import { indicators as dyMfg } from "../../../src/catalog/sources/DY-MFG-2024/indicators";
import { FIELDS, HAVE_SEEDS, SEED_TABLES, score, tableText } from "./seedTables";
import { schemaIssues } from "./schemaCheck";

/** Fields matched per source, as recorded in docs/CATALOG.md. */
const RECORDED: Record<string, { rows: number; matched: number; compared: number }> = {
  "DY-MFG-2024": { rows: 34, matched: 435, compared: 442 },
  "DY-INNOV-2024": { rows: 26, matched: 338, compared: 338 },
  "HS-EQUIP-2025": { rows: 18, matched: 233, compared: 234 },
};

const describeSeeds = HAVE_SEEDS ? describe : describe.skip;

/** DY-MFG-2024's table as PDF text: fields matched, as recorded in docs/CATALOG.md. */
const RECORDED_PDF_DY_MFG = 435;

describeSeeds("recognizer on the seeds' indicator tables", () => {
  it.each(SEED_TABLES.map((t) => [t.sourceId, t] as const))(
    "%s: every row read, fields matched as recorded",
    (_id, t) => {
      const r = recognizeIndicatorTable(tableText(t), { sourceId: t.sourceId, document: t.sourceId });
      const s = score(t.expected, r.indicators);
      const rec = RECORDED[t.sourceId];
      expect(r.rejected).toEqual([]);
      expect(r.indicators.map((i) => i.id).sort()).toEqual(t.expected.map((e) => e.id).sort());
      expect(s.compared).toBe(rec.rows * FIELDS.length);
      expect(s.matched).toBeGreaterThanOrEqual(rec.matched);
      for (const i of r.indicators) expect(schemaIssues(i)).toEqual([]);
      // Every direction is an inference: each entry is listed for review with the deciding words in its notes.
      for (const i of r.indicators) {
        expect(r.review.some((x) => x.id === i.id && x.field === "direction")).toBe(true);
        expect(i.notes?.some((n) => n.startsWith("方向推断"))).toBe(true);
      }
    },
  );

  it("DY-MFG-2024 as a PDF viewer copies it (spaces, no 类别 header): the same figure as the seed's TSV", () => {
    // The catalog's row quotes are the rows as the PDF layout prints them ("1 规模 实力 规上工业总产值 亿元 557 700 1050").
    const header = "序号 指标名称 单位 2023 年 基数 2024 年 目标值 2026 年 目标值";
    const tableOnly = dyMfg.filter((i) => i.numbering !== "text-order");
    const rows = tableOnly.map((i) => i.provenance.find((p) => p.clause.startsWith("附件1 重点目标清单 序号"))!.quote);
    const r = recognizeIndicatorTable([header, ...rows].join("\n"), { sourceId: "DY-MFG-2024" });
    expect(r.format).toBe("text");
    expect(r.rejected).toEqual([]);
    const s = score(tableOnly, r.indicators);
    expect(s.matched).toBeGreaterThanOrEqual(RECORDED_PDF_DY_MFG);
  });

  it("DY-MFG-2024: the header repeated on the second page is skipped and said so", () => {
    const t = SEED_TABLES.find((x) => x.sourceId === "DY-MFG-2024")!;
    const r = recognizeIndicatorTable(tableText(t), { sourceId: t.sourceId });
    expect(r.review.filter((x) => x.message.startsWith("重复的表头"))).toHaveLength(1);
    const i16 = r.indicators.find((i) => i.id === "DY-MFG-2024.16")!;
    expect(i16.category).toBe("发展质量");
    expect(r.indicators.find((i) => i.id === "DY-MFG-2024.02")!.category).toBe("规模实力");
  });

  it("HS-EQUIP-2025: the unit broken over two lines is joined, the unnumbered row gets the next free number", () => {
    const t = SEED_TABLES.find((x) => x.sourceId === "HS-EQUIP-2025")!;
    const r = recognizeIndicatorTable(tableText(t), { sourceId: t.sourceId });
    expect(r.indicators.find((i) => i.id === "HS-EQUIP-2025.01")!.unit).toBe("亿元");
    const sub = r.indicators.find((i) => i.name === "智能模具")!;
    expect(sub.id).toBe("HS-EQUIP-2025.19");
    expect(sub.numbering).toBe("sub-row");
    expect(r.review.some((x) => x.id === sub.id && x.field === "id")).toBe(true);
  });
});
