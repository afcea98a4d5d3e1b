import { builtInCatalog } from "../src/catalog";
import { fillSampleActuals } from "../src/demo/sampleActuals";
import { buildPlan } from "../src/workbook";
(() => {
  const catalog = builtInCatalog();
  const plan = fillSampleActuals(catalog, buildPlan(catalog, catalog.sources.map(s=>s.id), { form: "portable", reportDate: "2024-12-31" }), "2024-12-31");
  for (const s of plan.sheets) for (const t of s.tables) for (const r of t.rows) {
    if (["DY-MFG-2024.33","DY-INNOV-2024.07","HS-EQUIP-2025.15","工商银行|HS-BANK-2024.S-SME-RATE","湖北银行|HS-BANK-2024.S-BOND"].includes(r.key)) {
      const v: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(r.values)) v[k] = typeof x === "object" && x && "portable" in x ? (x as any).portable.slice(0, 400) : x;
      console.log(r.key, JSON.stringify(v, null, 1));
    }
    if (s.kind === "calculator") console.log(JSON.stringify(r.values));
  }
  const calc = plan.sheets.find(s => s.kind === "calculator")!;
  console.log(calc.tables[0].columns.find(c => c.header.startsWith("奖补金额"))!.formula!.portable!.slice(0, 3000));
})();
