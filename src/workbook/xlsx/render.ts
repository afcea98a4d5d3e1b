/**
 * The .xlsx renderer: writes any WorkbookPlan as a real workbook file with exceljs — Excel tables,
 * number formats, data validation, native conditional formats, frozen headers, protection with the
 * input columns unlocked, named cells, and the embedded catalog.
 *
 * `form: "addin"` writes the POLICY.* formulas (they compute in Excel with the add-in);
 * `form: "portable"` writes each computed cell's native formula, or its engine value where no native
 * formula exists (shown in italics with a note), so the file computes in any Excel, WPS and LibreOffice.
 *
 * Why exceljs: the only MIT library in the npm registry that writes tables, data validation,
 * conditional formats, notes, defined names and sheet protection in one model, both in Node (CLI) and
 * in the browser (the web page loads this module lazily). SheetJS' community build writes no styles
 * or conditional formats; xlsx-populate and node-xlsx are unmaintained or value-only.
 */
import ExcelJS from "exceljs";
import type {
  CellPlan,
  CellValue,
  ColumnPlan,
  ConditionalFormatPlan,
  DualFormula,
  FormulaForm,
  SheetPlan,
  TablePlan,
  Validation,
  WorkbookPlan,
} from "../plan";
import { cellAddress as address, columnLetter, fillRow as fillPlaceholders, parseAddress, sheetRef } from "../a1";
import { buildCatalogSheet } from "../catalogSheet";
import { argb, CELL_FILL, VALUE_FONT_COLOR } from "../fills";
import { resolveSheetNames } from "../sheetNames";
import { toFileFormula } from "./formulas";
import { assertNever } from "../../core/never";
import { finishPackage, tableFormulas } from "./package";
import { addDataBars, applyPrint } from "./sheetExtras";

export interface XlsxRenderOptions {
  form: FormulaForm;
  /** Progress callback: sheets done out of total (the CLI shows it on long work). */
  onProgress?: (done: number, total: number, sheetName: string) => void;
}

const INPUT_FILL = argb(CELL_FILL.input);
const HEADER_FILL = argb(CELL_FILL.header);
const INPUT_HEADER_FILL = argb(CELL_FILL.inputHeader);
const VALUE_FONT = argb(VALUE_FONT_COLOR);
/** Excel's limit for inline list validation ("a,b,c"), in characters. */
const INLINE_LIST_MAX = 255;
const LISTS_SHEET = "DB_Lists";

export const VALUE_NOTE =
  "无原生公式：此处为对标计算的值，不会随输入自动更新 / No native formula: a value computed by Duibiao; it does not update with the inputs";

export function isDualFormula(v: unknown): v is DualFormula {
  return typeof v === "object" && v !== null && "addin" in v && "portable" in v;
}

type XValue = ExcelJS.CellValue;

function literal(v: CellValue | undefined): XValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  // Strings stay strings: exceljs writes them as text, never as a formula, whatever their first character.
  return v;
}

interface Computed {
  value: XValue;
  /** True when the portable form fell back to the engine's value. */
  isValue: boolean;
  note?: string;
}

function computed(f: DualFormula, form: FormulaForm, vars: { r?: number; first?: number; last?: number }): Computed {
  const text = form === "addin" ? f.addin : f.portable;
  if (text === null) return { value: literal(f.value), isValue: true, note: f.portableNote };
  return {
    value: { formula: toFileFormula(fillPlaceholders(text, vars), form) } as ExcelJS.CellFormulaValue,
    isValue: false,
  };
}

function solid(color: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: color } };
}

/** Keeps the hidden list sheet for list validations too long to write inline. */
class ListStore {
  private sheet?: ExcelJS.Worksheet;
  private readonly ranges = new Map<string, string>();
  private nextCol = 1;
  constructor(private readonly wb: ExcelJS.Workbook) {}

