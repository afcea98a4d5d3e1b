/**
 * The formula pairs the differential test compares: for each function, the add-in formula and the
 * native formula as the two forms of a workbook write them over the same cells (src/workbook:
 * indicators.ts, rules.ts, bank.ts), and generators of the cells' values.
 *
 * What is comparable:
 * - GAPTOTARGET, PROGRESS, EXPECTED, STATUS, SUBSIDY, SCORE, TIER: value for value (or same error code).
 * - EXPLAIN: its native form is a short summary sentence built with IFERROR (never an error), so it is
 *   compared by error code with the award's native formula: EXPLAIN is an error of code X exactly when
 *   the native SUBSIDY formula is, and a sentence where the award is a number.
 * - TARGET and INFO by ID: the portable form writes the engine's own values as constants (目标 columns,
 *   the 方向 cell, the rule sheet), so there is no second computation of them to compare. They are
 *   compared where they feed a computation: GAPTOTARGET/PROGRESS/STATUS with an indicator ID as the
 *   target equal the native formulas over TARGET(id) and the indicator's direction written as
 *   constants. TARGET and INFO themselves are fuzzed for "an Excel error with a message, or a finite
 *   value" only.
 */
import fc from "fast-check";
import { activeCatalog } from "../../src/catalog/active";
import { finalMilestone } from "../../src/core/catalogIndex";
import { nativeChooserFormula, nativeFormula } from "../../src/core/incentives/native";
import { expectedFormula, gapFormula, progressFormula, statusFormula } from "../../src/core/native/target";
import { nativeScoreFormula, nativeTierFormula } from "../../src/core/rubric";
import { excelString } from "../../src/core/native/text";
import { targetOf } from "../../src/core/target";
import type { Rule } from "../../src/core/schema";
import { amounts, bounds, qualifiers } from "../core/incentives/support/arbitraries";
import { validArgs } from "../core/rubric/arbitraries";
import { ref, type CaseSpec } from "../support/differential";
import { asOf, bound, dec, direction, hostile, mostly, oddWords, value, year } from "../support/differentialInputs";
import type { XlValue } from "../support/excelFormula";

const index = activeCatalog();
const catalog = index.catalog;

export interface Family {
  fn: string;
  form: string;
  /** Cases per run (before the DIFFERENTIAL_RUNS factor). */
  runs: number;
  cases: fc.Arbitrary<CaseSpec>;
}

const [B, C, D, E, F, G] = [0, 1, 2, 3, 4, 5].map(ref);
const call = (fn: string, args: string[]) => `POLICY.${fn}(${args.join(",")})`;
const q = excelString;

/** A family whose formulas are fixed and whose cases differ in their values only. */
function fixed(
  fn: string,
  form: string,
  inputs: string[],
  runs: number,
  addin: string,
  native: string | null,
  values: fc.Arbitrary<XlValue>[],
  compare: CaseSpec["compare"] = "value",
): Family {
  return {
    fn,
    form,
    runs,
    cases: fc.tuple(...values).map((v) => ({ fn, form, inputs, values: v, addin, native, compare })),
  };
}

// --- Target tracking (indicators.ts): the add-in form wraps each call in IF(actual="","",…). ------

const gap = fixed(
  "GAPTOTARGET",
  "GAPTOTARGET(actual, target, direction cell)",
  ["actual", "target", "direction"],
  500,
  `IF(${B}="","",${call("GAPTOTARGET", [B, C, D])})`,
  gapFormula({ actual: B, target: C, direction: D }),
  [mostly(value), mostly(value), mostly(direction, 8)],
);

const progressWithBase = fixed(
  "PROGRESS",
  "PROGRESS(actual, target, base, direction cell)",
  ["actual", "target", "base", "direction"],
  500,
  `IF(${B}="","",${call("PROGRESS", [B, C, D, E])})`,
  progressFormula({ actual: B, target: C, base: D, direction: E }),
  [mostly(value), mostly(value), mostly(fc.option(value, { nil: null })), mostly(direction, 8)],
);

