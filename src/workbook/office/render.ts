/**
 * The office.js renderer: applies a WorkbookPlan to the open workbook.
 *
 * Round trips (SPEC §7): one sync reads the workbook's sheets, tables and names; a second (only on
 * re-inject) reads what must be kept (the input columns of our tables, the used ranges); then the
 * writes go out in as few syncs as the payload allows — everything in one for a source of a few
 * hundred rows, table bodies in row chunks for large catalogs so that no request exceeds the
 * budget (3.5 MB by default, under the 4 MB bar and Excel on the web's 5 MB limit).
 *
 * Safety: everything that can be checked is checked before the first write (sheet names, what a
 * larger table would cover, formula and text lengths, table names); nothing is written when a check
 * fails. New sheets are written before existing ones are touched, and a failure while writing new
 * sheets deletes them again. Catalog text is written with Excel's text prefix where needed
 * (../text.ts), so it never becomes a formula.
 *
 * Where the host lacks a requirement set (Office 2016/2019), the feature is skipped and reported
 * (conditional formats 1.6, freeze panes and tab colours 1.7, data validation 1.8), never failed on.
 */
import {
  absoluteRange,
  cellAddress,
  columnLetter,
  fillRow,
  parseAddress,
  parseRange,
  rangeAddress,
  sheetRef,
} from "../a1";
import { mergeTable, headersToRead, isBlankCell, type ExistingTable, type MergeReport, type ReadCell } from "../merge";
import type {
  CellPlan,
  ColumnPlan,
  DualFormula,
  FormulaForm,
  SheetPlan,
  TablePlan,
  Validation,
  WorkbookPlan,
} from "../plan";
import { CATALOG_SHEET_NAME } from "../catalogSheet";
import { resolveSheetNames, type ExistingSheet } from "../sheetNames";
import { FEATURE_SETS, type Feature } from "./capabilities";
import { cellInput, type ExcelInput } from "./cells";

export interface OfficeRenderOptions {
  form: FormulaForm;
  /** Office.context.requirements.isSetSupported; default: everything supported. */
  supports?: (set: string, version: string) => boolean;
  /** Largest request (bytes of the serialized batch) the renderer lets a sync carry. */
  maxRequestBytes?: number;
}

export interface RenderReport {
  sheets: { key: string; name: string; created: boolean }[];
  syncs: number;
  merges: ({ table: string } & MergeReport)[];
  /** Features the host lacks, skipped (Chinese / English). */
  skipped: string[];
}

export class InjectError extends Error {
  constructor(
    zh: string,
    en: string,
    readonly problems: string[] = [],
  ) {
    super(`${zh} / ${en}`);
    this.name = "InjectError";
  }
}

export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
const MAX_FORMULA = 8192;
const MAX_TEXT = 32_767;
/** Per-operation overhead of a queued action, in bytes (object path, method, ids). */
const OP_OVERHEAD = 160;
const HEADER_FILL = "#D9E1F2";
const INPUT_HEADER_FILL = "#FFE699";
const INPUT_FILL = "#FFF2CC";
/** Points per character of a planned column width (Calibri 11 ≈ 7 px per character). */
const POINTS_PER_CHAR = 5.6;

const FEATURE_ZH: Record<Feature, string> = {
  names: "名称",
  protection: "工作表保护",
  conditionalFormats: "条件格式（高亮）",
  freezePanes: "冻结窗格",
  tabColor: "工作表标签颜色",
  namedItemFormula: "更新名称引用",
  dataValidation: "数据验证（下拉列表）",
};

function bytes(x: unknown): number {
  const s = JSON.stringify(x);
  let n = s.length;
  // UTF-8: CJK characters take 3 bytes; count non-ASCII code units generously.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += 2;
  return n + OP_OVERHEAD;
}