  range(values: string[]): string {
    const key = JSON.stringify(values);
    let ref = this.ranges.get(key);
    if (!ref) {
      if (!this.sheet) this.sheet = this.wb.addWorksheet(LISTS_SHEET, { state: "veryHidden" });
      const col = this.nextCol++;
      values.forEach((v, i) => (this.sheet!.getCell(i + 1, col).value = v));
      const letter = columnLetter(col);
      ref = `${sheetRef(LISTS_SHEET)}!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
      this.ranges.set(key, ref);
    }
    return ref;
  }
}

function dataValidation(v: Validation, lists: ListStore, first: number): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const };
  switch (v.kind) {
    case "list": {
      const inline = `"${v.values.join(",")}"`;
      const fits = inline.length <= INLINE_LIST_MAX && !v.values.some((s) => /[,"]/.test(s));
      return {
        ...common,
        type: "list",
        formulae: [fits ? inline : lists.range(v.values)],
        error: "请从下拉列表中选择 / Choose a value from the list",
      };
    }
    case "listRange":
      return {
        ...common,
        type: "list",
        formulae: [v.source.replace(/^=/, "")],
        error: "请从下拉列表中选择 / Choose a value from the list",
      };
    case "decimal":
    case "wholeNumber": {
      const type = v.kind === "decimal" ? "decimal" : "whole";
      const error = "请输入数字 / Enter a number";
      if (v.min !== undefined && v.max !== undefined)
        return { ...common, type, operator: "between", formulae: [v.min, v.max], error };
      if (v.min !== undefined) return { ...common, type, operator: "greaterThanOrEqual", formulae: [v.min], error };
      if (v.max !== undefined) return { ...common, type, operator: "lessThanOrEqual", formulae: [v.max], error };
      // Any number (Excel needs bounds for "between"; these stay clear of scientific notation).
      return { ...common, type, operator: "between", formulae: [-1e15, 1e15], error };
    }
    case "custom":
      // Excel reads a validation formula's relative references from the top-left cell of its range
      // and shifts them for every other cell, so {r} is the first data row.
      return {
        ...common,
        type: "custom",
        formulae: [toFileFormula(fillPlaceholders(v.formula, { r: first }), "portable")],
        error: v.error,
      };
    default:
      return assertNever(v, "validation");
  }
}

/** exceljs keeps range validations (one rule per range, not per cell) but its typings omit them. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function styleComputed(cell: ExcelJS.Cell, c: Computed, perCellNote: boolean): void {
  if (!c.isValue) return;
  cell.font = { italic: true, color: { argb: VALUE_FONT } };
  if (perCellNote) cell.note = c.note ? `${c.note}\n${VALUE_NOTE}` : VALUE_NOTE;
}

interface SheetContext {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
  sheetName: string;
  form: FormulaForm;
  lists: ListStore;
  /** Conditional-format priorities must be unique within a sheet; first listed wins. */
  priority: number;
}

function renderTable(ctx: SheetContext, table: TablePlan): void {
  const { ws, form, lists } = ctx;
  const tl = parseAddress(table.anchor);
  const first = tl.row + 1;
  const blank = table.blankRows ?? 0;
  const rowCount = Math.max(1, table.rows.length + blank); // an Excel table needs a data row
  const last = first + rowCount - 1;
  const cols = table.columns;

  const rowValues: XValue[][] = [];
  const cellMarks: { row: number; col: number; c: Computed; perCell: boolean }[] = [];
  // A column formula over consecutive rows is written once, as a shared formula (the master cell
  // holds it, the others refer to it): a 10,000-row sheet's XML shrinks by its formula text × rows.
  const sharing = cols.map((col) => {
    const text = col.formula && (form === "addin" ? col.formula.addin : col.formula.portable);
    return !!text && shareable(text);
  });
  const master: (string | undefined)[] = cols.map(() => undefined);
  for (let i = 0; i < rowCount; i++) {
    const r = first + i;
    const plan = table.rows[i];
    rowValues.push(
      cols.map((col, j) => {
        const own = plan?.values[col.header];
        if (own !== undefined) master[j] = undefined;
        if (isDualFormula(own)) {
          const c = computed(own, form, { r, first, last });
          cellMarks.push({ row: r, col: tl.col + j, c, perCell: true });
          return c.value;
        }
        // A row's explicit null means "nothing here" (e.g. no expected value for a text target).
        if (own !== undefined) return literal(own);
        if (col.role === "computed" && col.formula) {
          if (sharing[j] && master[j]) return { sharedFormula: master[j] } as ExcelJS.CellSharedFormulaValue;
          const c = computed(col.formula, form, { r, first, last });
          if (c.isValue) cellMarks.push({ row: r, col: tl.col + j, c, perCell: false });
          else if (sharing[j]) master[j] = address(tl.col + j, r);
          return c.value;
        }
        return null;
      }),
    );
  }

  const totals = table.totals;
  const totalCells: { col: number; c: Computed }[] = [];
  ws.addTable({
    name: table.name,
    ref: table.anchor,
    headerRow: true,
    totalsRow: !!totals,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: cols.map((col, j) => {
      const t = totals?.[col.header];
      const base: ExcelJS.TableColumnProperties = { name: col.header, filterButton: true };
      if (t === undefined || t === null) return j === 0 && totals ? { ...base, totalsRowLabel: "" } : base;
      if (isDualFormula(t)) {
        const c = computed(t, form, { first, last });
        if (c.isValue) {
          totalCells.push({ col: tl.col + j, c });
          return base;
        }
        const formula = (c.value as ExcelJS.CellFormulaValue).formula;
        return j === 0
          ? { ...base, totalsRowLabel: "" } // exceljs writes a label in the first column; set below
          : { ...base, totalsRowFunction: "custom", totalsRowFormula: formula };
      }
      if (j === 0 && typeof t === "string") return { ...base, totalsRowLabel: t };
      totalCells.push({ col: tl.col + j, c: { value: literal(t), isValue: false } });
      return base;
    }),
    rows: rowValues,
  });
  if (totals) {
    const totalRow = last + 1;
    // First-column formulas and literal values in other columns, which exceljs' table model cannot hold.
    const t0 = totals[cols[0].header];
    if (isDualFormula(t0)) totalCells.push({ col: tl.col, c: computed(t0, form, { first, last }) });
    for (const { col, c } of totalCells) {
      const cell = ws.getCell(totalRow, col);
      cell.value = c.value;
      styleComputed(cell, c, true);
    }
    ws.getRow(totalRow).font = { bold: true };
  }

  // Header: bold, input columns marked by colour and a note.
  cols.forEach((col, j) => {
    const cell = ws.getCell(tl.row, tl.col + j);
    cell.font = { bold: true };
    cell.fill = solid(col.role === "input" ? INPUT_HEADER_FILL : HEADER_FILL);
    cell.alignment = { vertical: "middle", wrapText: true };
    const notes: string[] = [];
    if (col.note) notes.push(col.note);
    if (col.role === "input") notes.push("输入列：请填写 / Input column: type here");
    if (form === "portable" && col.role === "computed" && col.formula && col.formula.portable === null) {
      notes.push(col.formula.portableNote ? `${col.formula.portableNote}\n${VALUE_NOTE}` : VALUE_NOTE);
    }
    if (notes.length) cell.note = notes.join("\n");
    if (col.width) ws.getColumn(tl.col + j).width = col.width;
  });

  // Data cells: number formats, input fill + unlocked, text format for catalog text.
  cols.forEach((col, j) => {
    const c = tl.col + j;
    for (let r = first; r <= last; r++) {
      const cell = ws.getCell(r, c);
      if (col.numberFormat) cell.numFmt = col.numberFormat;
      if (col.role === "input") {
        cell.fill = solid(INPUT_FILL);
        cell.protection = { locked: false };
      }
    }
    if (col.validation) {
      rangeValidations(ws).add(
        `${columnLetter(c)}${first}:${columnLetter(c)}${last}`,
        dataValidation(col.validation, lists, first),
      );
    }
  });
  for (const m of cellMarks) styleComputed(ws.getCell(m.row, m.col), m.c, m.perCell);

  for (const cf of table.conditionalFormats) renderConditionalFormat(ctx, table, cf, tl.col, first, last);
  addDataBars(ws, table, first, last, () => ctx.priority++);

  for (const n of table.names ?? []) {
    const j = cols.findIndex((c) => c.header === n.column);
    if (j < 0) throw new Error(`name ${n.name} refers to unknown column ${n.column} of ${table.name}`);
    const letter = columnLetter(tl.col + j);
    ctx.wb.definedNames.add(
      `${sheetRef(ctx.sheetName)}!$${letter}$${first}:$${letter}$${last + (n.extraRows ?? 0)}`,
      n.name,
    );
  }
}

/**
 * A row formula can be shared (written once, shifted row by row by the application) when every cell
 * reference in it either is the row's own (`{r}`) or has an absolute row (`$D$5`, `$D${first}`);
 * a relative row written out (`D5`, `D{first}`) would shift wrongly, so such formulas are written per row.
 */
export function shareable(formula: string): boolean {
  const code = formula.split(/"(?:[^"]|"")*"/).join('""');
  if (/(?<!\$)\{(first|last)\}/.test(code)) return false;
  return !/(?<![A-Za-z0-9_.$])\$?[A-Za-z]{1,3}\d+(?![A-Za-z0-9_(])/.test(code);
}

/** One rule per contiguous run of columns; the plan's formula is written for the run's first data row. */
function renderConditionalFormat(
  ctx: SheetContext,
  table: TablePlan,
  cf: ConditionalFormatPlan,
  firstCol: number,
  first: number,
  last: number,
): void {
  const text = ctx.form === "addin" ? cf.formula.addin : cf.formula.portable;
  if (text === null) throw new Error(`conditional format "${cf.label}" has no native formula`);
  // Conditional formats must never depend on the add-in: always stored as a native formula.
  const formula = toFileFormula(fillPlaceholders(text, { r: first, first, last }), "portable");
  const indices = cf.columns.length
    ? cf.columns.map((h) => {
        const i = table.columns.findIndex((c) => c.header === h);
        if (i < 0) throw new Error(`conditional format "${cf.label}" names unknown column ${h} in ${table.name}`);
        return i;
      })
    : table.columns.map((_, i) => i);
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
    ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
  };
  const priority = ctx.priority++;
  for (const [a, b] of runs) {
    ctx.ws.addConditionalFormatting({
      ref: `${address(firstCol + a, first)}:${address(firstCol + b, last)}`,
      rules: [{ type: "expression", formulae: [formula], style, priority }],
    });
  }
}

function renderCell(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  sheetName: string,
  cp: CellPlan,
  form: FormulaForm,
): void {
  const cell = ws.getCell(cp.address);
  let valueOnly = false;
  if (isDualFormula(cp.value)) {
    const c = computed(cp.value, form, {});
    cell.value = c.value;
    styleComputed(cell, c, true);
    valueOnly = c.isValue;
  } else {
    cell.value = literal(cp.value);
  }
  if (cp.numberFormat) cell.numFmt = cp.numberFormat;
  if (cp.bold) cell.font = valueOnly ? { italic: true, color: { argb: VALUE_FONT }, bold: true } : { bold: true };
  if (cp.role === "input") {
    cell.fill = solid(INPUT_FILL);
    cell.protection = { locked: false };
  }
  if (cp.name) {
    const { col, row } = parseAddress(cp.address);
    wb.definedNames.add(`${sheetRef(sheetName)}!$${columnLetter(col)}$${row}`, cp.name);
  }
}

async function renderSheet(wb: ExcelJS.Workbook, sheet: SheetPlan, name: string, form: FormulaForm, lists: ListStore) {
  const ws = wb.addWorksheet(name, {
    // The embedded catalog is very hidden (not listed under Unhide); other hidden sheets just hidden.
    state: sheet.kind === "catalog" ? "veryHidden" : sheet.hidden ? "hidden" : "visible",
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freezeRows > 0 ? [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }] : [],
  });
  const ctx: SheetContext = { wb, ws, sheetName: name, form, lists, priority: 1 };
  for (const t of sheet.tables) renderTable(ctx, t);
  for (const c of sheet.cells) renderCell(wb, ws, name, c, form);
  applyPrint(ws, sheet.print);
  if (sheet.protect) {
    // No password: protection guards against accidental edits, not against the user.
    // Filtering hides rows and is allowed; sorting is not: on a protected sheet Excel sorts only
    // ranges of unlocked cells, which would reorder the inputs apart from their rows.
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
}

function columnsByHeader(t: TablePlan): Map<string, ColumnPlan> {
  return new Map(t.columns.map((c) => [c.header, c]));
}

/** Checks a plan for what would make a broken file, with a message naming the culprit. */
export function checkPlan(plan: WorkbookPlan): void {
  const tableNames = new Set<string>();
  for (const s of plan.sheets) {
    for (const t of s.tables) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.name)) throw new Error(`bad table name "${t.name}" on sheet ${s.name}`);
      if (tableNames.has(t.name.toLowerCase())) throw new Error(`duplicate table name "${t.name}"`);
      tableNames.add(t.name.toLowerCase());
      const byHeader = columnsByHeader(t);
      if (byHeader.size !== t.columns.length) throw new Error(`duplicate column header in table ${t.name}`);
    }
  }
}

/** Builds the exceljs workbook for a plan (exposed for the benchmark and tests). */
export async function buildXlsxWorkbook(plan: WorkbookPlan, options: XlsxRenderOptions): Promise<ExcelJS.Workbook> {
  checkPlan(plan);
  const wb = new ExcelJS.Workbook();
  wb.creator = "对标 Duibiao";
  wb.created = new Date();
  // No cached values are written: every application recalculates on open.
  wb.calcProperties.fullCalcOnLoad = true;
  const lists = new ListStore(wb);
  // The catalog is always embedded: a plan without its own catalog sheet gets the standard one.
  const sheets = plan.sheets.some((s) => s.kind === "catalog")
    ? plan.sheets
    : [...plan.sheets, buildCatalogSheet(plan.embeddedCatalog, plan.catalogVersion, plan.sources)];
  const total = sheets.length;
  // A new file has no user sheets; the hidden list sheet's name is taken from the start.
  const names = resolveSheetNames(sheets, [{ name: LISTS_SHEET }]);
  for (let i = 0; i < total; i++) {
    const sheet = sheets[i];
    const name = names[i].name;
    await renderSheet(wb, sheet, name, options.form, lists);
    options.onProgress?.(i + 1, total, name);
  }
  // The hidden list sheet (if any) goes last so the first sheet stays the one a user sees first.
  const listsSheet = wb.getWorksheet(LISTS_SHEET);
  if (listsSheet) (listsSheet as unknown as { orderNo: number }).orderNo = wb.worksheets.length + 1;
  return wb;
}

/** The .xlsx file for a plan, in the given form. */
export async function renderXlsx(plan: WorkbookPlan, options: XlsxRenderOptions): Promise<Uint8Array> {
  const wb = await buildXlsxWorkbook(plan, options);
  // Stored, not compressed: finishPackage fixes what exceljs writes wrong and compresses once.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return finishPackage(stored as ArrayBuffer, tableFormulas(plan, options.form));
}