const progressNoBase = fixed(
  "PROGRESS",
  "PROGRESS(actual, target, , direction cell)",
  ["actual", "target", "direction"],
  300,
  `IF(${B}="","",${call("PROGRESS", [B, C, "", D])})`,
  progressFormula({ actual: B, target: C, direction: D }),
  [mostly(value), mostly(value), mostly(direction, 8)],
);

/** EXPECTED as the 预期值 column: IF(ISNUMBER(base),EXPECTED(…, IF(asOf="",report date,asOf)),""). */
function expectedFamily(path: "linear" | "cagr"): Family {
  const pathArg = path === "cagr" ? [q("cagr")] : [];
  return fixed(
    "EXPECTED",
    `EXPECTED(base, target, baseYear, targetYear, asOf or report date${path === "cagr" ? ', "cagr"' : ""})`,
    ["base", "target", "baseYear", "targetYear", "asOf", "reportDate"],
    path === "cagr" ? 300 : 500,
    `IF(ISNUMBER(${B}),${call("EXPECTED", [B, C, D, E, `IF(${F}="",${G},${F})`, ...pathArg])},"")`,
    expectedFormula({ base: B, target: C, baseYear: D, targetYear: E, asOf: F, reportDate: G, path }),
    [
      mostly(path === "cagr" ? dec(0.01, 2000, 2) : value),
      mostly(path === "cagr" ? dec(0.01, 2000, 2) : value),
      mostly(year),
      mostly(year),
      mostly(fc.option(asOf, { nil: null })),
      mostly(asOf),
    ],
  );
}

const statusWithBase = fixed(
  "STATUS",
  "STATUS(actual, target, base, expected, direction cell)",
  ["actual", "target", "base", "expected", "direction"],
  500,
  `IF(${B}="","",${call("STATUS", [B, C, D, E, F])})`,
  statusFormula({ actual: B, target: C, base: D, expected: E, direction: F }),
  [
    mostly(value),
    mostly(value),
    mostly(fc.option(value, { nil: null })),
    mostly(fc.option(value, { nil: null })),
    mostly(direction, 8),
  ],
);

const statusTolerance: Family = {
  fn: "STATUS",
  form: "STATUS(actual, target, base, expected, direction cell, tolerance literal)",
  runs: 200,
  cases: fc
    .tuple(
      fc.constantFrom(0, 0.02, 0.1, 0.5, 1),
      mostly(value),
      mostly(value),
      mostly(value),
      mostly(value),
      mostly(direction, 8),
    )
    .map(([tol, ...v]) => ({
      fn: "STATUS",
      form: "STATUS(actual, target, base, expected, direction cell, tolerance literal)",
      inputs: ["actual", "target", "base", "expected", "direction"],
      values: v,
      addin: `IF(${B}="","",${call("STATUS", [B, C, D, E, F, String(tol)])})`,
      native: statusFormula({ actual: B, target: C, base: D, expected: E, direction: F, tolerance: tol }),
    })),
};

const statusNoBase = fixed(
  "STATUS",
  "STATUS(actual, target, , , direction cell)",
  ["actual", "target", "direction"],
  300,
  `IF(${B}="","",${call("STATUS", [B, C, "", "", D])})`,
  statusFormula({ actual: B, target: C, direction: D }),
  [mostly(value), mostly(value), mostly(direction, 8)],
);

/** Indicators whose final target is a number or a range: TARGET(id) is a number. */
const numericIndicators = catalog.indicators.filter((i) => finalMilestone(i).target.kind !== "text");

/**
 * GAPTOTARGET/PROGRESS/STATUS with an indicator ID as the target, against the native formula over
 * the constants the portable form writes: TARGET(id) in the target cell, the indicator's direction.
 */
