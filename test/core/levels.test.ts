/** Levels read and shown alike everywhere: the rule sheet, EXPLAIN, INFO and the demo's inputs. */
import { builtInCatalog } from "../../src/catalog";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { info } from "../../src/core/info";
import { LEVEL_ZH, LEVELS, parseLevel } from "../../src/core/levels";
import { buildPlan } from "../../src/workbook";

test("every label a reader sees is a word a user may type back (copying it from the sheet works)", () => {
  for (const l of LEVELS) expect(parseLevel(LEVEL_ZH[l])).toBe(l);
});

test("the rule sheet names levels as the document does (黄石市级, 大冶市级), as INFO does", () => {
  const catalog = builtInCatalog();
  const plan = buildPlan(catalog, ["DY-MFG-2024"], { form: "addin", reportDate: "2025-06-30" });
  const rows = plan.sheets.find((s) => s.kind === "rules")!.tables[0].rows;
  const amount = (id: string) => rows.find((r) => r.key === id)!.values["比例或金额"];
  expect(amount("DY-MFG-2024.R-RND-ORG")).toBe("国家级 50—300万元；省级 20—50万元；黄石市级 5—20万元；大冶市级 1万元");
  expect(amount("DY-MFG-2024.R-INSTITUTE")).toBe("省级 400万元；黄石市级 200万元");
  expect(info(new CatalogIndex(catalog), "DY-MFG-2024.R-RND-ORG", "award")).toBe(
    "国家级 50—300；省级 20—50；黄石市级 5—20；大冶市级 1",
  );
});
