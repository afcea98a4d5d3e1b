import ExcelJS from "exceljs";
import * as fs from "fs";
import { convertWithLibreOffice } from "../test/support/libreoffice";
(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  const fs_ = ["SQRT(-1)", "LN(0)", "1E+308*10", "FACT(-1)", "ACOS(2)", "POWER(-1,0.5)", "(-1)^0.5", "LOG(-1)", "SMALL({1},2)", "IRR({-1,-1})", "1/0", "NA()", "\"a\"+1", "EXP(1000)"];
  fs_.forEach((f, i) => { ws.getCell(i + 1, 1).value = f; ws.getCell(i + 1, 2).value = { formula: f } as any; });
  wb.calcProperties.fullCalcOnLoad = true;
  fs.writeFileSync("/tmp/errs.xlsx", new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
  const out = convertWithLibreOffice("/tmp/errs.xlsx", "xlsx");
  const w2 = new ExcelJS.Workbook(); await w2.xlsx.load(fs.readFileSync(out));
  const s2 = w2.worksheets[0];
  fs_.forEach((f, i) => console.log(f, JSON.stringify(s2.getCell(i + 1, 2).result)));
  const csv = convertWithLibreOffice("/tmp/errs.xlsx", "csv");
  console.log(fs.readFileSync(csv, "utf8"));
})();