/** Queues writes and syncs when the next one would push the request over the budget. */
class Batcher {
  private pending = 0;
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly budget: number,
  ) {}
  async add(size: number, queue: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    queue();
    this.pending += size;
  }
  async flush(): Promise<void> {
    if (this.pending > 0) {
      this.pending = 0;
      await this.sync();
    }
  }
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
function rectOf(address: string): Rect {
  const r = parseRange(address);
  return { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col };
}
function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Where a planned table sits: header row + data rows (blank rows included, at least one). */
function tableRect(t: TablePlan): Rect & { first: number; last: number } {
  const a = parseAddress(t.anchor);
  const rows = Math.max(1, t.rows.length + (t.blankRows ?? 0));
  return {
    top: a.row,
    left: a.col,
    bottom: a.row + rows,
    right: a.col + t.columns.length - 1,
    first: a.row + 1,
    last: a.row + rows,
  };
}

function readCell(value: unknown, formula: unknown): ReadCell {
  // A formula the user typed comes back in `formulas`; text that only looks like one (typed with an
  // apostrophe) has the same string in `values`.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  if (value === undefined || value === null) return null;
  return value as ReadCell;
}

/** Checks a sheet's cells and tables for what Excel would refuse; returns the problems found. */
function checkSheet(sheet: SheetPlan, name: string, form: FormulaForm): string[] {
  const problems: string[] = [];
  const check = (where: string, v: ExcelInput) => {
    if (typeof v !== "string") return;
    if (v.startsWith("=") && v.length > MAX_FORMULA)
      problems.push(`${name}!${where}：公式超过 ${MAX_FORMULA} 个字符 / formula longer than ${MAX_FORMULA} characters`);
    else if (v.length > MAX_TEXT)
      problems.push(`${name}!${where}：文本超过 ${MAX_TEXT} 个字符 / text longer than ${MAX_TEXT} characters`);
  };
  for (const c of sheet.cells) check(c.address, cellInput(c.value, form, {}));
  const tableNames = new Set<string>();
  for (const t of sheet.tables) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.name) || tableNames.has(t.name))
      problems.push(`表名无效或重复：${t.name} / bad or duplicate table name`);
    tableNames.add(t.name);
    const rect = tableRect(t);
    t.rows.forEach((row, i) => {
      for (const col of t.columns)
        check(cellAddress(rect.left, rect.first + i), cellInput(row.values[col.header], form, { r: rect.first + i }));
    });
    for (const col of t.columns) if (col.formula) check(col.header, cellInput(col.formula, form, { r: rect.first }));
    for (const cf of t.conditionalFormats) {
      const f = form === "addin" ? cf.formula.addin : (cf.formula.portable ?? cf.formula.addin);
      if (/POLICY\./i.test(f))
        problems.push(`${name}：条件格式“${cf.label}”调用了 POLICY 函数 / a highlight calls a POLICY function`);
    }
  }
  return problems;
}

/**
 * The cells of rows [from, to) of a table. With `skipColumnFormulas`, a computed cell that holds the
 * column's own formula is null (left as is): the renderer has already filled the column with it.
 */
function rowInputs(
  t: TablePlan,
  rect: ReturnType<typeof tableRect>,
  form: FormulaForm,
  from: number,
  to: number,
  skipColumnFormulas: boolean,
): (ExcelInput | null)[][] {
  const out: (ExcelInput | null)[][] = [];
  for (let i = from; i < to; i++) {
    const r = rect.first + i;
    const plan = t.rows[i];
    out.push(
      t.columns.map((col) => {
        const own = plan?.values[col.header];
        // A value the row gives (null = deliberately blank), else the column's formula.
        if (own !== undefined) return cellInput(own, form, { r });
        if (col.role === "computed" && col.formula)
          return skipColumnFormulas ? null : cellInput(col.formula, form, { r });
        return "";
      }),
    );
  }
  return out;
}

