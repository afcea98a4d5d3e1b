import { convertWithLibreOffice } from "/work/main/test/support/libreoffice";
import ExcelJS from "/work/main/node_modules/exceljs";
(async () => {
  const t = Date.now();
  const out = convertWithLibreOffice("/tmp/smoke-portable.xlsx", "xlsx");
  console.log(out, Date.now() - t);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(require("fs").readFileSync(out));
  for (const ws of wb.worksheets) {
    console.log("==", ws.name, ws.state);
    ws.eachRow((row, r) => console.log(r, JSON.stringify(row.values)));
  }
})();
