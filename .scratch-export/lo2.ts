import { convertWithLibreOffice } from "../test/support/libreoffice";
import ExcelJS from "exceljs";
(async () => {
  const t = Date.now();
  const out = convertWithLibreOffice(process.argv[2], "xlsx");
  console.log(out, Date.now() - t);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(require("fs").readFileSync(out));
  for (const ws of wb.worksheets) {
    if (ws.name.startsWith("_")) continue;
    console.log("==", ws.name, ws.state);
    let n = 0;
    ws.eachRow((row, r) => { if (n++ < Number(process.argv[3] || 8)) console.log(r, JSON.stringify(row.values).slice(0, 600)); });
  }
})();