function byId(fn: "GAPTOTARGET" | "PROGRESS" | "STATUS"): Family {
  const form = `${fn}(actual, indicator ID) = native over TARGET(id) and its direction`;
  return {
    fn,
    form,
    runs: 300,
    cases: fc
      .tuple(
        fc.constantFrom(...numericIndicators),
        mostly(fc.oneof(value, fc.constantFrom<XlValue>("12%", "12", "80%"))),
      )
      .map(([ind, actual]) => {
        const target = targetOf(index, ind.id);
        const refs = { actual: B, target: C, direction: ind.direction };
        const native =
          fn === "GAPTOTARGET" ? gapFormula(refs) : fn === "PROGRESS" ? progressFormula(refs) : statusFormula(refs);
        return {
          fn,
          form,
          inputs: ["actual", "target"],
          values: [actual, target],
          addin: `IF(${B}="","",${call(fn, [B, q(ind.id)])})`,
          native,
        };
      }),
  };
}

// --- Incentives (rules.ts) --------------------------------------------------------------------------

const rules = catalog.rules;

function amountOf(rule: Rule): fc.Arbitrary<XlValue> {
  return mostly(
    fc.oneof(
      amounts(rule).map((x) => Number(x.toFixed(2))),
      fc.constantFrom(0, 1, 2.5),
    ) as fc.Arbitrary<XlValue>,
  );
}
function qualifierOf(rule: Rule): fc.Arbitrary<XlValue> {
  const valid = qualifiers(rule).map((x) =>
    typeof x === "number" ? Number(x.toFixed(2)) : x,
  ) as fc.Arbitrary<XlValue>;
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: oddWords },
    { weight: 1, arbitrary: hostile },
  );
}
const boundOf = fc.oneof(
  { weight: 4, arbitrary: bounds as fc.Arbitrary<XlValue> },
  { weight: 2, arbitrary: mostly(bound) },
);

/** SUBSIDY of one rule (the rule as a literal, one rule's native formula). */
function subsidyOf(fn: "SUBSIDY" | "EXPLAIN"): Family {
  const form =
    fn === "SUBSIDY"
      ? "SUBSIDY(rule literal, amount, qualifier, bound)"
      : "EXPLAIN(rule literal, …) error code = native award's";
  return {
    fn,
    form,
    runs: fn === "SUBSIDY" ? 800 : 300,
    cases: fc
      .constantFrom(...rules)
      .chain((rule) => fc.tuple(fc.constant(rule), amountOf(rule), qualifierOf(rule), boundOf))
      .map(([rule, ...v]) => ({
        fn,
        form,
        inputs: ["amount", "qualifier", "bound"],
        values: v,
        item: rule.id,
        addin: call(fn, [q(rule.id), B, C, D]),
        native: nativeFormula(rule, { amount: B, qualifier: C, bound: D }),
        compare: fn === "EXPLAIN" ? ("error" as const) : ("value" as const),
      })),
  };
}

/** The application calculator's 奖补金额 column: the rule picked in a cell, the chooser formula. */
const chooser: Family = (() => {
  const form = "SUBSIDY(rule cell, amount, qualifier, bound) = chooser formula";
  const native = `IF(${B}="","",${nativeChooserFormula(rules, { rule: B, amount: C, qualifier: D, bound: E })})`;
  const addin = `IF(${B}="","",${call("SUBSIDY", [B, C, D, E])})`;
  const ruleCell = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<XlValue>(...rules.map((r) => r.id)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<XlValue>(
        ` ${rules[0].id} `,
        "DY-MFG-2024.R-NOPE",
        "DY-MFG-2024",
        "DY-MFG-2024.01",
        1,
        true,
      ),
    },
  );
  return {
    fn: "SUBSIDY",
    form,
    runs: 200,
    cases: ruleCell.chain((id) => {
      const rule = rules.find((r) => r.id === id) ?? rules[0];
      return fc.tuple(fc.constant(id), amountOf(rule), qualifierOf(rule), boundOf).map((values) => ({
        fn: "SUBSIDY",
        form,
        inputs: ["rule", "amount", "qualifier", "bound"],
        values,
        addin,
        native,
      }));
    }),
  };
})();

