/**
 * Native Excel formulas: for every rule (hence every kind), the formula evaluated by HyperFormula
 * (test/support/excelFormula) gives the same award — or the same error code — as SUBSIDY on the same cells. The
 * chooser formula (rule picked in a cell) does the same for all rules at once.
 */
import fc from "fast-check";
import { PolicyError } from "../../../src/core/errors";
import { nativeChooserFormula, nativeFormula } from "../../../src/core/incentives/native";
import { amounts, bounds, qualifiers } from "./support/arbitraries";
import { ix, S, SPEC_RULE_IDS } from "./support/engine";
import { evaluate, XlError, type Cell } from "../../support/excelFormula";

const rules = SPEC_RULE_IDS.map((id) => ix.rule(id));
const REFS = { rule: "B2", amount: "C2", qualifier: "D2", bound: "E2" };

/** What SUBSIDY gives, as a cell would show it: the number or the error code. */
function engine(rule: string, cells: Record<string, Cell>): number | string {
  try {
    return S(rule, cells.C2, cells.D2, cells.E2);
  } catch (e) {
    if (e instanceof PolicyError) return e.code;
    throw e;
  }
}

function native(formula: string, cells: Record<string, Cell>): number | string {
  const v = evaluate(formula, cells);
  if (v instanceof XlError) return v.code;
  if (typeof v !== "number") throw new Error(`formula gave ${String(v)}`);
  return v;
}

const cellsOf = (amount: unknown, qualifier: unknown, bound: unknown): Record<string, Cell> =>
  ({ C2: amount, D2: qualifier, E2: bound }) as Record<string, Cell>;

describe.each(rules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  const formula = nativeFormula(rule, REFS);

  test("uses only portable functions", () => {
    const used = new Set([...formula.matchAll(/([A-Z][A-Z.]*)\(/g)].map((m) => m[1]));
    const allowed = [
      "IF",
      "OR",
      "AND",
      "NOT",
      "MIN",
      "ROUND",
      "INT",
      "N",
      "TRIM",
      "ISNUMBER",
      "ISLOGICAL",
      "ISNA",
      "IFERROR",
      "MATCH",
      "INDEX",
      "CHOOSE",
    ];
    for (const f of used) expect(allowed).toContain(f);
    expect(formula).not.toMatch(/POLICY\./);
    // Gnumeric's LOOKUP gives #N/A for an error key where Excel and LibreOffice pass it on.
    expect(used.has("LOOKUP")).toBe(false);
  });

  test("same award as SUBSIDY on generated inputs", () => {
    fc.assert(
      fc.property(amounts(rule), qualifiers(rule), bounds, (amount, qualifier, bound) => {
        const cells = cellsOf(amount, qualifier, bound);
        expect(native(formula, cells)).toEqual(engine(rule.id, cells));
      }),
      { numRuns: 300 },
    );
  });

  test("same error code on bad input", () => {
    const good = cellsOf(1, qualifierExample(rule), null);
    const bad: Record<string, Cell>[] = [
      { ...good, C2: null },
      { ...good, C2: "abc" },
      { ...good, C2: -1 },
      { ...good, E2: "most" },
      { ...good, D2: null },
      { ...good, D2: "???" },
      // TRUE/FALSE as a number: #VALUE! in both (LibreOffice would count TRUE as 1).
      { ...good, C2: true },
      { ...good, C2: false },
      { ...good, D2: true },
      { ...good, C2: 2.5 },
      { ...good, D2: -5 },
    ];
    for (const cells of bad) expect([cells, native(formula, cells)]).toEqual([cells, engine(rule.id, cells)]);
  });
});

describe("odd inputs: every rule's formula gives SUBSIDY's number or error code", () => {
  // Numeric text ("850", "二级") is left out: the formulas read numbers only (docs/INCENTIVES.md).
  const odd = fc.constantFrom<Cell>(
    null,
    true,
    false,
    -1,
    0,
    1,
    2.5,
    3,
    300,
    850,
    1200,
    1e308,
    "abc",
    "是",
    "否",
    "省级",
    "市级",
    "货物",
    "上限",
    "min",
  );
  test.each(rules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    const formula = nativeFormula(rule, REFS);
    fc.assert(
      fc.property(odd, odd, odd, (amount, qualifier, bound) => {
        const cells = cellsOf(amount, qualifier, bound);
        const got = native(formula, cells);
        const want = engine(rule.id, cells);
        if (typeof want === "number" && typeof got === "number") expect(got).toBeCloseTo(want, 6);
        else expect([cells, got]).toEqual([cells, want]);
      }),
      { numRuns: 150 },
    );
  });
});

