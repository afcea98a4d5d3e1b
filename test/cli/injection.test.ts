/**
 * CSV formula injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): text that
 * `calc` copies from the input — enterprise names, headers — must never reach a spreadsheet as a
 * formula. Read back as CSV, and opened by LibreOffice with formula evaluation switched on.
 *
 * The LibreOffice part needs soffice: fails on CI when missing, skips with a reason elsewhere.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { FORMULA_TRIGGER, toCsv } from "../../src/cli/csv";
import { findSoffice, recalcProfile, requireBinary } from "../support/libreoffice";
import { formulaOf, loadXlsx } from "../support/xlsxRead";
import { duibiao, readCsvCells, tempDirs } from "./run";

const dir = tempDirs();

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  "@SUM(1)",
  "-1+1",
  "=1+1\n第二行",
  "\t=2+2",
  "\r=3+3",
];

/** Runs calc on applications named by `names` (plus a header cell that is itself a formula). */
function calcNames(names: string[]): { cells: string[][]; file: string } {
  const input = path.join(dir(), "apps.csv");
  const rows = names.map((n) => [n, "850", "1200"]);
  fs.writeFileSync(input, Papa.unparse({ fields: ["=企业", "金额", "条件"], data: rows }));
  const out = path.join(dir(), "awards.csv");
  const r = duibiao(["calc", "--rule", "DY-MFG-2024.R-TECHREFORM", "--in", input, "--out", out, "-q"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return { cells: readCsvCells(fs.readFileSync(out, "utf8")), file: out };
}

test("calc writes text that a spreadsheet would run as a formula with a leading quote; numbers stay numbers", () => {
  const { cells } = calcNames([...HOSTILE, "-5", "甲公司"]);
  expect(cells[0][0]).toBe("'=企业");
  HOSTILE.forEach((name, i) => {
    expect(cells[i + 1][0]).toBe(`'${name}`);
    expect(cells[i + 1][3]).toBe("85"); // the award is computed as before
  });
  // A number written as text is not a formula: it is left alone, and so is ordinary text.
  expect(cells[HOSTILE.length + 1][0]).toBe("-5");
  expect(cells[HOSTILE.length + 2][0]).toBe("甲公司");
  for (const row of cells) for (const c of row) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
});

test("a negative number that calc computes is written as a number, not neutralised", () => {
  const csv = toCsv(
    ["a", "b"],
    [
      [-5, "-5"],
      [-0.25, "=1"],
    ],
  );
  expect(csv).toContain("\r\n-5,-5\r\n");
  expect(csv).toContain('\r\n-0.25,"\'=1"\r\n');
  expect(FORMULA_TRIGGER.test("-1e3")).toBe(false);
  expect(FORMULA_TRIGGER.test("-1e3+A1")).toBe(true);
});

const soffice = findSoffice();
const run = requireBinary("LibreOffice (soffice)", soffice);
(run ? test : test.skip)(
  "LibreOffice, with formula evaluation on, opens calc's output with no formula in it",
  async () => {
    const { file } = calcNames(HOSTILE);
    const profile = recalcProfile();
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-lo-out-"));
    try {
      // CSV import options (LibreOffice's "Filter Options for the CSV Filter"): comma, double quote,
      // UTF-8, from line 1, …, token 13 = evaluate formulas.
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,false,true",
          "--convert-to",
          "xlsx",
          "--outdir",
          outDir,
          file,
        ],
        { stdio: "pipe", timeout: 180_000 },
      );
      const wb = await loadXlsx(fs.readFileSync(path.join(outDir, "awards.xlsx")));
      const ws = wb.worksheets[0];
      let formulas = 0;
      ws.eachRow((row) => row.eachCell((c) => (formulas += formulaOf(c) ? 1 : 0)));
      expect(formulas).toBe(0);
      // The HYPERLINK shows as its text, not as the link "y".
      expect(String(ws.getCell("A2").value)).toContain("HYPERLINK");
      expect(ws.getCell("D2").value).toBe(85);
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
  240_000,
);
