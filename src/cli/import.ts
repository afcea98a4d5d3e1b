/**
 * `duibiao import [TABLE] --id SOURCE-ID [--name 名称] [--rules RULES] --out catalog.json`: a policy's
 * indicator table (as copied from Word, WPS, a PDF viewer or a web page: .tsv, .csv, .html, or a range
 * of an .xlsx) and/or its incentive rules authored as a table (docs/INCENTIVES.md, "Your own rules")
 * become a catalog file (docs/CATALOG.md, "Your own policy: the catalog file"). Prints what was
 * recognized and what needs review. The file written is checked like any catalog file first: nothing
 * is half-written. An existing --out catalog file is extended: this source's indicators (when a table
 * is given) and same-ID rules are replaced, other entries and sources kept.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { builtInCatalog } from "../catalog";
import { parseRulesTable } from "../catalog/rulesTable";
import { formatCatalogErrors, loadUserCatalog } from "../catalog/user";
import { recognizeIndicatorTable, type CellGrid, type RecognizeResult } from "../core/recognize";
import {
  type CatalogFileInput,
  type IndicatorInput,
  type RuleInput,
  type SourceInput,
  UserSourceId,
} from "../core/schema";
import { decodeText } from "./csv";
import { CliError, EXIT, inputError, usageError } from "./errors";
import { prepareOutput } from "./files";

export interface ImportOptions {
  table?: string;
  id: string;
  name?: string;
  document?: string;
  region?: string;
  issuer?: string;
  sheet?: string;
  rules?: string;
  out: string;
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw inputError(`无法读取 ${file}（${code}）`, `cannot read ${file} (${code})`);
  }
}

const isXlsx = (file: string) => path.extname(file).toLowerCase() === ".xlsx";

/**
 * The used range of a sheet (the first, or the one named) as rows of shown text: what the user sees
 * is what a copied table would hold (cell.text is exceljs's displayed value, formula results included).
 */
async function xlsxGrid(file: string, sheet: string | undefined): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readBytes(file) as unknown as ArrayBuffer);
  } catch (e) {
    throw inputError(`${file} 不是可读的 .xlsx 文件`, `${file} is not a readable .xlsx file (${String(e)})`);
  }
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join("、");
    throw inputError(
      `${file} 中没有工作表“${sheet ?? ""}”（有：${names}）`,
      `${file} has no sheet "${sheet ?? ""}" (it has: ${names})`,
    );
  }
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    // exceljs's Cell.text (the displayed value), not an office.js proxy: nothing to load.
    // eslint-disable-next-line office-addins/load-object-before-read
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text ?? "");
    grid.push(cells);
  }
  return grid;
}

/** A table file: an .xlsx as a grid; .tsv, .csv, .html and text as text (UTF-8, UTF-16, GB18030). */
async function readTable(file: string, sheet: string | undefined): Promise<string | CellGrid> {
  if (isXlsx(file)) return xlsxGrid(file, sheet);
  return decodeText(readBytes(file), file);
}

/** The rules table as a grid: .xlsx, or delimited text (comma, tab or semicolon detected). */
async function readRulesGrid(file: string, sheet: string | undefined): Promise<string[][]> {
  if (isXlsx(file)) return xlsxGrid(file, sheet);
  return Papa.parse<string[]>(decodeText(readBytes(file), file), { skipEmptyLines: "greedy" }).data;
}

/** The adapter to the recognizer (src/core/recognize): one call, its result as given. */
export function recognize(input: string | CellGrid, opts: ImportOptions): RecognizeResult {
  return recognizeIndicatorTable(input, {
    sourceId: opts.id,
    ...(opts.name === undefined ? {} : { sourceName: opts.name }),
    ...(opts.document === undefined ? {} : { document: opts.document }),
  });
}

function existingFile(out: string): CatalogFileInput | undefined {
  if (!fs.existsSync(out)) return undefined;
  const r = loadUserCatalog(decodeText(readBytes(out), out), builtInCatalog());
  if (!r.ok)
    throw new CliError(
      EXIT.input,
      `输出文件 ${out} 已存在但不是有效的目录文件，未改动 / the output ${out} exists but is not a valid catalog file; left as it is:\n${formatCatalogErrors(r.errors)}`,
    );
  return JSON.parse(decodeText(readBytes(out), out)) as CatalogFileInput;
}