// --- Rubric (bank.ts): IF(actual="","",…). -------------------------------------------------------

const rubric = catalog.rubrics[0];
type ScoreArgs = { actual: XlValue; reference?: XlValue; extra?: XlValue };

const score: Family = {
  fn: "SCORE",
  form: "SCORE(item literal, actual, reference, extra)",
  runs: 800,
  cases: fc
    .constantFrom(...rubric.items)
    .chain((item) =>
      fc.tuple(
        fc.constant(item),
        fc.oneof(
          { weight: 4, arbitrary: validArgs(rubric, item) as fc.Arbitrary<ScoreArgs> },
          { weight: 1, arbitrary: fc.record({ actual: hostile }) as fc.Arbitrary<ScoreArgs> },
        ),
        mostly(fc.constant(null), 6),
      ),
    )
    .map(([item, a, odd]) => {
      const reference = item.inputs.reference ? C : undefined;
      const extra = item.inputs.extra ? D : undefined;
      const values: XlValue[] = [a.actual, reference ? (a.reference ?? odd) : null, extra ? (a.extra ?? odd) : null];
      const args = [B, reference ?? (extra ? "" : undefined), extra].filter((x): x is string => x !== undefined);
      return {
        fn: "SCORE",
        form: "SCORE(item literal, actual, reference, extra)",
        inputs: ["actual", "reference", "extra"],
        item: item.id,
        values,
        addin: `IF(${B}="","",${call("SCORE", [q(item.id), ...args])})`,
        native: `IF(${B}="","",${nativeScoreFormula(item, { actual: B, reference, extra })})`,
      };
    }),
};

const rank: fc.Arbitrary<XlValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 25 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<XlValue>("否决", "一票否决", "veto", " 否决 ", "3", "第3名", 2.5, 0, -1, 26),
  },
);
const tier = fixed(
  "TIER",
  "TIER(rubric literal, rank, count)",
  ["rank", "count"],
  400,
  `IF(${B}="","",${call("TIER", [q(rubric.id), B, C])})`,
  `IF(${B}="","",${nativeTierFormula(rubric, B, C)})`,
  [mostly(rank), mostly(fc.oneof(fc.integer({ min: 1, max: 25 }), fc.constantFrom<XlValue>(16, 15, 2.5, 0, "16")))],
);

// --- No native form: sanity only. -----------------------------------------------------------------

const anyId = fc.constantFrom<XlValue>(
  ...numericIndicators.slice(0, 6).map((i) => i.id),
  ...catalog.indicators.filter((i) => finalMilestone(i).target.kind === "text").map((i) => i.id),
  rules[0].id,
  rubric.id,
  rubric.items[0].id,
  catalog.sources[0].id,
  "DY-MFG-2024.99",
  "ＤＹ-ＭＦＧ-2024.01",
);
const target = fixed("TARGET", "TARGET(id, year) (no native form)", ["id", "year"], 200, call("TARGET", [B, C]), null, [
  mostly(anyId),
  mostly(fc.option(year, { nil: null })),
]);

export const FAMILIES: Family[] = [
  gap,
  byId("GAPTOTARGET"),
  progressWithBase,
  progressNoBase,
  byId("PROGRESS"),
  expectedFamily("linear"),
  expectedFamily("cagr"),
  statusWithBase,
  statusTolerance,
  statusNoBase,
  byId("STATUS"),
  subsidyOf("SUBSIDY"),
  chooser,
  subsidyOf("EXPLAIN"),
  score,
  tier,
  target,
];

/** INFO ids and fields for the sanity check (INFO may answer with a promise: text fields load later). */
export const INFO_ARGS = fc.tuple(
  mostly(anyId),
  mostly(
    fc.constantFrom<XlValue>(
      "name",
      "unit",
      "base",
      "baseYear",
      "target",
      "direction",
      "source",
      "clause",
      "cap",
      "rate",
      "名称",
      "单位",
      "目标",
      "方向",
      "条款",
      "上限",
      "nope",
      " 名称 ",
    ),
  ),
);
