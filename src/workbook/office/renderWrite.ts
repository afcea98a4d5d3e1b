/**
 * The renderer's writes (./render.ts), batched so that no request exceeds the budget, and the
 * rollback when a write fails. Runs only after every check has passed (./renderCheck.ts).
 */
import { absoluteRange, cellAddress, columnLetter, fillRow, parseAddress, rangeAddress, sheetRef } from "../a1";
import { CELL_FILL } from "../fills";
import type { ColumnPlan, FormulaForm, SheetPlan, TablePlan, Validation } from "../plan";
import { assertNever } from "../../core/never";
import { cellInput, type ExcelInput } from "./cells";
import {
  InjectError,
  REWRITTEN_WHOLE,
  tableRect,
  type RenderEnv,
  type SheetToWrite,
  type TableRect,
} from "./renderCommon";
import type { OldState, WorkbookRead } from "./renderRead";
import { queueDataBars, queuePrint } from "./renderExtras";
import { STASH_SHEET_NAME, stashAddress, stashHeader, stashRecords } from "./renderStash";

/** Per-operation overhead of a queued action, in bytes (object path, method, ids). */
const OP_OVERHEAD = 160;
/** Points per character of a planned column width (Calibri 11 ≈ 7 px per character). */
const POINTS_PER_CHAR = 5.6;

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

/**
 * The writes: lifts our protection from the existing sheets (a password fails here, before anything
 * is written), copies what the user typed in the tables about to be rewritten to the safety sheet
 * (./renderStash.ts), creates the new sheets, defines the names, writes the new sheets, then clears
 * our old tables on each existing sheet and writes it, and deletes the safety sheet last. Reads
 * nothing from the workbook; queues on the collections read 1 loaded and on the ranges read 2
 * loaded (`old`). Syncs whenever the next request would exceed `env.budget`, and once at the end:
 * 1 sync for a small plan, more for large tables. On failure, deletes the sheets and names this run created (rollback: 2 syncs) and
 * throws an InjectError saying what was undone.
 */
export async function writeSheets(
  env: RenderEnv,
  read: WorkbookRead,
  old: Map<string, OldState>,
  sheets: SheetToWrite[],
): Promise<void> {
  const { has } = env;
  const { worksheets, tables } = read;
  const batch = new Batcher(env.sync, env.budget);
  const created: string[] = [];
  const addedNames: string[] = [];
  const wsOf = new Map<string, Excel.Worksheet>();
  const nameRefs = nameRefsOf(sheets);

  const fresh = sheets.filter((s) => !s.exists);
  const updated = sheets.filter((s) => s.exists);
  // Set once the first update of an existing sheet is queued: a failure after that may have
  // reached an existing sheet (its typed values are in the safety copy; the next inject restores them).
  let touchedExisting = false;
  const lift = has("protection") ? updated.filter((s) => old.get(s.plan.key)!.protection.protected) : [];
  try {
    if (lift.length)
      await batch.add(OP_OVERHEAD * lift.length, () => {
        for (const s of lift) worksheets.getItem(s.name).protection.unprotect();
      });
    if (updated.length) await writeStash(env, batch, read, old, updated);
    // New sheets first: a failure before the existing ones are touched is undone completely.
    for (const s of fresh)
      await batch.add(OP_OVERHEAD, () => {
        wsOf.set(s.name, worksheets.add(s.name));
        created.push(s.name);
      });
    await defineNames(env, batch, read, nameRefs, addedNames);
    for (const s of fresh) await writeSheet(env, batch, wsOf.get(s.name)!, s.plan);
    for (const s of updated) {
      const ws = worksheets.getItem(s.name);
      const state = old.get(s.plan.key)!;
      const ghosts = s.ghosts ?? [];
      await batch.add(OP_OVERHEAD * (2 + (state.oldTables.length + ghosts.length) * 5), () => {
        touchedExisting = true;
        const clearArea = (address: string) => {
          const area = ws.getRange(address.replace(/^.*!/, ""));
          if (has("conditionalFormats")) area.conditionalFormats.clearAll();
          if (has("dataValidation")) area.dataValidation.clear();
          area.clear("All" as Excel.ClearApplyTo);
        };
        for (const o of state.oldTables) {
          tables.getItem(o.name).convertToRange();
          clearArea(o.range.address);
        }
        for (const g of ghosts) clearArea(g);
        if (REWRITTEN_WHOLE.has(s.plan.kind) && state.used && !state.used.isNullObject)
          ws.getRange(state.used.address.replace(/^.*!/, "")).clear("All" as Excel.ClearApplyTo);
      });
      await writeSheet(env, batch, ws, s.plan);
    }
    // Last: everything the copy holds is written again (tables it has that this plan lacks keep it).
    const planned = new Set(sheets.flatMap((s) => s.plan.tables.map((t) => t.name.toLowerCase())));
    if ((read.stash.exists || updated.length) && [...read.stash.tables.keys()].every((k) => planned.has(k)))
      await batch.add(OP_OVERHEAD, () => worksheets.getItem(STASH_SHEET_NAME).delete());
    await batch.flush();
  } catch (e) {
    const relock = lift.map((s) => ({ name: s.name, options: old.get(s.plan.key)!.protection.options }));
    const seen = await rollback(env.context, created, addedNames, relock).catch(() => null);
    // The safety sheet is created right after the protection is lifted: when it is still missing,
    // the batch stopped before it, so no existing sheet was changed.
    const stopped = !!seen && !read.stash.exists && !seen.has(STASH_SHEET_NAME);
    if (stopped) touchedExisting = false;
    const undone = created.length ? "新建的工作表已撤销 / the new sheets were removed" : "";
    const partial = touchedExisting
      ? `已有工作表可能未完整更新，请再次注入（已输入的值会保留）：${updated.map((s) => s.name).join("、")} / existing sheets may be incomplete: inject again`
      : "";
    // Lifting our protection runs first: a sheet the user gave a password fails there.
    const locked =
      !touchedExisting && lift.length
        ? `工作表${lift.map((s) => `“${s.name}”`).join("、")}受保护：若设有密码，请先撤消工作表保护 / if a sheet has a protection password, unprotect it first`
        : "";
    throw failure(e, [undone, partial, locked].filter(Boolean).join("；") || "未写入任何内容 / nothing was written");
  }
}

