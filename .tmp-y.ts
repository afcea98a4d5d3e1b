import { builtInCatalog } from "./src/catalog";
import { buildPlan } from "./src/workbook";
import { applyPlan } from "./src/workbook/office/render";
import { FakeExcel } from "./test/workbook/office/fakeExcel";
(async () => {
const c = builtInCatalog();
for (const ids of [["DY-MFG-2024"], ["HS-BANK-2024"], c.sources.map(s=>s.id)]) {
  const x = new FakeExcel();
  x.userSheet("Sheet1", {A1: "hello"});
  const plan = buildPlan(c, ids, { form: "addin", reportDate: "2024-12-31" });
  const t0 = Date.now();
  const rep = await applyPlan(x.context, plan, { form: "addin" });
  console.log(ids.length, "syncs", rep.syncs, x.syncs, "max", x.maxRequestBytes, x.requestBytes, Date.now()-t0, "ms");
  // re-inject
  x.typeInto(rep.sheets[1].name, "L4", 900);
  const rep2 = await applyPlan(x.context, plan, { form: "addin" });
  console.log(" re", rep2.syncs, x.requestBytes.slice(-3), rep2.merges.filter(m=>m.kept).map(m=>m.table+":"+m.kept));
  console.log(" ", x.sheets.map(s=>s.name).join(","), x.tables.length, [...x.names.keys()].join(","));
}
})().catch(e=>{console.error(e); process.exit(1)});
