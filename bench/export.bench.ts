/**
 * .xlsx export (bars in docs/PERFORMANCE.md: the CLI writes every built-in source as .xlsx in ≤3 s; a 10,000-row
 * catalog in ≤5 s): plan + render + file bytes in process, the CLI end to end (a fresh `node bin/duibiao.js`
 * process running the built CLI, its start-up included), and the cost of our logic: the same cells
 * (values and formula text) written with bare exceljs — no tables, styles, validation, conditional
 * formats, names or protection — as the reference.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../src/catalog";
import type { Catalog } from "../src/core/schema";
import { buildPlan } from "../src/workbook";
import { renderXlsx } from "../src/workbook/xlsx/render";
import type { FormulaForm } from "../src/workbook/plan";
import "../test/support/exceljsTables";
import { syntheticCatalog } from "../test/workbook/office/syntheticCatalog";

const ROUNDS = 3;

async function best(fn: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return Math.round(min);
}

/** Ours: plan → exceljs model → .xlsx bytes, as the CLI and the web page export them. */
async function ours(catalog: Catalog, ids: string[], form: FormulaForm): Promise<Uint8Array> {
  return renderXlsx(buildPlan(catalog, ids, { form, reportDate: "2024-12-31" }), { form });
}

/** The same cells, as bare exceljs writes them: read back from our file, rewritten without our logic. */
async function bareCells(bytes: Uint8Array): Promise<{ name: string; cells: [number, number, ExcelJS.CellValue][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: [number, number, ExcelJS.CellValue][] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => cells.push([r, c, cell.value])));
    return { name: ws.name, cells };
  });
}

async function bare(sheets: { name: string; cells: [number, number, ExcelJS.CellValue][] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [r, c, v] of s.cells) ws.getCell(r, c).value = v;
  }
  await wb.xlsx.writeBuffer();
}

function cli(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(__dirname, "../bin/duibiao.js"), ...args, "--quiet"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`duibiao ${args.join(" ")} failed: ${r.stderr}`);
  return Math.round(performance.now() - t0);
}

export async function run(): Promise<Record<string, number>> {
  const catalog = builtInCatalog();
  const all = catalog.sources.map((s) => s.id);
  const big = syntheticCatalog(10_000);

  const allAddin = await best(() => ours(catalog, all, "addin"));
  const allPortable = await best(() => ours(catalog, all, "portable"));
  const bigAddin = await best(() => ours(big, ["DY-MFG-2024"], "addin"));
  const bigPortable = await best(() => ours(big, ["DY-MFG-2024"], "portable"));

  const allCells = await bareCells(await ours(catalog, all, "addin"));
  const bigCells = await bareCells(await ours(big, ["DY-MFG-2024"], "portable"));
  const allBare = await best(() => bare(allCells));
  const bigBare = await best(() => bare(bigCells));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-bench-"));
  const cliAll = Math.min(
    cli(["template", ...all, "--out", path.join(dir, "all.xlsx")]),
    cli(["template", ...all, "--out", path.join(dir, "all.xlsx")]),
  );
  const cliAllPortable = cli(["template", ...all, "--portable", "--out", path.join(dir, "all-p.xlsx")]);
  const allBytes = fs.statSync(path.join(dir, "all.xlsx")).size;
  fs.rmSync(dir, { recursive: true, force: true });

  return {
    allSourcesAddinMs: allAddin,
    allSourcesPortableMs: allPortable,
    allSourcesCliMs: cliAll,
    allSourcesCliPortableMs: cliAllPortable,
    allSourcesKB: Math.round(allBytes / 1024),
    rows10kAddinMs: bigAddin,
    rows10kPortableMs: bigPortable,
    allSourcesBareExceljsMs: allBare,
    allSourcesRatioToBare: +(allAddin / allBare).toFixed(2),
    rows10kBareExceljsMs: bigBare,
    rows10kRatioToBare: +(bigPortable / bigBare).toFixed(2),
    cellsAllSources: allCells.reduce((n, s) => n + s.cells.length, 0),
    cells10k: bigCells.reduce((n, s) => n + s.cells.length, 0),
  };
}