/** Runs the import; returns the report to print. */
export async function importCatalog(opts: ImportOptions): Promise<string> {
  const id = UserSourceId.safeParse(opts.id);
  if (!id.success)
    throw usageError(
      `--id ${opts.id}：${id.error.issues[0].message.split(" / ")[0]}`,
      id.error.issues[0].message.split(" / ").pop()!,
    );
  if (!opts.table && !opts.rules)
    throw usageError(
      "请给出指标表文件，或用 --rules 给出规则表",
      "give an indicator table file, or a rules table with --rules",
    );
  const inputs = [opts.table, opts.rules].filter((f): f is string => f !== undefined);
  const target = prepareOutput(opts.out, { inputs });
  const title = opts.name ?? opts.id;
  const document = opts.document ?? title;
  const report: string[] = [];

  let indicators: IndicatorInput[] | undefined;
  if (opts.table) {
    const result = recognize(await readTable(opts.table, opts.sheet), opts);
    indicators = result.indicators as IndicatorInput[];
    report.push(`识别出 ${indicators.length} 个指标 / recognized ${indicators.length} indicator(s):`);
    for (const i of indicators) {
      const last = i.milestones[i.milestones.length - 1];
      const t = last.target;
      const shown = t.kind === "number" ? String(t.value) : t.kind === "range" ? `${t.min}—${t.max}` : t.text;
      report.push(`  ${i.id} ${i.name}（${i.unit}） ${last.year}: ${i.comparator} ${shown}`);
    }
    if (result.review.length) {
      report.push(`需要复核 ${result.review.length} 处 / to review (${result.review.length}):`);
      for (const r of result.review)
        report.push(
          `  第${r.line}行 line ${r.line}${r.id ? ` ${r.id}` : ""}${r.field ? ` ${r.field}` : ""}: ${r.message}`,
        );
    }
    if (result.rejected.length) {
      report.push(`未能读成指标的行 ${result.rejected.length} 行 / rows not read (${result.rejected.length}):`);
      for (const r of result.rejected)
        report.push(`  第${r.line}行 line ${r.line}: ${r.reason} — ${r.text.replace(/\t/g, " | ")}`);
    }
  }

  let rules: RuleInput[] | undefined;
  if (opts.rules) {
    const parsed = parseRulesTable(await readRulesGrid(opts.rules, opts.sheet), { sourceId: opts.id, document });
    if (!parsed.ok)
      throw new CliError(
        EXIT.input,
        `规则表 ${opts.rules} 有${parsed.errors.length}处错误，未写出任何内容 / the rules table ${opts.rules} has ${parsed.errors.length} error(s); nothing was written:\n` +
          parsed.errors.map((e) => `  ${e.cell}${e.column ? `（${e.column}）` : ""}: ${e.message}`).join("\n"),
      );
    rules = parsed.rules;
    report.push(`读入 ${rules.length} 条规则 / read ${rules.length} rule(s): ${rules.map((r) => r.id).join(", ")}`);
  }

  const before = existingFile(target.display);
  const others = (before?.sources ?? []).filter((s) => s.id !== opts.id);
  const mine = (before?.sources ?? []).find((s) => s.id === opts.id);
  const keepIndicators = (before?.indicators ?? []).filter((i) => i.sourceId !== opts.id || indicators === undefined);
  const newRuleIds = new Set((rules ?? []).map((r) => r.id));
  const keptRules = (before?.rules ?? []).filter((r) => !newRuleIds.has(r.id));
  const allIndicators = [...keepIndicators, ...(indicators ?? [])];
  const allRules = [...keptRules, ...(rules ?? [])];
  const has = (xs: { sourceId: string }[]) => xs.some((x) => x.sourceId === opts.id);
  const kinds = [
    ...(has(allIndicators) ? (["indicators"] as const) : []),
    ...(has(before?.tasks ?? []) ? (["tasks"] as const) : []),
    ...(has(allRules) ? (["rules"] as const) : []),
  ];
  const source: SourceInput = {
    ...(mine ?? {
      id: opts.id,
      title,
      shortName: title,
      region: opts.region ?? "未注明",
      issuer: opts.issuer ?? "未注明",
      notes: [],
      provenance: [{ document, clause: "标题", quote: title.length >= 2 ? title : `${title}（来源）` }],
    }),
    ...(opts.document && !mine ? { docNumber: opts.document } : {}),
    kinds: kinds.length ? kinds : ["indicators"],
  };
  const file: CatalogFileInput = {
    ...before,
    sources: [...others, source],
    indicators: allIndicators,
    tasks: before?.tasks ?? [],
    rules: allRules,
  };
  const checked = loadUserCatalog(file, builtInCatalog());
  if (!checked.ok)
    throw new CliError(
      EXIT.input,
      `导入结果不是有效的目录文件，未写出 / the import is not a valid catalog file; nothing was written:\n${formatCatalogErrors(checked.errors)}`,
    );
  await target.write(JSON.stringify(file, null, 2) + "\n");
  report.push(`已写出 / written: ${target.display}`);
  return report.join("\n") + "\n";
}
