/**
 * The import's heavy half, a chunk loaded when the user opens "导入政策来源" (./ImportSection.tsx):
 * the table recognizer (parse5, papaparse), the catalog-file checks (zod) and the rules table. It
 * turns what the user gave (a selection, pasted text, a file) into a preview and then into the
 * catalog the workbook will embed: the base catalog plus the user's source, checked by the same
 * loadUserCatalog the CLI uses (docs/CATALOG.md, "Your own policy"), so nothing is half-imported.
 */
import Papa from "papaparse";
import { loadUserCatalog } from "../../catalog/user";
import { parseRulesTable } from "../../catalog/rulesTable";
import { recognizeIndicatorTable, type CellGrid, type RecognizeResult } from "../../core/recognize";
import type { Catalog, CatalogFileInput, RuleInput } from "../../core/schema";
import { isBuiltInSourceId, SOURCE_ID_PATTERN } from "../../core/schema/common";
import type { TableInput } from "./types";

export type { CellGrid } from "../../core/recognize";

/** A1 column letters of a 0-based column index. */
export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Where a line of the input is for the user: the sheet cell of the row's first cell when the table is
 * a selection (its first row + line − 1), else "第N行 / line N" of the pasted text or file.
 */
export function placeOf(input: TableInput, line: number): string {
  if (input.origin)
    return `${input.origin.sheet ? `${input.origin.sheet}!` : ""}${columnLetters(input.origin.column)}${input.origin.row + line - 1}`;
  return `第${line}行 / line ${line}`;
}

/** Why an ID cannot be used (中文 / English), or undefined when it can. */
export function sourceIdProblem(id: string, base: Catalog): string | undefined {
  const v = id.trim();
  if (!v) return "请填写来源ID / enter a source ID";
  if (v.length > 40 || !SOURCE_ID_PATTERN.test(v))
    return "来源ID只能用大写字母、数字和连字符，如 MY-PLAN-2025 / a source ID is upper-case letters, digits and single hyphens, e.g. MY-PLAN-2025";
  if (isBuiltInSourceId(v)) return `“${v}”是内置来源的ID，请换一个 / ${v} belongs to a built-in source: choose another`;
  if (base.sources.some((s) => s.id === v))
    return `“${v}”已被本工作簿中的另一个来源使用，请换一个 / ${v} is already used by another source in this workbook: choose another`;
  return undefined;
}

/** The recognizer's reading of a table, with a placeholder ID until the user names the source. */
export function recognizeTable(input: TableInput, sourceId = "NEW"): RecognizeResult {
  return recognizeIndicatorTable(input.table, { sourceId, sourceName: input.name, document: input.document });
}

export interface SourceDetails {
  id: string;
  name: string;
  /** 文号, cited in provenance; the name when absent. */
  docNumber?: string;
}

export type BuildResult =
  | { ok: true; catalog: Catalog; sourceIds: string[]; counts: { indicators: number; rules: number } }
  | { ok: false; errors: string[] };

/** The catalog file of a recognized table (and optionally a rules table) for one user source. */
export function catalogFileOf(table: TableInput, details: SourceDetails, rules: RuleInput[] = []): CatalogFileInput {
  const id = details.id.trim();
  const name = details.name.trim() || id;
  const document = details.docNumber?.trim() || name;
  const { indicators } = recognizeIndicatorTable(table.table, { sourceId: id, sourceName: name, document });
  return {
    sources: [
      {
        id,
        title: name,
        ...(details.docNumber?.trim() ? { docNumber: details.docNumber.trim() } : {}),
        shortName: name,
        region: "自定义",
        issuer: document,
        kinds: rules.length ? ["indicators", "rules"] : ["indicators"],
        notes: [
          "由“导入政策来源”从用户提供的指标表识别，请对照原文核对。 / Recognized from a table the user gave: check it against the document.",
        ],
        provenance: [{ document, clause: "主要指标表", quote: name.length >= 2 ? name : `${name}（${id}）` }],
      },
    ],
    indicators,
    tasks: [],
    rules,
  };
}

