/**
 * One list of function files and one text per description, without a build:
 * - the build (webpack.config.js) and the test harness (test/support/policyFunctions.ts) take the files
 *   from scripts/function-text.js, so a new src/functions/<area>.ts is built, described and tested;
 * - each function's and parameter's description is written once in its JSDoc as "中文 / English";
 *   the zh-CN metadata and the table of docs/FUNCTIONS.md are derived from it.
 * The metadata here is made by Microsoft's generator (custom-functions-metadata) from the same files,
 * as custom-functions-metadata-plugin makes it in the build.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FUNCTION_FILES, sourceFunctions } from "../support/policyFunctions";

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}
interface Associate {
  functionName: string;
  id: string;
  sourceFileName: string;
}
const text = require("../../scripts/function-text") as {
  DOC: string;
  functionFiles(root?: string): string[];
  filesWithCustomFunctions(root: string, dir: string): string[];
  splitText(s: string | undefined, where: string): { zh: string; en: string };
  localize(m: Metadata): Metadata;
  functionsTable(m: Metadata, a: Associate[]): string;
  withTable(doc: string, table: string): string;
  generate(): Promise<{ metadata: Metadata; associate: Associate[] }>;
};

const ROOT = path.resolve(__dirname, "../..");
let generated: { metadata: Metadata; associate: Associate[] };
beforeAll(async () => {
  generated = await text.generate();
});

describe("function files: the build's list is the harness's list", () => {
  test("every file under src/ that declares a @customfunction is in the list (else neither built nor tested)", () => {
    expect(text.filesWithCustomFunctions(ROOT, "src")).toEqual(FUNCTION_FILES);
    expect(FUNCTION_FILES).toEqual(expect.arrayContaining(["src/functions/target.ts", "src/functions/incentives.ts"]));
  });

  test("a new function file is found, in a sub-folder too; a helper file without @customfunction is not", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-fnfiles-"));
    try {
      const write = (f: string, s: string) => {
        fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
        fs.writeFileSync(path.join(root, f), s);
      };
      write(
        "src/functions/due.ts",
        "/**\n * 截止日期 / Due date\n * @customfunction DUE\n */\nexport function DUE() {}\n",
      );
      write("src/functions/tasks/late.ts", "/** @customfunction LATE */\nexport function LATE() {}\n");
      // Naming the tag in a line comment declares no function.
      write(
        "src/functions/excel.ts",
        "// helpers for the files with a @customfunction tag\nexport function excel() {}\n",
      );
      expect(text.functionFiles(root)).toEqual(["src/functions/due.ts", "src/functions/tasks/late.ts"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test("every function of the metadata is callable in the harness by its Excel name, as its file's export", () => {
    const fns = sourceFunctions();
    const uncovered: string[] = [];
    for (const fn of generated.metadata.functions) {
      const a = generated.associate.find((x) => x.id.toUpperCase() === fn.id.toUpperCase());
      if (!a) throw new Error(`${fn.id}: no associate entry`);
      const exported = (require(a.sourceFileName) as Record<string, unknown>)[a.functionName];
      // The harness calls by the Excel name; a function whose name differs from its export is not covered.
      if (a.functionName !== fn.name || fns[fn.name] !== exported) uncovered.push(`${fn.name} (${a.functionName})`);
    }
    expect(uncovered).toEqual([]);
    expect(generated.metadata.functions.length).toBeGreaterThanOrEqual(10);
  });
});

describe("function texts: one source (the JSDoc), the rest derived", () => {
  test('every function and parameter description reads "中文 / English"', () => {
    const bad: string[] = [];
    for (const fn of generated.metadata.functions) {
      const check = (s: string | undefined, where: string) => {
        try {
          text.splitText(s, where);
        } catch (e) {
          bad.push((e as Error).message);
        }
      };
      check(fn.description, fn.name);
      for (const p of fn.parameters) check(p.description, `${fn.name}(${p.name})`);
    }
    expect(bad).toEqual([]);
  });

  test("the zh-CN metadata is the Chinese half, with the same ids and parameters", () => {
    const zh = text.localize(generated.metadata);
    const subsidy = zh.functions.find((f) => f.name === "SUBSIDY")!;
    expect(subsidy.description).toBe("按政策条款计算奖补金额（万元）");
    // The qualifier help names every kind of qualifier, the procurement category included.
    expect(subsidy.parameters.find((p) => p.name === "qualifier")!.description).toContain("采购类别");
    expect(zh.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      generated.metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]),
    );
  });

  test("a description without its English half is refused (the build fails on it)", () => {
    expect(() =>
      text.localize({ functions: [{ id: "X", name: "X", description: "只有中文", parameters: [] }] }),
    ).toThrow(/X: the description must read "中文 \/ English"/);
  });

  test("SUBSIDY and EXPLAIN describe their shared arguments alike", () => {
    const params = (name: string) => generated.metadata.functions.find((f) => f.name === name)!.parameters;
    expect(params("EXPLAIN")).toEqual(params("SUBSIDY"));
  });

  test("docs/FUNCTIONS.md's function table is the one generated from the JSDoc (`node scripts/function-text.js`)", () => {
    const doc = fs.readFileSync(text.DOC, "utf8");
    const table = text.functionsTable(generated.metadata, generated.associate);
    expect(text.withTable(doc, table)).toBe(doc);
    expect(table).toContain("`SUBSIDY(rule, amount, [qualifier], [bound])`");
  });
});