/**
 * Queues the safety copy of the tables about to be rewritten on existing sheets: a new very hidden
 * sheet, or records appended below what an unfinished inject left there. Chunked to the budget.
 */
async function writeStash(
  env: RenderEnv,
  batch: Batcher,
  read: WorkbookRead,
  old: Map<string, OldState>,
  updated: SheetToWrite[],
): Promise<void> {
  const { worksheets, stash } = read;
  const tablesToKeep = updated.flatMap((s) => {
    const state = old.get(s.plan.key)!;
    return s.plan.tables.flatMap((t) => {
      const o = state.oldTables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
      const ghost = read.stash.tables.get(t.name.toLowerCase());
      const address = o
        ? o.range.address.replace(/^.*!/, "")
        : ghost && s.ghosts?.includes(ghost.address)
          ? ghost.address
          : undefined;
      return address ? [{ sheetKey: s.plan.key, address, table: t }] : [];
    });
  });
  const records = stashRecords(
    updated.map((s) => ({ key: s.plan.key, name: s.name })),
    tablesToKeep,
  );
  const rows = stash.exists ? records : [stashHeader(), ...records];
  const top = stash.exists ? stash.lastRow + 1 : 1;
  if (!stash.exists)
    await batch.add(OP_OVERHEAD * 2, () => {
      worksheets.add(STASH_SHEET_NAME).visibility = "VeryHidden" as Excel.SheetVisibility;
    });
  const perRow = Math.max(1, bytes(rows.slice(0, 50)) / Math.max(1, Math.min(rows.length, 50)));
  const chunk = Math.max(1, Math.floor((env.budget * 0.9) / perRow));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await batch.add(bytes(part), () => {
      worksheets.getItem(STASH_SHEET_NAME).getRange(stashAddress(top + i, part.length)).formulas = part;
    });
  }
}

/** The defined names the plan asks for (single cells and table columns), with their references. */
function nameRefsOf(sheets: SheetToWrite[]): { name: string; ref: string }[] {
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
  return nameRefs;
}

/** Queues the defined names: updates an existing one in place (or replaces it), adds the others to `addedNames`. */
async function defineNames(
  env: RenderEnv,
  batch: Batcher,
  read: WorkbookRead,
  nameRefs: { name: string; ref: string }[],
  addedNames: string[],
): Promise<void> {
  const { names, existingNames } = read;
  for (const n of nameRefs) {
    const exists = existingNames.has(n.name.toLowerCase());
    await batch.add(bytes(n) + OP_OVERHEAD, () => {
      if (exists && env.has("namedItemFormula")) names.getItem(n.name).formula = n.ref;
      else {
        if (exists) names.getItem(n.name).delete();
        names.add(n.name, n.ref);
      }
    });
    if (!exists) addedNames.push(n.name);
  }
}