function validationRule(v: Validation): { rule: Record<string, unknown>; message: string } {
  switch (v.kind) {
    case "list":
      return {
        rule: { list: { inCellDropDown: true, source: v.values.join(",") } },
        message: "请从下拉列表中选择 / Choose a value from the list",
      };
    case "listRange":
      return {
        rule: { list: { inCellDropDown: true, source: v.source.startsWith("=") ? v.source : `=${v.source}` } },
        message: "请从下拉列表中选择 / Choose a value from the list",
      };
    case "decimal":
    case "wholeNumber": {
      const key = v.kind === "decimal" ? "decimal" : "wholeNumber";
      const rule =
        v.min !== undefined && v.max !== undefined
          ? { formula1: v.min, formula2: v.max, operator: "Between" }
          : v.min !== undefined
            ? { formula1: v.min, operator: "GreaterThanOrEqualTo" }
            : v.max !== undefined
              ? { formula1: v.max, operator: "LessThanOrEqualTo" }
              : { formula1: -1e15, formula2: 1e15, operator: "Between" };
      return { rule: { [key]: rule }, message: "请输入数字 / Enter a number" };
    }
    case "date":
      // A date or a year number (2024 = that year's end): any positive number.
      return {
        rule: { decimal: { formula1: 0, operator: "GreaterThan" } },
        message: "请输入日期或年份 / Enter a date or a year",
      };
  }
}

