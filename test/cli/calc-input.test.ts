/**
 * What `duibiao calc` does with the input a user actually has: columns it cannot tell apart, an ID
 * that is not a rule, Excel's "Unicode text", old Mac line breaks, malformed quotes, and amounts the
 * functions refuse (calc gives the same result or the same error as POLICY.SUBSIDY, row by row).
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { isPolicyError } from "../../src/core/errors";
import { subsidy } from "../../src/core/incentives/subsidy";
import { duibiao, filesIn, readCsvCells, tempDirs } from "./run";

const dir = tempDirs();
const write = (name: string, text: string | Buffer) => {
  const p = path.join(dir(), name);
  fs.writeFileSync(p, text);
  return p;
};
const TECHREFORM = ["--rule", "DY-MFG-2024.R-TECHREFORM"];

test("two columns that could be the amount (数量 and 金额, or two 金额) are an input error naming both", () => {
  const out = path.join(dir(), "o.csv");
  const a = write("a.csv", "企业,数量,金额,条件\n甲,1,850,1200\n");
  const r1 = duibiao(["calc", ...TECHREFORM, "--in", a, "--out", out]);
  expect(r1.code).toBe(3);
  // Both named, in the Chinese part (before the English one).
  expect(r1.err).toMatch(/error: [^/]*数量[^/]*金额[^/]* \/ /);
  const b = write("b.csv", "企业,金额,金额,条件\n甲,850,3000,1200\n");
  const r2 = duibiao(["calc", ...TECHREFORM, "--in", b, "--out", out]);
  expect(r2.code).toBe(3);
  expect(r2.err).toContain("第2列");
  expect(r2.err).toContain("第3列");
  expect(filesIn(dir())).toEqual(["a.csv", "b.csv"]);
});

test("--rule with a source or an indicator ID says what the ID is, exit 3, no stack trace", () => {
  const input = write("a.csv", "金额,条件\n850,1200\n");
  for (const id of ["DY-MFG-2024", "DY-MFG-2024.01"]) {
    const r = duibiao(["calc", "--rule", id, "--in", input, "--out", path.join(dir(), "o.csv")]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`“${id}”`);
    expect(r.err).toContain("DY-MFG-2024.R-TECHREFORM"); // the rules that do exist there
    expect(r.err).not.toMatch(/内部错误|internal error|\n\s+at /);
  }
  expect(filesIn(dir())).toEqual(["a.csv"]);
});

test("reads Excel's Unicode text (UTF-16 LE with a BOM, tab-separated)", () => {
  const text = "企业\t金额\t条件\r\n甲公司\t850\t1200\r\n乙公司\t3000\t5000\r\n";
  const input = write("unicode.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  const out = path.join(dir(), "o.csv");
  const r = duibiao(["calc", ...TECHREFORM, "--in", input, "--out", out, "-q"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const cells = readCsvCells(fs.readFileSync(out, "utf8"));
  expect(cells[0].slice(0, 4)).toEqual(["企业", "金额", "条件", "奖补金额"]);
  expect(cells[1].slice(0, 4)).toEqual(["甲公司", "850", "1200", "85"]);
  expect(cells[2].slice(0, 4)).toEqual(["乙公司", "3000", "5000", "200"]);
});

test("CR-only line breaks: a bad row is reported on its own line", () => {
  const input = write("mac.csv", "企业,金额,条件\r甲公司,850,1200\r乙公司,abc,5000\r丙公司,850,1200\r");
  const r = duibiao(["calc", ...TECHREFORM, "--in", input, "--out", path.join(dir(), "o.csv")]);
  expect(r.code).toBe(3);
  expect(r.err).toContain("第3行");
  expect(r.err).toContain("line 3");
  expect(r.err).not.toMatch(/第[124]行/);
});

test("each problem in a malformed CSV is printed once, in Chinese first", () => {
  const input = write("quotes.csv", '企业,金额,条件\r"甲"公司,850,1200\r"乙公司,850,1200\r');
  const r = duibiao(["calc", ...TECHREFORM, "--in", input, "--out", path.join(dir(), "o.csv")]);
  expect(r.code).toBe(3);
  const lines = r.err.split("\n").filter((l) => /^第\d+行/.test(l));
  expect(lines.length).toBeGreaterThan(0);
  expect(new Set(lines).size).toBe(lines.length);
  expect(lines[0]).toMatch(/^第2行：[^a-zA-Z]*引号/);
});

test("calc gives, row by row, the result or the error POLICY.SUBSIDY gives for the same cells", () => {
  const index = new CatalogIndex(builtInCatalog());
  const cases: [string, string][] = [
    ["850", "1200"],
    ["850%", "1200"],
    ["8.5e2", "1200"],
    ["8 50", "1200"],
    ["1,050", "1200"],
    ["１０５０", "1200"],
    ["-5", "1200"],
    ["abc", "1200"],
    ["850", "12%"],
    ["850万元", "0.12亿元"],
  ];
  const outcome = ([amount, qualifier]: [string, string]) => {
    try {
      return { award: subsidy(index, "DY-MFG-2024.R-TECHREFORM", amount, qualifier) };
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      return { error: e.message.split(" / ")[0] };
    }
  };
  const expected = cases.map(outcome);
  const csv = (rows: [string, string][]) => "金额,条件\n" + rows.map(([a, q]) => `"${a}","${q}"`).join("\n") + "\n";

  // Every row the function refuses is reported on its line with the function's message; no other.
  const all = write("all.csv", csv(cases));
  const r = duibiao(["calc", ...TECHREFORM, "--in", all, "--out", path.join(dir(), "o.csv")]);
  const bad = expected.flatMap((e, i) => ("error" in e ? [i] : []));
  expect(bad.length).toBeGreaterThan(0);
  expect(r.code).toBe(3);
  expected.forEach((e, i) => {
    const line = i + 2;
    if ("error" in e) expect(r.err).toContain(`第${line}行：${e.error}`);
    else expect(r.err).not.toContain(`第${line}行`);
  });

  // The rows it accepts get the function's award.
  const goodCases = cases.filter((_, i) => !bad.includes(i));
  const good = write("good.csv", csv(goodCases));
  const out = path.join(dir(), "good-out.csv");
  expect(duibiao(["calc", ...TECHREFORM, "--in", good, "--out", out, "-q"]).code).toBe(0);
  const cells = readCsvCells(fs.readFileSync(out, "utf8"));
  goodCases.forEach((c, i) => expect(Number(cells[i + 1][2])).toBe((outcome(c) as { award: number }).award));
});
