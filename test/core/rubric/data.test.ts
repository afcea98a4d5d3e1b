/**
 * The HS-BANK-2024 annex tables as data (附件1–5): 16 banks in one order, every task the 2023 base
 * grown at the stated rate (rounded to 0.01亿), the tables' own totals kept as printed, 附件5's
 * "融资金数" label kept — and the bank evaluation rows built from them.
 */
import { bankEvaluationRows, rubricUnits, totalRow, unitRows } from "../../../src/core/rubric";
import { rubric } from "./support";

const BANKS = [
  "农发行",
  "工商银行",
  "农业银行",
  "中国银行",
  "建设银行",
  "交通银行",
  "邮储银行",
  "中信银行",
  "光大银行",
  "广发银行",
  "招商银行",
  "兴业银行",
  "民生银行",
  "湖北银行",
  "汉口银行",
  "农商行",
];
const annex = (id: string) => rubric.annexes.find((a) => a.id === id)!;
const sum = (rows: Record<string, unknown>[], key: string) =>
  Math.round(rows.reduce((s, r) => s + (r[key] as number), 0) * 100) / 100;

describe("annex tables", () => {
  test("five annexes, each with the 16 banks of 一、考评对象 in the same order, plus the printed total row", () => {
    expect(rubric.annexes.map((a) => a.id)).toEqual(["annex1", "annex2", "annex3", "annex4", "annex5"]);
    for (const a of rubric.annexes) {
      expect(unitRows(a).map((r) => r.bank)).toEqual(BANKS);
      expect(totalRow(a)).toBeDefined();
    }
    expect(rubricUnits(rubric)).toEqual(BANKS);
  });

  // The tables' tasks were evidently computed from unrounded balances: base × rate, rounded, is off
  // by at most 0.01亿 (光大银行 44.83 × 15% = 6.7245, printed 6.73); the printed task is what counts.
  const within = (task: unknown, base: unknown, g: number) =>
    expect(Math.abs((task as number) - (base as number) * g)).toBeLessThanOrEqual(0.0100001);

  test("附件1: every task is the 2023 balance × 10% / 15% / 18% to within 0.01亿", () => {
    for (const r of unitRows(annex("annex1"))) {
      within(r.q1Task, r.base2023, 0.1);
      within(r.task, r.base2023, 0.15);
      within(r.stretchTask, r.base2023, 0.18);
    }
  });

  test.each(["annex2", "annex3", "annex4"])("%s: every task is the 2023 balance × 15%% to within 0.01亿", (id) => {
    for (const r of unitRows(annex(id))) within(r.task, r.base2023, 0.15);
  });

  test("spot values against the seed: 农发行 282.01/42.30, 工商银行 SME 16.86, 农发行 制造业 0.17/0.02, 农商行 东楚 20亿/300户", () => {
    expect(unitRows(annex("annex1"))[0]).toMatchObject({ bank: "农发行", base2023: 282.01, task: 42.3 });
    expect(unitRows(annex("annex2"))[1]).toMatchObject({ bank: "工商银行", task: 16.86 });
    expect(unitRows(annex("annex3"))[0]).toMatchObject({ bank: "农发行", base2023: 0.17, task: 0.02 });
    expect(unitRows(annex("annex5"))[15]).toMatchObject({ bank: "农商行", amount: 20, households: 300 });
  });

  test("printed totals are kept as printed; how they differ from the 16 banks' sums is noted", () => {
    // 附件1's 全市合计 is the whole city's loan book (2347亿 in 黄政发〔2024〕7号), not the 16 banks.
    expect(totalRow(annex("annex1"))!.base2023).toBe(2347.13);
    expect(sum(unitRows(annex("annex1")), "base2023")).toBe(2313.94);
    expect(annex("annex1").notes.join()).toContain("2313.94");
    // Rounding differences of a few hundredths elsewhere.
    expect([sum(unitRows(annex("annex2")), "task"), totalRow(annex("annex2"))!.task]).toEqual([191.18, 191.16]);
    expect([sum(unitRows(annex("annex3")), "base2023"), totalRow(annex("annex3"))!.base2023]).toEqual([478.68, 478.67]);
    expect([sum(unitRows(annex("annex4")), "task"), totalRow(annex("annex4"))!.task]).toEqual([59.21, 59.24]);
    expect([sum(unitRows(annex("annex5")), "amount"), sum(unitRows(annex("annex5")), "households")]).toEqual([
      200, 2200,
    ]);
  });

  test("附件5 keeps the table's label 融资金数 for the 户 row, with the note", () => {
    const col = annex("annex5").columns.find((c) => c.key === "households")!;
    expect(col).toMatchObject({ header: "融资金数", unit: "户" });
    expect(annex("annex5").notes.join()).toContain("融资户数");
  });
});

describe("bankEvaluationRows", () => {
  const rows = bankEvaluationRows(rubric);

  test("16 banks × every item, bank-major in annex order", () => {
    expect(rows).toHaveLength(16 * rubric.items.length);
    expect(rows[0]).toMatchObject({ bank: "农发行", bankIndex: 0, itemId: "HS-BANK-2024.S-LOAN-INC" });
    expect(rows[rows.length - 1]).toMatchObject({
      bank: "农商行",
      bankIndex: 15,
      itemId: rubric.items[rubric.items.length - 1].id,
    });
  });

  test("tasks and 2023 bases are prefilled from the annexes", () => {
    const row = (bank: string, name: string) =>
      rows.find((r) => r.bank === bank && r.itemId === `HS-BANK-2024.${name}`)!;
    expect(row("工商银行", "S-LOAN-INC")).toMatchObject({ reference: 38.41, base: 256.05, referenceSource: "annex" });
    expect(row("农发行", "S-MFG-INC")).toMatchObject({ reference: 0.02, base: 0.17 });
    expect(row("湖北银行", "S-DONGCHU-HOUSEHOLDS")).toMatchObject({ reference: 320, base: null, unit: "户" });
    expect(row("民生银行", "S-GREEN-INC")).toMatchObject({ reference: 0.3, base: 2 });
    expect(row("农商行", "S-SME-COVERAGE")).toMatchObject({ reference: 0.12, referenceSource: "default" });
    expect(row("农商行", "S-LOAN-GROWTH")).toMatchObject({ reference: null, referenceSource: "input" });
    expect(row("农商行", "S-BOND")).toMatchObject({
      reference: null,
      referenceSource: "none",
      uses: { reference: false, extra: false },
    });
  });

  test("the guarantee parts and the veto are not added into the total; S-GUARANTEE is", () => {
    const first = rows.filter((r) => r.bankIndex === 0);
    const excluded = first.filter((r) => !r.countsInTotal).map((r) => r.itemId.replace("HS-BANK-2024.", ""));
    expect(excluded.sort()).toEqual(["S-GUARANTEE-GOVBANK", "S-GUARANTEE-STARTUP", "S-VETO"]);
    expect(first.find((r) => r.itemId.endsWith("S-GUARANTEE-STARTUP"))!.partOf).toBe("HS-BANK-2024.S-GUARANTEE");
  });
});
