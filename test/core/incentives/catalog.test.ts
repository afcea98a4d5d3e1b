/**
 * The rule data of docs/CATALOG.md "Incentive rules": every fixed rule ID is in the catalog, compiles, and records its
 * readings.
 */
import { builtInCatalog } from "../../../src/catalog";
import { compileRule } from "../../../src/core/incentives/compile";
import { ix, SPEC_RULE_IDS } from "./support/engine";

describe("incentive rules in the catalog", () => {
  test.each(SPEC_RULE_IDS)("%s exists, compiles and has reading notes", (id) => {
    const rule = ix.rule(id);
    expect(() => compileRule(rule)).not.toThrow();
    expect(rule.notes.length + builtInCatalog().rules.find((r) => r.id === id)!.notes.length).toBeGreaterThan(0);
    expect(rule.outputUnit).toBe("万元");
    expect(rule.amountMeaning).toBeTruthy();
  });

  test("every rule of the built-in catalog compiles (kinds, gates and qualifiers agree)", () => {
    for (const rule of builtInCatalog().rules) expect(() => compileRule(rule)).not.toThrow();
  });

  test("市级 is read by document: Daye rules county, Huangshi and Ezhou rules prefecture", () => {
    for (const id of SPEC_RULE_IDS) {
      expect(ix.rule(id).cityLevel).toBe(id.startsWith("DY-") ? "county" : "prefecture");
    }
  });

  test("kinds as read from the clauses", () => {
    const kinds = Object.fromEntries(SPEC_RULE_IDS.map((id) => [id.split(".")[1], ix.rule(id).computation.kind]));
    expect(kinds).toEqual({
      "R-TECHREFORM": "rate",
      "R-FIRSTSET": "rate",
      "R-NEWSCALE": "fixed",
      "R-TOP500": "byLevel",
      "R-REVENUE": "milestones",
      "R-DIGITAL": "byLevel",
      "R-GREEN": "byLevel",
      "R-SCRAP-STEEL": "rate",
      "R-SCRAP-AL": "rate",
      "R-HITECH": "fixed",
      "R-SCI-AWARD": "byLevel",
      "R-INSTITUTE": "byLevel",
      "R-RND-ORG": "byLevel",
      "R-INCUBATOR": "byLevel",
      "R-RND-INTENSITY": "rateOnExcess",
      "R-TECH-TRANSFER": "rate",
      "R-LIVESTREAM": "rate",
      "R-FAMOUS-MARK": "fixed",
      "R-HUBEI-BOUTIQUE": "fixed",
      "R-PROCUREMENT": "reservedShare",
      "R-AWARD": "fixed",
      "R-NOMINEE": "fixed",
      "R-RETROFIT": "rate",
      "R-MODEL": "fixed",
      "R-PRODUCT": "perItem",
      "R-PLATFORM": "fixed",
    });
    expect(ix.rule("HS-QUALITY-2024.R-NOMINEE").notPaidAgain).toBe(true);
  });
});
