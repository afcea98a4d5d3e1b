/**
 * The engine on its own, with rule definitions as plain data (not from the catalog): every gate
 * operator, caps, milestones out of order, categories with aliases — kinds generalised, not IDs.
 */
import { compileRule } from "../../../src/core/incentives/compile";
import { evaluate } from "../../../src/core/incentives/evaluate";
import { explainEvaluation } from "../../../src/core/incentives/explain";
import { nativeFormula } from "../../../src/core/incentives/native";
import { Rule, type RuleInput } from "../../../src/core/schema";
import { evaluate as evaluateFormula } from "../../support/excelFormula";

const base = {
  sourceId: "HS-EQUIP-2025",
  amountUnit: "万元",
  provenance: [{ document: "测试文件〔2099〕1号", clause: "第一条", seed: "004_bb55ef2a1f48e8cc.txt", quote: "测试" }],
} as const;

function rule(input: Omit<RuleInput, "sourceId" | "amountUnit" | "provenance"> & Partial<RuleInput>) {
  return compileRule(Rule.parse({ ...base, ...input }));
}

describe("gates with every operator", () => {
  const r = rule({
    id: "HS-EQUIP-2025.R-TEST-GATES",
    name: "测试门槛",
    computation: { kind: "rate", rate: { min: 0.5, max: 0.5 } },
    qualifier: { type: "number", unit: "人", meaning: "职工人数" },
    gates: [
      { on: "amount", op: ">", value: 10, unit: "万元", label: "投资超过10万元" },
      { on: "amount", op: "<=", value: 1000, unit: "万元", label: "投资不超过1000万元" },
      { on: "qualifier", op: "<", value: 300, unit: "人", label: "职工少于300人" },
    ],
  });
  test.each([
    [10, 100, 0], // > 10 fails at 10
    [10.01, 100, 5.005],
    [1000, 100, 500], // <= 1000 holds at 1000
    [1000.01, 100, 0],
    [100, 299, 50],
    [100, 300, 0], // < 300 fails at 300
  ])("(%p, %p) = %p", (amount, qualifier, award) => {
    expect(evaluate(r, amount, qualifier).award).toBe(award);
    expect(
      evaluateFormula(nativeFormula(r.rule, { amount: "A1", qualifier: "B1" }), { A1: amount, B1: qualifier }),
    ).toBe(award);
  });
  test("binary noise at a gate does not flip it", () => {
    // 100.1 × 3 − 0.3 is 299.99999999999994 in binary: it is 300, so "fewer than 300" fails.
    expect(evaluate(r, 100, 100.1 * 3 - 0.3).award).toBe(0);
    expect(evaluate(r, 100, 299).award).toBe(50);
  });
  test("EXPLAIN names the operator of the failed gate", () => {
    expect(explainEvaluation(evaluate(r, 100, 300))).toContain("未满足“职工少于300人”（须<300人）");
  });
});

describe("milestones given in any order, with a non-zero default", () => {
  const r = rule({
    id: "HS-EQUIP-2025.R-TEST-MILESTONES",
    name: "测试里程碑",
    amountUnit: "亿元",
    computation: {
      kind: "milestones",
      milestones: [
        { above: 30, award: 3 },
        { above: 10, award: 1 },
      ],
    },
    qualifier: { type: "number", unit: "亿元", meaning: "上年规模", default: 5 },
  });
  test.each([
    [12, null, 1],
    [31, null, 3],
    [31, 12, 3],
    [31, 30, 3],
    [31, 31, 0],
  ])("(%p, %p) = %p", (amount, qualifier, award) => {
    expect(evaluate(r, amount, qualifier).award).toBe(award);
    expect(
      evaluateFormula(nativeFormula(r.rule, { amount: "A1", qualifier: "B1" }), { A1: amount, B1: qualifier }),
    ).toBe(award);
  });
});

describe("catalog bugs are caught when a rule is compiled, not when a user calls it", () => {
  test("a gate on a qualifier that is not a number", () => {
    expect(() =>
      rule({
        id: "HS-EQUIP-2025.R-TEST-BAD",
        name: "坏规则",
        computation: { kind: "fixed", amount: { min: 1, max: 1 } },
        qualifier: { type: "level", meaning: "级别" },
        gates: [{ on: "qualifier", op: ">=", value: 1, unit: "级", label: "x" }],
      }),
    ).toThrow(/numeric qualifier/);
  });
  test("a reserved share without a threshold for one of its categories", () => {
    expect(() =>
      rule({
        id: "HS-EQUIP-2025.R-TEST-BAD2",
        name: "坏规则",
        computation: { kind: "reservedShare", wholeUpTo: { 货物: 1 }, share: 0.4, smallMicroShare: 0.6 },
        qualifier: { type: "category", options: ["货物", "工程"], meaning: "类别" },
      }),
    ).toThrow(/no threshold/);
  });
});
