/** Running the real duibiao bin in a child process, as a user does, for the CLI tests. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";

export const BIN = path.resolve(__dirname, "../../bin/duibiao.js");

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

export function duibiao(args: string[], opts: { cwd?: string; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: opts.cwd,
    env: { ...process.env, FORCE_COLOR: "0" },
    timeout: opts.timeout ?? 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same, with standard output as bytes (an .xlsx written to `--out -`). */
export function duibiaoBinary(args: string[]): { code: number | null; out: Buffer; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, FORCE_COLOR: "0" },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr.toString("utf8") };
}

/** A fresh temporary directory per test, removed afterwards. */
export function tempDirs(): () => string {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-cli-"));
  });
  afterEach(() => {
    if (!dir) return;
    // A test may have made a file read-only; the directory stays removable (root or not).
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** A CSV as a spreadsheet reads it: the BOM dropped, fields unquoted. */
export function readCsvCells(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

/** Nothing but the expected files: no temporary or partial file is left behind. */
export const filesIn = (d: string) => fs.readdirSync(d).sort();
