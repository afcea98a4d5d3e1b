import { renderXlsx } from "/work/main/src/workbook/xlsx/render";
import { samplePlan } from "/work/main/test/workbook/xlsx/samplePlan";
import * as fs from "fs";
(async () => {
  for (const form of ["addin", "portable"] as const) {
    const b = await renderXlsx(samplePlan(), { form });
    fs.writeFileSync(`/tmp/smoke-${form}.xlsx`, b);
    console.log(form, b.length);
  }
})();
