/**
 * Gnumeric headless (ssconvert) as a third spreadsheet engine: it opens an .xlsx, recalculates every
 * formula (--recalc) and writes each sheet as CSV (-S, "%n" = sheet index). Results are read from
 * the CSV because the .xlsx Gnumeric saves stores text results as shared-string indexes that exceljs
 * reads back as numbers (ENVIRONMENT.md, Gnumeric).
 *
 * Gnumeric computes in long double: a product such as (1/3)*3 comes back as 0.9999999999999999,
 * and 1E+308*10 as 1E+309 where Excel and LibreOffice give #NUM!. Compare numbers with a tolerance.
 *
 * When ssconvert is missing: with CI=true the caller must fail (CI installs gnumeric); else skip.
 */
import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";

export function findSsconvert(): string | null {
  for (const p of [process.env.SSCONVERT, "/usr/bin/ssconvert", "/usr/local/bin/ssconvert"]) {
    if (p && fs.existsSync(p)) return p;
  }
  const r = spawnSync("sh", ["-c", "command -v ssconvert"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

/**
 * Recalculates `file` in Gnumeric and returns every sheet as rows of CSV fields (sheet order; row 0 is
 * the sheet's row 1 and field 0 its column A), as Gnumeric shows them: numbers in full precision,
 * errors as "#N/A", booleans as TRUE/FALSE. By default a cell is written as its number format shows
 * it; with `raw`, as its value (a date as its serial, 0.5 formatted "0.0%" as 0.5), through the
 * configurable text exporter's format=raw option.
 */
export async function recalcWithGnumeric(
  file: string,
  ssconvert = findSsconvert(),
  opts: { raw?: boolean } = {},
): Promise<string[][][]> {
  if (!ssconvert) throw new Error("Gnumeric (ssconvert) is not installed");
  const exporter = opts.raw
    ? ["-T", "Gnumeric_stf:stf_assistant", "-O", "format=raw separator=, quoting-mode=auto eol=unix"]
    : [];
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-gnumeric-"));
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        ssconvert,
        ["--recalc", "-S", ...exporter, file, path.join(outDir, "out-%n.csv")],
        { timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
        (err, _stdout, stderr) => (err ? reject(new Error(`ssconvert failed: ${err.message}\n${stderr}`)) : resolve()),
      ),
    );
    const sheets: string[][][] = [];
    for (let n = 0; fs.existsSync(path.join(outDir, `out-${n}.csv`)); n++) {
      const text = fs.readFileSync(path.join(outDir, `out-${n}.csv`), "utf8");
      sheets.push(Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
    }
    if (sheets.length === 0) throw new Error(`Gnumeric wrote no CSV for ${file}`);
    return sheets;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
