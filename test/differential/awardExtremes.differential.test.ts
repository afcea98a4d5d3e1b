/**
 * Awards, scores and tiers at the edge of the double range (±1e308, 1.7e308, 1e-300): SUBSIDY, SCORE
 * and TIER equal their native formulas in HyperFormula, LibreOffice and Gnumeric, with no exclusion.
 * Gnumeric computes in long double, so an intermediate that overflows a double (1e308 − (−1e308),
 * 1e300 / 0.02) is a number there and a later MIN, MAX or INT made it points where SCORE gives #NUM!;
 * the rubric formulas guard each such step (src/core/rubric/native.ts, finite()).
 * Needs soffice and ssconvert: fails on CI when either is missing, skips that engine elsewhere.
 */
import { activeCatalog } from "../../src/catalog/active";
import { nativeFormula } from "../../src/core/incentives/native";
import { excelString } from "../../src/core/native/text";
import { nativeScoreFormula, nativeTierFormula } from "../../src/core/rubric";
import {
  evaluateInSpreadsheets,
  evaluateWithHyperFormula,
  ref,
  same,
  show,
  type CaseSpec,
} from "../support/differential";
import { findSsconvert } from "../support/gnumeric";
import { findSoffice, requireBinary } from "../support/libreoffice";

const [B, C, D] = [0, 1, 2].map(ref);
const catalog = activeCatalog().catalog;
const rubric = catalog.rubrics[0];
const BIG = [1e308, -1e308, 1.7e308, 1e300, 5e307, 123456789012345];

function specs(): CaseSpec[] {
  const out: CaseSpec[] = [];
  for (const rule of catalog.rules)
    for (const a of BIG.filter((x) => x > 0))
      for (const q of [null, 1e308, 0, "国家级", "是"])
        out.push({
          fn: "SUBSIDY",
          form: "SUBSIDY(rule literal, huge amount, qualifier, min)",
          inputs: ["amount", "qualifier", "bound"],
          values: [a, q, "min"],
          item: rule.id,
          addin: `POLICY.SUBSIDY(${excelString(rule.id)},${B},${C},${D})`,
          native: nativeFormula(rule, { amount: B, qualifier: C, bound: D }),
        });
  for (const it of rubric.items)
    for (const a of BIG)
      for (const r of it.inputs.reference ? [null, 1e308, -1e308, 1e-300, 5] : [null])
        for (const e of it.inputs.extra ? [null, 1e308] : [null]) {
          const cells = {
            actual: B,
            reference: it.inputs.reference ? C : undefined,
            extra: it.inputs.extra ? D : undefined,
          };
          out.push({
            fn: "SCORE",
            form: "SCORE(item literal, huge actual, reference, extra)",
            inputs: ["actual", "reference", "extra"],
            values: [a, r, e],
            item: it.id,
            addin: `POLICY.SCORE(${excelString(it.id)},${B},${C},${D})`,
            native: nativeScoreFormula(it, cells),
          });
        }
  for (const rank of [1, 1e308, 16])
    for (const count of [1e308, 1.7e308, 16])
      out.push({
        fn: "TIER",
        form: "TIER(rubric literal, rank, huge count)",
        inputs: ["rank", "count"],
        values: [rank, count],
        addin: `POLICY.TIER(${excelString(rubric.id)},${B},${C})`,
        native: nativeTierFormula(rubric, B, C),
      });
  return out;
}

test("SUBSIDY, SCORE and TIER equal their native formulas at ±1e308 in every engine", async () => {
  const soffice = findSoffice();
  const ssconvert = findSsconvert();
  const results = evaluateWithHyperFormula(specs());
  await evaluateInSpreadsheets(results, {
    libreoffice: requireBinary("LibreOffice (soffice)", soffice) ? soffice : null,
    ssconvert: requireBinary("Gnumeric (ssconvert)", ssconvert) ? ssconvert : null,
  });
  const differ: string[] = [];
  for (const c of results)
    for (const [engine, v] of Object.entries(c.native_))
      if (v !== undefined && !same(c.addinValue, v))
        differ.push(
          `${engine} ${c.item} ${c.values.map(show).join(" ")}: add-in ${show(c.addinValue)}, native ${show(v)}`,
        );
  expect(results.length).toBeGreaterThan(1000);
  expect(differ).toEqual([]);
}, 300000);
