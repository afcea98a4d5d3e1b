import * as fs from "fs";
import { builtInCatalog } from "../../../src/catalog";
import { fillSampleActuals } from "../../../src/demo/sampleActuals";
import { buildPlan } from "../../../src/workbook";
import { fillRow, parseAddress } from "../../../src/workbook/a1";
import type { DualFormula } from "../../../src/workbook/plan";
import { buildXlsxWorkbook, isDualFormula } from "../../../src/workbook/xlsx/render";

test("dump", async () => {
  const catalog = builtInCatalog();
  const ids = catalog.sources.map((s) => s.id);
  const plan = fillSampleActuals(catalog, buildPlan(catalog, ids, { form: "portable", reportDate: "2024-12-31" }), "2024-12-31");
  const wb = await buildXlsxWorkbook(plan, { form: "portable" });
  const out: string[] = [];
  out.push("NAMES " + JSON.stringify((wb.definedNames as any).model));
  out.push("SHEETS " + wb.worksheets.map((w) => w.name).join(","));
  plan.sheets.forEach((sheet, si) => {
    for (const table of sheet.tables) {
      const topLeft = parseAddress(table.anchor);
      const first = topLeft.row + 1;
      const count = Math.max(1, table.rows.length + (table.blankRows ?? 0));
      const last = first + count - 1;
      for (let i = 0; i < count; i++) {
        const r = first + i;
        const row = table.rows[i];
        table.columns.forEach((col) => {
          const own = row?.values[col.header];
          const f: DualFormula | undefined = isDualFormula(own) ? own : own === undefined ? col.formula : undefined;
          if (!f || f.portable === null || f.addin === f.portable || /POLICY\.EXPLAIN\(/i.test(f.addin)) return;
          out.push(`${sheet.kind}\t${col.header}\t${fillRow(f.addin, { r, first, last })}`);
        });
      }
    }
  });
  fs.writeFileSync("/tmp/fe/dump.txt", out.join("\n"));
});
