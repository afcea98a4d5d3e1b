import { buildPlan } from "./src/workbook";
import { applyPlan } from "./src/workbook/office/render";
import { FakeExcel } from "./test/workbook/office/fakeExcel";
import { syntheticCatalog } from "./test/workbook/office/syntheticCatalog";
(async () => {
  const c = syntheticCatalog(10000);
  for (const form of ["addin", "portable"] as const) {
    const x = new FakeExcel();
    const t0 = Date.now();
    const plan = buildPlan(c, ["DY-MFG-2024"], { form, reportDate: "2024-12-31" });
    const t1 = Date.now();
    const rep = await applyPlan(x.context, plan, { form });
    console.log(form, "plan ms", t1-t0, "apply ms", Date.now()-t1, "syncs", rep.syncs, "max", x.maxRequestBytes, x.requestBytes);
    x.typeInto("指标·大冶制造强市三年行动", "L10", 5);
    const rep2 = await applyPlan(x.context, plan, { form });
    console.log(" re syncs", rep2.syncs, x.requestBytes.slice(-rep2.syncs), rep2.merges.map(m=>m.kept));
  }
})().catch(e=>{console.error(e); process.exit(1)});
