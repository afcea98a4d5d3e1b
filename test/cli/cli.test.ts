/**
 * The duibiao command line as a user runs it: the real bin, spawned in a child process, judged by
 * its exit code, its messages and the files it leaves behind (never a half-written one).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { checkXlsx } from "../support/ooxmlCheck";
import { loadXlsx, formulaOf } from "../support/xlsxRead";

const BIN = path.resolve(__dirname, "../../bin/duibiao.js");

function duibiao(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: opts.cwd,
    env: { ...process.env, FORCE_COLOR: "0" },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-cli-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Nothing but the expected files: no temporary or partial file is left behind. */
const filesIn = (d: string) => fs.readdirSync(d).sort();

describe("help and usage", () => {
  test("--help lists the commands and the exit codes", () => {
    const r = duibiao(["--help"]);
    expect(r.code).toBe(0);
    for (const cmd of ["template", "demo", "calc", "catalog"]) expect(r.out).toContain(cmd);
    expect(r.out).toMatch(/退出码 \/ exit codes/);
  });

  test("a command's --help shows its options", () => {
    const r = duibiao(["calc", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--rule");
    expect(r.out).toContain("--in");
  });

  test("an unknown command or a missing option is a usage error (exit 2)", () => {
    expect(duibiao(["frobnicate"]).code).toBe(2);
    const r = duibiao(["template", "DY-MFG-2024"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out");
  });
});

describe("duibiao catalog", () => {
  test("lists every source with its counts", () => {
    const r = duibiao(["catalog"]);
    expect(r.code).toBe(0);
    for (const s of builtInCatalog().sources) expect(r.out).toContain(s.id);
    expect(r.out).toContain(builtInCatalog().version);
  });

  test("--json gives the same counts as the catalog", () => {
    const r = duibiao(["catalog", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      version: string;
      sources: { id: string; counts: Record<string, number> }[];
      totals: Record<string, number>;
    };
    const c = builtInCatalog();
    expect(j.version).toBe(c.version);
    expect(j.sources.map((s) => s.id)).toEqual(c.sources.map((s) => s.id));
    expect(j.totals).toEqual({
      indicators: c.indicators.length,
      tasks: c.tasks.length,
      rules: c.rules.length,
      rubricItems: c.rubrics.reduce((n, r) => n + r.items.length, 0),
    });
  });
});

describe("duibiao template", () => {
  test("writes the workbook of the chosen sources (add-in form)", async () => {
    const out = path.join(dir, "对标.xlsx");
    const r = duibiao(["template", "DY-MFG-2024", "HS-BANK-2024", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    expect(await checkXlsx(fs.readFileSync(out))).toEqual([]);
    const wb = await loadXlsx(fs.readFileSync(out));
    const names = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(names[0]).toBe("说明");
    expect(names).toEqual(expect.arrayContaining(["奖补规则", "奖补测算", "银行考评"]));
    const ind = wb.worksheets.find((w) => w.name.startsWith("指标·"))!;
    expect(formulaOf(ind.getCell("P4")) ?? "").toContain("_xldudf_POLICY_");
    expect(filesIn(dir)).toEqual(["对标.xlsx"]);
  });

  test("--portable writes native formulas only", async () => {
    const out = path.join(dir, "portable.xlsx");
    expect(duibiao(["template", "DY-MFG-2024", "--portable", "--out", out, "--quiet"]).code).toBe(0);
    expect(await checkXlsx(fs.readFileSync(out))).toEqual([]);
    const wb = await loadXlsx(fs.readFileSync(out));
    let formulas = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaOf(cell);
          if (f) {
            formulas++;
            expect(f).not.toMatch(/POLICY|_xldudf_/);
          }
        }),
      );
    expect(formulas).toBeGreaterThan(100);
  });

  test("shows progress on stderr, not on stdout", () => {
    const r = duibiao(["template", "DY-MFG-2024", "--out", path.join(dir, "a.xlsx")]);
    expect(r.err).toMatch(/1\/\d+/);
    expect(r.out).not.toMatch(/1\/\d+/);
  });

  test("an unknown source fails with exit 3, names it, and writes nothing", () => {
    const r = duibiao(["template", "DY-MFG-2024", "XX-NOPE-2024", "--out", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("XX-NOPE-2024");
    expect(r.err).toContain("DY-MFG-2024"); // the known ones are listed
    expect(filesIn(dir)).toEqual([]);
  });

  test("an unwritable output path fails with exit 4 and leaves nothing behind", () => {
    const blocker = path.join(dir, "not-a-dir");
    fs.writeFileSync(blocker, "x");
    const r = duibiao(["template", "DY-MFG-2024", "--out", path.join(blocker, "x.xlsx")]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/无法|不可写/);
    expect(filesIn(dir)).toEqual(["not-a-dir"]);
  });

  test("an output name that is not .xlsx is a usage error", () => {
    expect(duibiao(["template", "DY-MFG-2024", "--out", path.join(dir, "x.csv")]).code).toBe(2);
    expect(filesIn(dir)).toEqual([]);
  });

  test("a bad report date is a usage error", () => {
    const r = duibiao(["template", "DY-MFG-2024", "--out", path.join(dir, "x.xlsx"), "--report-date", "2024-02-30"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("2024-02-30");
  });
});

describe("duibiao demo", () => {
  test("writes both forms of every built-in source and says where", async () => {
    const out = path.join(dir, "demo");
    const r = duibiao(["demo", "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(filesIn(out)).toEqual(["duibiao-demo-portable.xlsx", "duibiao-demo.xlsx"]);
    expect(r.out).toContain(path.join(out, "duibiao-demo.xlsx"));
    for (const f of filesIn(out)) expect(await checkXlsx(fs.readFileSync(path.join(out, f)))).toEqual([]);
    const wb = await loadXlsx(fs.readFileSync(path.join(out, "duibiao-demo-portable.xlsx")));
    const ind = wb.worksheets.find((w) => w.name.startsWith("指标·"))!;
    // Sample actuals are filled in.
    const header = (ind.getRow(3).values as unknown[]).map(String);
    const actualCol = header.indexOf("实际值");
    expect(typeof ind.getCell(4, actualCol).value).toBe("number");
  });
});

describe("duibiao calc", () => {
  const write = (name: string, text: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  const readCsv = (p: string) =>
    fs
      .readFileSync(p, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);

  test("computes each application's award and explanation (the worked examples of docs/FUNCTIONS.md)", () => {
    const input = write("apps.csv", "企业,金额,条件\n甲公司,850,1200\n乙公司,3000,5000\n丙公司,850,250\n");
    const out = path.join(dir, "awards.csv");
    const r = duibiao(["calc", "--rule", "DY-MFG-2024.R-TECHREFORM", "--in", input, "--out", out]);
    expect(r.code).toBe(0);
    const lines = readCsv(out);
    expect(lines[0]).toBe("企业,金额,条件,奖补金额,单位,计算说明");
    expect(lines[1]).toMatch(/^甲公司,850,1200,85,万元,/);
    expect(lines[2]).toMatch(/^乙公司,3000,5000,200,万元,/);
    expect(lines[3]).toMatch(/^丙公司,850,250,0,万元,/);
    expect(lines[3]).toContain("300"); // the gate that failed is named
    expect(r.out).toContain("285"); // the total
  });

  test("a rule column per row, and text amounts with units", () => {
    const input = write(
      "mixed.csv",
      'rule,amount,qualifier\nDY-MFG-2024.R-TECHREFORM,"1,050",1200\nHS-QUALITY-2024.R-AWARD,1,\nDY-MFG-2024.R-TOP500,1,省级\n',
    );
    const out = path.join(dir, "out.csv");
    expect(duibiao(["calc", "--in", input, "--out", out]).code).toBe(0);
    const lines = readCsv(out);
    expect(lines[1]).toMatch(/,105,万元,/);
    expect(lines[2]).toMatch(/,40,万元,/);
    expect(lines[3]).toMatch(/,100,万元,/);
  });

  test("bad rows are listed with their line numbers, nothing is written, an old output survives", () => {
    const input = write(
      "bad.csv",
      '企业,金额,条件\n"多行\n名称公司",850,1200\n乙公司,abc,5000\n丙公司,-5,250\n丁公司,850\n',
    );
    const out = write("awards.csv", "old content");
    const r = duibiao(["calc", "--rule", "DY-MFG-2024.R-TECHREFORM", "--in", input, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("第4行"); // "abc": line 4, after the two-line record on lines 2–3
    expect(r.err).toContain("第5行"); // negative amount
    expect(r.err).toContain("第6行"); // missing field
    expect(r.err).not.toContain("第2行");
    expect(fs.readFileSync(out, "utf8")).toBe("old content");
    expect(filesIn(dir)).toEqual(["awards.csv", "bad.csv"]);
  });

  test("an unknown rule fails with exit 3 before reading rows", () => {
    const input = write("a.csv", "金额\n1\n");
    const r = duibiao(["calc", "--rule", "DY-MFG-2024.R-NOPE", "--in", input, "--out", path.join(dir, "o.csv")]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("DY-MFG-2024.R-NOPE");
    expect(filesIn(dir)).toEqual(["a.csv"]);
  });

  test("a missing input file is an input error; a CSV without an amount column says which names it accepts", () => {
    const r1 = duibiao([
      "calc",
      "--rule",
      "DY-MFG-2024.R-FIRSTSET",
      "--in",
      path.join(dir, "none.csv"),
      "--out",
      path.join(dir, "o.csv"),
    ]);
    expect(r1.code).toBe(3);
    expect(r1.err).toContain("none.csv");
    const input = write("x.csv", "企业,数额X\n甲,1\n");
    const r2 = duibiao(["calc", "--rule", "DY-MFG-2024.R-FIRSTSET", "--in", input, "--out", path.join(dir, "o.csv")]);
    expect(r2.code).toBe(3);
    expect(r2.err).toContain("金额");
  });

  test("reads a CSV saved by Chinese Excel/WPS (GB18030) and writes UTF-8 with a BOM", () => {
    // "企业,金额\n甲公司,1000\n" in GB18030.
    const hex = (h: string) => Buffer.from(h, "hex");
    const ascii = (t: string) => Buffer.from(t, "ascii");
    const gbk = Buffer.concat([
      hex("c6f3d2b5"),
      ascii(","),
      hex("bdf0b6ee"),
      ascii("\r\n"),
      hex("bcd7b9abcbbe"),
      ascii(",1000\r\n"),
    ]);
    const input = write("gbk.csv", gbk);
    const out = path.join(dir, "o.csv");
    expect(duibiao(["calc", "--rule", "DY-MFG-2024.R-FIRSTSET", "--in", input, "--out", out]).code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(out)[1]).toMatch(/^甲公司,1000,10,万元,/);
  });
});