/** Queues a sheet's cells, its tables, then its freeze panes, tab colour, visibility and protection. */
async function writeSheet(env: RenderEnv, batch: Batcher, ws: Excel.Worksheet, sp: SheetPlan): Promise<void> {
  const { form, has } = env;
  // Cells outside tables.
  for (const c of sp.cells) {
    const v = cellInput(c.value, form, {});
    await batch.add(bytes([v, c.numberFormat]) + OP_OVERHEAD, () => {
      const target = ws.getRange(c.address);
      if (c.numberFormat) target.numberFormat = [[c.numberFormat]];
      target.formulas = [[v]];
      if (c.bold) target.format.font.bold = true;
      if (c.role === "input") {
        target.format.fill.color = CELL_FILL.input;
        target.format.protection.locked = false;
      }
    });
  }
  for (const t of sp.tables) await writeTable(env, batch, ws, t);
  await batch.add(OP_OVERHEAD * (sp.print ? 10 : 4), () => {
    if (sp.freezeRows > 0 && has("freezePanes")) ws.freezePanes.freezeRows(sp.freezeRows);
    if (sp.tabColor && has("tabColor")) ws.tabColor = sp.tabColor;
    if (sp.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
    if (sp.print && has("pageLayout")) queuePrint(ws, sp.print);
    // Filtering is allowed, sorting not (a protected sheet sorts only unlocked cells: inputs apart from their rows).
    if (sp.protect && has("protection"))
      ws.protection.protect({
        allowAutoFilter: true,
        allowSort: false,
        allowFormatColumns: true,
        allowFormatRows: true,
      });
  });
}

/**
 * Queues a table: header, computed columns (copied down where ExcelApi 1.9 allows), the body in
 * row chunks sized to the budget, then the table object, its formats, highlights and validations.
 */
async function writeTable(env: RenderEnv, batch: Batcher, ws: Excel.Worksheet, t: TablePlan): Promise<void> {
  const { form, has, budget } = env;
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
  const copyDown = env.supports("ExcelApi", "1.9");
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
  const cfCount = t.conditionalFormats.length + (t.dataBars?.length ?? 0);
  await batch.add(OP_OVERHEAD * (4 + cols.length * 4 + cfCount * 4), () => {
    const table = ws.tables.add(rangeAddress(rect.left, rect.top, rect.right, rect.bottom), true);
    table.name = t.name;
    cols.forEach((c: ColumnPlan, j) => {
      const col = rect.left + j;
      const head = ws.getRange(cellAddress(col, rect.top));
      head.format.font.bold = true;
      head.format.fill.color = c.role === "input" ? CELL_FILL.inputHeader : CELL_FILL.header;
      if (c.width)
        ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = Math.round(
          c.width * POINTS_PER_CHAR,
        );
      const body = ws.getRange(rangeAddress(col, rect.first, col, rect.last));
      if (c.role === "input") {
        body.format.fill.color = CELL_FILL.input;
        body.format.protection.locked = false;
      }
      if (c.validation && has("dataValidation")) {
        const { rule, message } = validationRule(c.validation, rect.first);
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
    if (has("conditionalFormats")) queueDataBars(ws, t, rect);
  });
}

/**
 * The cells of rows [from, to) of a table. With `skipColumnFormulas`, a computed cell that holds the
 * column's own formula is null (left as is): the renderer has already filled the column with it.
 */
function rowInputs(
  t: TablePlan,
  rect: TableRect,
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
        const at = { r, first: rect.first, last: rect.last };
        if (own !== undefined) return cellInput(own, form, at);
        if (col.role === "computed" && col.formula) return skipColumnFormulas ? null : cellInput(col.formula, form, at);
        return "";
      }),
    );
  }
  return out;
}

function validationRule(v: Validation, first: number): { rule: Record<string, unknown>; message: string } {
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
    case "custom":
      // Relative references are read from the range's top-left cell, as in the .xlsx renderer.
      return { rule: { custom: { formula: fillRow(v.formula, { r: first }) } }, message: v.error };
    default:
      return assertNever(v, "validation");
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

/**
 * Deletes what this run created; only what exists (a failed batch may have stopped before creating
 * it), and protects again, with their own options, the sheets whose protection this run lifted.
 * Loads the sheet and name lists, then queues the deletes: 2 syncs (not counted in the report).
 * Returns the sheet names found.
 */
async function rollback(
  context: Excel.RequestContext,
  created: string[],
  addedNames: string[],
  relock: { name: string; options: Excel.WorksheetProtectionOptions }[],
): Promise<Set<string>> {
  const sheets = context.workbook.worksheets;
  const names = context.workbook.names;
  sheets.load("items/name");
  names.load("items/name");
  const locks = relock.map((r) => ({ ...r, protection: sheets.getItem(r.name).protection.load("protected") }));
  await context.sync();
  const sheetNames = new Set(sheets.items.map((w) => w.name));
  const nameSet = new Set(names.items.map((n) => n.name.toLowerCase()));
  for (const n of addedNames) if (nameSet.has(n.toLowerCase())) names.getItem(n).delete();
  for (const name of created) if (sheetNames.has(name)) sheets.getItem(name).delete();
  // Our protection, lifted at the start of the batch, back as it was.
  for (const l of locks) if (!l.protection.protected) l.protection.protect(l.options);
  await context.sync();
  return sheetNames;
}

function failure(e: unknown, what: string): InjectError {
  if (e instanceof InjectError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new InjectError(`注入失败：${msg}；${what}`, `inject failed: ${msg}`);
}
