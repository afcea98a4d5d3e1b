import ExcelJS from "exceljs";
import * as fs from "fs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync("/tmp/duibiao-lo-out-kNOewl/portable.xlsx"));
  const ws = wb.worksheets.find(w => w.name === "银行考评")!;
  console.log(JSON.stringify(ws.getCell("K49").value), ws.getCell("K49").type, ws.getCell("K49").result);
})();
