/**
 * Where the commands write: long names, links, read-only files, the input itself, devices, standard
 * output, and paths where no file can be created. Devices are reached through a link in the test's
 * own directory, so that a regression replaces that link, never the machine's /dev entries.
 */
import * as fs from "fs";
import * as path from "path";
import { duibiao, duibiaoBinary, filesIn, readCsvCells, tempDirs } from "./run";

const dir = tempDirs();
const write = (name: string, text: string) => {
  const p = path.join(dir(), name);
  fs.writeFileSync(p, text);
  return p;
};
const APPS = "企业,金额\n甲公司,850\n";
const calc = (input: string, out: string, timeout?: number) =>
  duibiao(["calc", "--rule", "DY-MFG-2024.R-FIRSTSET", "--in", input, "--out", out, "-q"], { timeout });

test("an output name of 250 bytes (the longest a file system allows is 255) is written, nothing else left", () => {
  const input = write("a.csv", APPS);
  const name = "奖补".repeat(41) + ".csv"; // 41 × 6 + 4 = 250 bytes
  expect(Buffer.byteLength(name)).toBe(250);
  const r = calc(input, path.join(dir(), name));
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(filesIn(dir())).toEqual(["a.csv", name].sort());
  expect(readCsvCells(fs.readFileSync(path.join(dir(), name), "utf8"))[1][2]).toBe("8.5");
});

test("template: a 251-byte .xlsx name is written too", () => {
  const name = "模板".repeat(41) + ".xlsx"; // 41 × 6 + 5 = 251 bytes
  const r = duibiao(["template", "HS-QUALITY-2024", "--out", path.join(dir(), name), "-q"]);
  expect(r.code).toBe(0);
  expect(filesIn(dir())).toEqual([name]);
});

test("--out a symbolic link writes the file it points to and keeps the link and the file's permissions", () => {
  const input = write("a.csv", APPS);
  const real = write("real.csv", "old");
  fs.chmodSync(real, 0o600);
  const link = path.join(dir(), "link.csv");
  fs.symlinkSync("real.csv", link);
  const r = calc(input, link);
  expect(r.code).toBe(0);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  expect(fs.readFileSync(real, "utf8")).toContain("甲公司");
  expect(fs.statSync(real).mode & 0o777).toBe(0o600);
  expect(filesIn(dir())).toEqual(["a.csv", "link.csv", "real.csv"]);
});

test("a read-only output file is not overwritten (exit 4)", () => {
  const input = write("a.csv", APPS);
  const old = write("old.csv", "keep me");
  fs.chmodSync(old, 0o444);
  const r = calc(input, old);
  expect(r.code).toBe(4);
  expect(r.err).toContain("只读");
  expect(fs.readFileSync(old, "utf8")).toBe("keep me");
  expect(filesIn(dir())).toEqual(["a.csv", "old.csv"]);
});

test("the output may not be the input, however it is spelled (same path, ./, a link, a hard link)", () => {
  const input = write("a.csv", APPS);
  fs.symlinkSync("a.csv", path.join(dir(), "soft.csv"));
  fs.linkSync(input, path.join(dir(), "hard.csv"));
  for (const out of ["a.csv", "./a.csv", "sub/../a.csv", "soft.csv", "hard.csv"]) {
    fs.mkdirSync(path.join(dir(), "sub"), { recursive: true });
    const r = duibiao(["calc", "--rule", "DY-MFG-2024.R-FIRSTSET", "--in", "a.csv", "--out", out], { cwd: dir() });
    expect([out, r.code]).toEqual([out, 2]);
    expect(r.err).toContain("输入文件");
    expect(fs.readFileSync(input, "utf8")).toBe(APPS);
  }
});

test("--out - writes the CSV to standard output and the summary to standard error", () => {
  const input = write("a.csv", APPS);
  const r = calc(input, "-");
  expect(r.code).toBe(0);
  expect(r.out.startsWith("\uFEFF企业,金额,奖补金额")).toBe(true);
  expect(readCsvCells(r.out)[1].slice(0, 3)).toEqual(["甲公司", "850", "8.5"]);
  expect(r.out).not.toContain("已写出");
  expect(r.err).toContain("已写出");
  expect(filesIn(dir())).toEqual(["a.csv"]);
});

test("template --out - writes the workbook's bytes to standard output", () => {
  const r = duibiaoBinary(["template", "HS-QUALITY-2024", "--out", "-", "-q"]);
  expect(r.code).toBe(0);
  expect(r.out.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(r.err).toContain("已写出");
});

test("demo --out - is a usage error (demo writes two files)", () => {
  expect(duibiao(["demo", "--out", "-", "-q"]).code).toBe(2);
});

test("a link to /dev/stdout is written through: the CSV arrives on standard output, the link stays", () => {
  const input = write("a.csv", APPS);
  const link = path.join(dir(), "to-stdout.csv");
  fs.symlinkSync("/dev/stdout", link);
  const r = calc(input, link);
  expect(r.code).toBe(0);
  expect(readCsvCells(r.out)[1].slice(0, 3)).toEqual(["甲公司", "850", "8.5"]);
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
});

test("a device is written to, never replaced: /dev/full fails with exit 4, /dev/null succeeds", () => {
  const input = write("a.csv", APPS);
  const full = path.join(dir(), "full.csv");
  fs.symlinkSync("/dev/full", full);
  const r1 = calc(input, full);
  expect(r1.code).toBe(4);
  expect(r1.err).toContain("ENOSPC");
  expect(fs.lstatSync(full).isSymbolicLink()).toBe(true);
  const nul = path.join(dir(), "null.csv");
  fs.symlinkSync("/dev/null", nul);
  expect(calc(input, nul).code).toBe(0);
  expect(fs.lstatSync(nul).isSymbolicLink()).toBe(true);
  expect(filesIn(dir())).toEqual(["a.csv", "full.csv", "null.csv"]);
});

test("a path where no file can be created (/proc/…) fails at once with exit 4", () => {
  const input = write("a.csv", APPS);
  const started = Date.now();
  const r = calc(input, "/proc/duibiao-no-such/out.csv", 60_000);
  expect(r.code).toBe(4);
  expect(Date.now() - started).toBeLessThan(60_000);
});
