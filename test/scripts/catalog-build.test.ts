/**
 * The built-in catalog is validated when the add-in and the CLI are built, not when they run: the
 * build step (scripts/compiled-catalog-loader.js, used by webpack and scripts/build-cli.js) evaluates
 * the catalog modules in Node and emits plain data, and an invalid catalog stops the build with the
 * schema's message. Run in a child process, as the build runs it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { summarizeCatalog } from "../../src/catalog/summarize";

const ROOT = path.resolve(__dirname, "../..");
const LOADER = path.join(ROOT, "scripts/compiled-catalog-loader.js");

function compile(file: string) {
  const r = spawnSync(
    process.execPath,
    ["-e", "process.stdout.write(require(process.argv[1]).compileDataModule(process.argv[2]))", LOADER, file],
    { encoding: "utf8", cwd: ROOT, timeout: 120_000 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The data a compiled module exports (`export default JSON.parse("…")`). */
function dataOf(source: string): unknown {
  const m = /^export default JSON\.parse\((".*")\);$/s.exec(source);
  if (!m) throw new Error(`unexpected module: ${source.slice(0, 80)}`);
  return JSON.parse(JSON.parse(m[1]) as string);
}

test("the full catalog and the pane's summary compile to the validated data", () => {
  const full = compile(path.join(ROOT, "src/catalog/full.ts"));
  expect(full.code).toBe(0);
  expect(dataOf(full.out)).toEqual(JSON.parse(JSON.stringify(builtInCatalog())));
  const summary = compile(path.join(ROOT, "src/catalog/summary.ts"));
  expect(summary.code).toBe(0);
  const data = dataOf(summary.out) as ReturnType<typeof summarizeCatalog>;
  expect(data).toEqual(JSON.parse(JSON.stringify(summarizeCatalog(builtInCatalog()))));
  // The first paint's data is small: no quotes, notes or tasks.
  expect(summary.out.length).toBeLessThan(20_000);
  expect(summary.out).not.toContain("quote");
}, 120_000);

test("an invalid catalog stops the build, saying why", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-catalog-build-"));
  try {
    const file = path.join(dir, "broken.ts");
    const src = (p: string) => JSON.stringify(path.join(ROOT, p));
    fs.writeFileSync(
      file,
      `import { Catalog } from ${src("src/core/schema")};
import { builtInCatalogData } from ${src("src/catalog")};
import { catalogVersion } from ${src("src/catalog/version")};
const data = builtInCatalogData();
// A typing slip in one indicator: its source ID is not a source ID.
(data.indicators[0] as { sourceId: unknown }).sourceId = 2024;
export default Catalog.parse({ ...data, version: catalogVersion(data) });
`,
    );
    const r = compile(file);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/内置目录无效，构建中止 \/ the built-in catalog is invalid, build stopped/);
    expect(r.err).toMatch(/sourceId/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