/** The rules of a rules table (one rule a row, docs/CATALOG.md) for the source, or every error by cell. */
export function rulesOf(
  grid: CellGrid,
  details: SourceDetails,
): { ok: true; rules: RuleInput[] } | { ok: false; errors: string[] } {
  const document = details.docNumber?.trim() || details.name.trim() || details.id.trim();
  const r = parseRulesTable(grid, { sourceId: details.id.trim(), document });
  if (r.ok) return r;
  return { ok: false, errors: r.errors.map((e) => `奖补规则表 rules table ${e.cell}：${e.message}`) };
}

/**
 * The base catalog with the user's source added, or every error (ID, field, rule) with where it is.
 * Nothing is added unless everything is valid.
 */
export function buildImport(
  base: Catalog,
  table: TableInput,
  details: SourceDetails,
  rulesGrid?: CellGrid,
): BuildResult {
  const idProblem = sourceIdProblem(details.id, base);
  if (idProblem) return { ok: false, errors: [idProblem] };
  let rules: RuleInput[] = [];
  if (rulesGrid) {
    const r = rulesOf(rulesGrid, details);
    if (!r.ok) return r;
    rules = r.rules;
  }
  const file = catalogFileOf(table, details, rules);
  if (!file.indicators?.length && !rules.length)
    return {
      ok: false,
      errors: [
        "没有识别出任何指标，请检查所选区域或粘贴的表格 / no indicator was recognized: check the selection or the pasted table",
      ],
    };
  return merged(loadUserCatalog(file, base));
}

/** A catalog file's text (JSON) checked and merged with the base catalog. */
export function importCatalogFile(base: Catalog, text: string): BuildResult {
  return merged(loadUserCatalog(text, base));
}

function merged(r: ReturnType<typeof loadUserCatalog>): BuildResult {
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => `${e.path || "（文件）/ (file)"}：${e.message}`) };
  return {
    ok: true,
    catalog: r.catalog,
    sourceIds: r.file.sources.map((s) => s.id),
    counts: { indicators: r.file.indicators.length, rules: r.file.rules.length },
  };
}

type XlsxCell = { value: unknown; numFmt?: string; text: string };

/**
 * A cell as Excel shows it, as far as the recognizer needs: exceljs's `text` does not apply number
 * formats, so a percent-formatted number (0.021 shown as 2.1%) is formatted here with the format's
 * decimals (ECMA-376 Part 1, 18.8.31: "%" multiplies by 100). Other numbers read as their value.
 */
function shownText(cell: XlsxCell): string {
  const v = cell.value;
  const n =
    typeof v === "number"
      ? v
      : v && typeof v === "object" && typeof (v as { result?: unknown }).result === "number"
        ? (v as { result: number }).result
        : undefined;
  const fmt = cell.numFmt ?? "";
  if (n !== undefined && /%/.test(fmt.replace(/"[^"]*"/g, ""))) {
    const decimals = /0\.(0+)\s*%/.exec(fmt)?.[1].length ?? 0;
    return `${(n * 100).toFixed(decimals)}%`;
  }

  return cell.text ?? "";
}

/**
 * The first worksheet of an .xlsx as shown text, row by row (exceljs, the library the web page
 * already loads for its download). A formula cell gives its cached result, a percent as shown
 * (2.1%), so the recognizer reads the unit as written.
 */
export async function gridOfXlsx(bytes: ArrayBuffer): Promise<CellGrid> {
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws) return [];
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const line = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(shownText(line.getCell(c)));
    grid.push(cells);
  }
  return grid;
}

/** Whether a grid's first non-blank row is a rules table's header (it has 规则ID and 计算方式). */
export function isRulesTable(grid: CellGrid): boolean {
  const head = grid.find((row) => row.some((c) => String(c ?? "").trim() !== ""));
  if (!head) return false;
  const cells = head.map((c) =>
    String(c ?? "")
      .replace(/\s+/g, "")
      .toLowerCase(),
  );
  return (cells.includes("规则id") || cells.includes("id")) && (cells.includes("计算方式") || cells.includes("kind"));
}

/** A CSV or tab-separated file as rows of cells (papaparse guesses the delimiter). */
export function gridOfDelimited(text: string): CellGrid {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" }).data;
}