/** Column runs (first..last index) covered by a conditional format's headers. */
function columnRuns(t: TablePlan, headers: string[]): [number, number][] {
  const idx = headers.length
    ? headers.map((h) => {
        const i = t.columns.findIndex((c) => c.header === h);
        if (i < 0) throw new InjectError(`条件格式引用了不存在的列：${h}`, `a highlight names a missing column: ${h}`);
        return i;
      })
    : t.columns.map((_, i) => i);
  const runs: [number, number][] = [];
  for (const i of [...new Set(idx)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: OfficeRenderOptions,
): Promise<RenderReport> {
  const form = options.form;
  const supports = options.supports ?? (() => true);
  const has = (f: Feature) => supports("ExcelApi", FEATURE_SETS[f]);
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const skipped = (Object.keys(FEATURE_SETS) as Feature[])
    .filter((f) => f !== "namedItemFormula" && !has(f))
    .map((f) => `${FEATURE_ZH[f]}（需要 ExcelApi ${FEATURE_SETS[f]}）/ ${f} needs ExcelApi ${FEATURE_SETS[f]}`);
  if (!has("names"))
    throw new InjectError(
      "此版本的 Excel 不支持注入所需的接口（ExcelApi 1.4）；请使用网页版生成 .xlsx",
      "this Excel lacks ExcelApi 1.4, which injecting needs; use the web page to download an .xlsx",
    );

  const wb = context.workbook;

  // ---- Read 1: sheets, tables (with their sheet and headers), names.
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = wb.names;
  names.load("items/name");
  await sync();

  const plannedTables = new Map<string, { sheet: SheetPlan; table: TablePlan }>();
  for (const s of plan.sheets)
    for (const t of s.tables) plannedTables.set(t.name.toLowerCase(), { sheet: s, table: t });
  const ourKeyBySheet = new Map<string, string>();
  const tablesBySheet = new Map<string, { name: string; headers: string[] }[]>();
  for (const t of tables.items) {
    const sheetName = t.worksheet.name;
    const list = tablesBySheet.get(sheetName) ?? [];
    list.push({ name: t.name, headers: t.columns.items.map((c) => c.name) });
    tablesBySheet.set(sheetName, list);
    const planned = plannedTables.get(t.name.toLowerCase());
    if (planned && !ourKeyBySheet.has(sheetName)) ourKeyBySheet.set(sheetName, planned.sheet.key);
  }
  const hasCatalogSheet = plan.sheets.some((s) => s.key === "catalog");
  const existing: ExistingSheet[] = worksheets.items.map((w) => ({
    name: w.name,
    ourKey: ourKeyBySheet.get(w.name) ?? (hasCatalogSheet && w.name === CATALOG_SHEET_NAME ? "catalog" : undefined),
  }));
  const resolved = resolveSheetNames(plan.sheets, existing);
  const nameOf = new Map(resolved.map((r) => [r.key, r.name]));
  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));

  // ---- Read 2 (re-inject only): what the user typed, where our old tables were, the used ranges.
  interface OldState {
    used?: Excel.Range;
    oldTables: { name: string; range: Excel.Range; headers: string[]; columns: Map<string, Excel.Range> }[];
    inputCells: Map<string, Excel.Range>;
  }
  const old = new Map<string, OldState>();
  for (const r of resolved.filter((x) => x.exists)) {
    const sheet = plan.sheets.find((s) => s.key === r.key)!;
    const ws = worksheets.getItem(r.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    const state: OldState = { used, oldTables: [], inputCells: new Map() };
    for (const c of sheet.cells.filter((c) => c.role === "input")) {
      const rg = ws.getRange(c.address);
      rg.load("values,formulas");
      state.inputCells.set(c.address, rg);
    }
    for (const t of tablesBySheet.get(r.name) ?? []) {
      const planned = plannedTables.get(t.name.toLowerCase());
      if (!planned && !/^DB_/i.test(t.name)) continue; // a table the user made on our sheet: left alone
      const tbl = tables.getItem(t.name);
      const range = tbl.getRange();
      range.load("address");
      const columns = new Map<string, Excel.Range>();
      if (planned && planned.sheet.key === r.key)
        for (const h of headersToRead(planned.table, t.headers)) {
          const body = tbl.columns.getItem(h).getDataBodyRange();
          body.load("values,formulas");
          columns.set(h, body);
        }
      state.oldTables.push({ name: t.name, range, headers: t.headers, columns });
    }
    old.set(r.key, state);
  }
  if (old.size) await sync();

  // ---- Merge and check, before anything is written.
  const merges: RenderReport["merges"] = [];
  const sheets: { plan: SheetPlan; name: string; exists: boolean }[] = plan.sheets.map((s) => {
    const name = nameOf.get(s.key)!;
    const state = old.get(s.key);
    if (!state) return { plan: s, name, exists: false };
    const cells = s.cells.map((c): CellPlan => {
      const rg = state.inputCells.get(c.address);
      if (!rg) return c;
      const kept = readCell(rg.values[0][0], rg.formulas[0][0]);
      if (isBlankCell(kept)) return c;
      return {
        ...c,
        value:
          typeof kept === "object" && kept !== null && "formula" in kept
            ? { addin: kept.formula, portable: kept.formula }
            : kept,
      };
    });
    const tablesMerged = s.tables.map((t) => {
      const o = state.oldTables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
      if (!o || !o.columns.size) return t;
      const count = Math.max(...[...o.columns.values()].map((c) => c.values.length));
      const rows: Record<string, ReadCell>[] = [];
      for (let i = 0; i < count; i++) {
        const row: Record<string, ReadCell> = {};
        for (const [h, body] of o.columns) row[h] = readCell(body.values[i]?.[0], body.formulas[i]?.[0]);
        rows.push(row);
      }
      const ex: ExistingTable = { headers: o.headers, rows };
      const m = mergeTable(t, ex);
      merges.push({ table: t.name, ...m.report });
      return m.table;
    });
    return { plan: { ...s, cells, tables: tablesMerged }, name, exists: true };
  });

  const problems: string[] = [];
  for (const s of sheets) {
    problems.push(...checkSheet(s.plan, s.name, form));
    const state = old.get(s.plan.key);
    if (!state || !state.used || state.used.isNullObject) continue;
    const used = rectOf(state.used.address);
    const olds = state.oldTables.map((o) => rectOf(o.range.address));
    for (const t of s.plan.tables) {
      const nr = tableRect(t);
      const mine = olds.find((o) => intersects(o, nr));
      if (!mine) continue;
      const grow: Rect[] = [];
      if (nr.bottom > mine.bottom)
        grow.push({ top: mine.bottom + 1, bottom: nr.bottom, left: nr.left, right: nr.right });
      if (nr.right > mine.right) grow.push({ top: nr.top, bottom: nr.bottom, left: mine.right + 1, right: nr.right });
      for (const g of grow)
        if (intersects(g, used) && !olds.some((o) => o !== mine && intersects(o, g)))
          problems.push(
            `工作表“${s.name}”的表格需扩展到 ${rangeAddress(g.left, g.top, g.right, g.bottom)}，该区域可能有其他内容，请先移开 / ` +
              `the table on “${s.name}” must grow into ${rangeAddress(g.left, g.top, g.right, g.bottom)}, which may hold other content: move it first`,
          );
    }
  }
  if (problems.length)
    throw new InjectError(
      `未写入任何内容：${problems[0]}${problems.length > 1 ? ` 等 ${problems.length} 处` : ""}`,
      "nothing was written",
      problems,
    );

  // ---- Writes.
  const batch = new Batcher(sync, budget);
  const created: string[] = [];
  const addedNames: string[] = [];
  const wsOf = new Map<string, Excel.Worksheet>();

  const nameRefs: { name: string; ref: string }[] = [];
  for (const s of sheets) {
    for (const c of s.plan.cells) {
      if (!c.name) continue;
      const a = parseAddress(c.address);
      nameRefs.push({ name: c.name, ref: `=${sheetRef(s.name)}!$${columnLetter(a.col)}$${a.row}` });
    }
    for (const t of s.plan.tables) {
      const rect = tableRect(t);
      for (const n of t.names ?? []) {
        const col = rect.left + t.columns.findIndex((c) => c.header === n.column);
        nameRefs.push({
          name: n.name,
          ref: `=${sheetRef(s.name)}!${absoluteRange(col, rect.first, col, rect.last + (n.extraRows ?? 0))}`,
        });
      }
    }
  }

  const writeSheet = async (s: { plan: SheetPlan; name: string; exists: boolean }) => {
    const ws = wsOf.get(s.name)!;
    const sp = s.plan;
    // Cells outside tables.
    for (const c of sp.cells) {
      const v = cellInput(c.value, form, {});
      await batch.add(bytes([v, c.numberFormat]) + OP_OVERHEAD, () => {
        const target = ws.getRange(c.address);
        if (c.numberFormat) target.numberFormat = [[c.numberFormat]];
        target.formulas = [[v]];
        if (c.bold) target.format.font.bold = true;
        if (c.role === "input") {
          target.format.fill.color = INPUT_FILL;
          target.format.protection.locked = false;
        }
      });
    }
    for (const t of sp.tables) await writeTable(ws, t);
    await batch.add(OP_OVERHEAD * 4, () => {
      if (sp.freezeRows > 0 && has("freezePanes")) ws.freezePanes.freezeRows(sp.freezeRows);
      if (sp.tabColor && has("tabColor")) ws.tabColor = sp.tabColor;
      if (sp.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
      if (sp.protect && has("protection"))
        ws.protection.protect({
          allowAutoFilter: true,
          allowSort: true,
          allowFormatColumns: true,
          allowFormatRows: true,
        });
    });
  };

  const writeTable = async (ws: Excel.Worksheet, t: TablePlan) => {
    const rect = tableRect(t);
    const nRows = rect.last - rect.first + 1;
    const cols = t.columns;
    // Header.
    const header = cols.map((c) => cellInput(c.header, form, {}));
    await batch.add(bytes(header), () => {
      ws.getRange(rangeAddress(rect.left, rect.top, rect.right, rect.top)).formulas = [header];
    });
    // Computed columns: the formula in the first row, copied down (relative references follow),
    // so a 10,000-row column costs one formula in the request instead of 10,000 (ExcelApi 1.9).
    const copyDown = supports("ExcelApi", "1.9");
    if (copyDown)
      for (const [j, c] of cols.entries()) {
        if (c.role !== "computed" || !c.formula) continue;
        const f = cellInput(c.formula, form, { r: rect.first, first: rect.first, last: rect.last });
        await batch.add(bytes(f) + OP_OVERHEAD, () => {
          const top = ws.getRange(cellAddress(rect.left + j, rect.first));
          top.formulas = [[f]];
          if (nRows > 1)
            ws.getRange(rangeAddress(rect.left + j, rect.first, rect.left + j, rect.last)).copyFrom(
              top,
              "Formulas" as Excel.RangeCopyType,
            );
        });
      }
    // Body, in row chunks sized to the budget; number formats only where a column has one.
    const formatted = cols
      .map((c, j) => ({ j, f: c.numberFormat }))
      .filter((x): x is { j: number; f: string } => !!x.f && x.f !== "General");
    const sample = rowInputs(t, rect, form, 0, Math.min(nRows, 50), copyDown);
    const perRow = Math.max(
      1,
      (bytes(sample) + formatted.reduce((n, x) => n + x.f.length + 3, 0) * sample.length) / Math.max(1, sample.length),
    );
    const chunkRows = Math.max(1, Math.floor((budget * 0.9) / perRow));
    for (let from = 0; from < nRows; from += chunkRows) {
      const to = Math.min(nRows, from + chunkRows);
      const values = rowInputs(t, rect, form, from, to, copyDown);
      const fmts = formatted.map((x) => ({ j: x.j, v: values.map(() => [x.f]) }));
      await batch.add(bytes(values) + bytes(fmts), () => {
        for (const x of fmts)
          ws.getRange(
            rangeAddress(rect.left + x.j, rect.first + from, rect.left + x.j, rect.first + to - 1),
          ).numberFormat = x.v;
        ws.getRange(rangeAddress(rect.left, rect.first + from, rect.right, rect.first + to - 1)).formulas =
          values as ExcelInput[][];
      });
    }
    // The table itself, its formats, highlights and validations.
    await batch.add(OP_OVERHEAD * (4 + cols.length * 4 + t.conditionalFormats.length * 4), () => {
      const table = ws.tables.add(rangeAddress(rect.left, rect.top, rect.right, rect.bottom), true);
      table.name = t.name;
      cols.forEach((c: ColumnPlan, j) => {
        const col = rect.left + j;
        const head = ws.getRange(cellAddress(col, rect.top));
        head.format.font.bold = true;
        head.format.fill.color = c.role === "input" ? INPUT_HEADER_FILL : HEADER_FILL;
        if (c.width)
          ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = Math.round(
            c.width * POINTS_PER_CHAR,
          );
        const body = ws.getRange(rangeAddress(col, rect.first, col, rect.last));
        if (c.role === "input") {
          body.format.fill.color = INPUT_FILL;
          body.format.protection.locked = false;
        }
        if (c.validation && has("dataValidation")) {
          const { rule, message } = validationRule(c.validation);
          body.dataValidation.rule = rule as Excel.DataValidationRule;
          body.dataValidation.errorAlert = {
            showAlert: true,
            style: "Stop" as Excel.DataValidationAlertStyle,
            title: "对标 Duibiao",
            message,
          };
          if (c.note)
            body.dataValidation.prompt = {
              showPrompt: true,
              title: c.header.slice(0, 32),
              message: c.note.slice(0, 255),
            };
        }
      });
      if (has("conditionalFormats"))
        for (const cf of t.conditionalFormats) {
          const f = (form === "addin" ? cf.formula.addin : (cf.formula.portable ?? cf.formula.addin)) as string;
          for (const [a, b] of columnRuns(t, cf.columns)) {
            const rg = ws.getRange(rangeAddress(rect.left + a, rect.first, rect.left + b, rect.last));
            const c = rg.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
            c.custom.rule.formula = fillRow(f, { r: rect.first, first: rect.first, last: rect.last });
            c.custom.format.fill.color = cf.fill;
            if (cf.fontColor) c.custom.format.font.color = cf.fontColor;
          }
        }
    });
  };

  const defineNames = async () => {
    for (const n of nameRefs) {
      const exists = existingNames.has(n.name.toLowerCase());
      await batch.add(bytes(n) + OP_OVERHEAD, () => {
        if (exists && has("namedItemFormula")) names.getItem(n.name).formula = n.ref;
        else {
          if (exists) names.getItem(n.name).delete();
          names.add(n.name, n.ref);
        }
      });
      if (!exists) addedNames.push(n.name);
    }
  };

  const fresh = sheets.filter((s) => !s.exists);
  const updated = sheets.filter((s) => s.exists);
  // Set once the first update of an existing sheet is queued: a failure after that may have
  // reached an existing sheet (its typed values are re-read and kept by the next inject).
  let touchedExisting = false;
  try {
    // New sheets first: a failure before the existing ones are touched is undone completely.
    for (const s of fresh)
      await batch.add(OP_OVERHEAD, () => {
        wsOf.set(s.name, worksheets.add(s.name));
        created.push(s.name);
      });
    await defineNames();
    for (const s of fresh) await writeSheet(s);
    for (const s of updated) {
      const ws = worksheets.getItem(s.name);
      wsOf.set(s.name, ws);
      const state = old.get(s.plan.key)!;
      await batch.add(OP_OVERHEAD * (2 + state.oldTables.length * 5), () => {
        touchedExisting = true;
        if (has("protection")) ws.protection.unprotect();
        for (const o of state.oldTables) {
          const area = ws.getRange(o.range.address.replace(/^.*!/, ""));
          tables.getItem(o.name).convertToRange();
          if (has("conditionalFormats")) area.conditionalFormats.clearAll();
          if (has("dataValidation")) area.dataValidation.clear();
          area.clear("All" as Excel.ClearApplyTo);
        }
        if (s.plan.key === "catalog" && state.used && !state.used.isNullObject)
          ws.getRange(state.used.address.replace(/^.*!/, "")).clear("All" as Excel.ClearApplyTo);
      });
      await writeSheet(s);
    }
    await batch.flush();
  } catch (e) {
    await rollback(context, created, addedNames).catch(() => undefined);
    const undone = created.length ? "新建的工作表已撤销 / the new sheets were removed" : "";
    const partial = touchedExisting
      ? `已有工作表可能未完整更新，请再次注入（已输入的值会保留）：${updated.map((s) => s.name).join("、")} / existing sheets may be incomplete: inject again`
      : "";
    throw failure(e, [undone, partial].filter(Boolean).join("；") || "未写入任何内容 / nothing was written");
  }

  return { sheets: sheets.map((s) => ({ key: s.plan.key, name: s.name, created: !s.exists })), syncs, merges, skipped };
}

/** Deletes what this run created; only what exists (a failed batch may have stopped before creating it). */
async function rollback(context: Excel.RequestContext, created: string[], addedNames: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  sheets.load("items/name");
  names.load("items/name");
  await context.sync();
  const sheetNames = new Set(sheets.items.map((w) => w.name));
  const nameSet = new Set(names.items.map((n) => n.name.toLowerCase()));
  for (const n of addedNames) if (nameSet.has(n.toLowerCase())) names.getItem(n).delete();
  for (const name of created) if (sheetNames.has(name)) sheets.getItem(name).delete();
  await context.sync();
}

function failure(e: unknown, what: string): InjectError {
  if (e instanceof InjectError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new InjectError(`注入失败：${msg}；${what}`, `inject failed: ${msg}`);
}

/** A DualFormula's text in a form, for tests and the preview. */
export function formulaOf(f: DualFormula, form: FormulaForm): string | null {
  return form === "addin" ? f.addin : f.portable;
}