function qualifierExample(rule: (typeof rules)[number]): Cell {
  switch (rule.qualifier.type) {
    case "number":
      return 500;
    case "level":
      return "省级";
    case "flag":
      return false;
    case "category":
      return rule.qualifier.options[0];
    default:
      return null;
  }
}

describe("at the caps and gates", () => {
  test.each<[string, Cell, Cell, Cell]>([
    ["DY-MFG-2024.R-TECHREFORM", 100, 300, null],
    ["DY-MFG-2024.R-TECHREFORM", 100, 299.99, null],
    ["DY-MFG-2024.R-TECHREFORM", 2000.01, 5000, null],
    ["DY-MFG-2024.R-REVENUE", 20, 8, null],
    ["DY-MFG-2024.R-REVENUE", 20.5, null, null],
    ["DY-MFG-2024.R-RND-INTENSITY", 0.3, 6, null],
    ["DY-MFG-2024.R-RND-INTENSITY", 0.35, 6, "mid"],
    ["DY-MFG-2024.R-RND-ORG", 1, "市级", null],
    ["DY-MFG-2024.R-INSTITUTE", 1, "市级", null],
    ["EZ-IND-2027.R-PROCUREMENT", 200, "goods", null],
    ["EZ-IND-2027.R-PROCUREMENT", 200.01, "货物", null],
    ["HS-QUALITY-2024.R-NOMINEE", 1, "已获", null],
    ["HS-QUALITY-2024.R-NOMINEE", 1, 0, null],
    ["HS-SMEDIGI-2025.R-RETROFIT", 50.01, 2, null],
    ["HS-SMEDIGI-2025.R-PRODUCT", 2.5, null, null],
    ["HS-SMEDIGI-2025.R-PRODUCT", 3, null, "中值"],
  ])("%s(%p, %p, %p)", (id, amount, qualifier, bound) => {
    const cells = cellsOf(amount, qualifier, bound);
    expect(native(nativeFormula(ix.rule(id), REFS), cells)).toEqual(engine(id, cells));
  });
});

describe("the chooser formula (rule picked in a cell)", () => {
  const chooser = nativeChooserFormula(rules, REFS);

  test("fits Excel's limits: ≤ 8192 characters, ≤ 64 nesting levels", () => {
    expect(chooser.length).toBeLessThanOrEqual(8192);
    // As the calculator table writes it (a row placeholder), on row 99999 of a long table.
    const inTable = nativeChooserFormula(rules, { rule: "C{r}", amount: "E{r}", qualifier: "F{r}", bound: "G{r}" });
    expect(`=${inTable.replace(/\{r\}/g, "99999")}`.length).toBeLessThanOrEqual(8192);
    let depth = 0;
    let max = 0;
    for (const ch of chooser.replace(/"[^"]*"/g, '""')) {
      if (ch === "(") max = Math.max(max, ++depth);
      else if (ch === ")") depth--;
    }
    expect(max).toBeLessThanOrEqual(64);
  });

  test("same result as SUBSIDY for every rule", () => {
    const cases = fc
      .constantFrom(...rules)
      .chain((rule) => fc.tuple(fc.constant(rule), amounts(rule), qualifiers(rule), bounds));
    fc.assert(
      fc.property(cases, ([rule, amount, qualifier, bound]) => {
        const cells = { ...cellsOf(amount, qualifier, bound), B2: rule.id };
        expect(native(chooser, cells)).toEqual(engine(rule.id, cells));
      }),
      { numRuns: 1000 },
    );
  });

  test("an unknown or blank rule is #N/A", () => {
    expect(native(chooser, { B2: "NO-SUCH.R-RULE", C2: 1 })).toBe("#N/A");
    expect(native(chooser, { B2: null, C2: 1 })).toBe("#N/A");
  });
});
