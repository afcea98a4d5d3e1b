/**
 * LibreOffice headless as the "real spreadsheet application" of the portable-workbook tests: it opens
 * an .xlsx with forced full recalculation (OOXMLRecalcMode = 0 in a per-run profile, so cached values
 * are never trusted) and saves it again as .xlsx, whose cached values are then what LibreOffice computed.
 *
 * When soffice is missing: with CI=true the caller must fail (CI installs it); otherwise skip with a reason.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function findSoffice(): string | null {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]) {
    if (p && fs.existsSync(p)) return p;
  }
  const r = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that always recalculates on load. */
export function recalcProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), XCU);
  return dir;
}

/** Opens `file` in LibreOffice (full recalculation) and converts it; returns the converted file's path. */
export function convertWithLibreOffice(file: string, to: "xlsx" | "pdf" | "csv", soffice = findSoffice()): string {
  return convertAllWithLibreOffice([file], to, to, soffice)[0];
}

/**
 * Converts several files in one LibreOffice run (full recalculation on load), with a filter in `to`
 * where needed (e.g. "txt:Text (encoded):UTF8"); `ext` is the converted files' extension. Returns the
 * converted paths, in order.
 */
export function convertAllWithLibreOffice(files: string[], to: string, ext: string, soffice = findSoffice()): string[] {
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const profile = recalcProfile();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-lo-out-"));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        to,
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "pipe", timeout: files.length > 1 ? 600_000 : 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, "") + "." + ext);
    if (!fs.existsSync(out))
      throw new Error(`LibreOffice wrote no ${ext} for ${f} (for a document: is Writer installed?)`);
    return out;
  });
}

/** How a test that needs a binary behaves when it is missing: fail loudly on CI, skip elsewhere. */
export function requireBinary(name: string, found: string | null): boolean {
  if (found) return true;
  if (process.env.CI === "true" || process.env.CI === "1") {
    throw new Error(`${name} is required on CI but was not found`);
  }
  console.warn(`SKIPPED: ${name} is not installed (install it to run this test)`);
  return false;
}
