/**
 * The renderer's two reads (./render.ts): what the workbook holds (read 1), and on re-inject what
 * must be kept from our existing sheets (read 2). Nothing here writes.
 */
import { headersToRead } from "../merge";
import type { SheetPlan, TablePlan, WorkbookPlan } from "../plan";
import { CATALOG_SHEET_NAME } from "../catalogSheet";
import { resolveSheetNames, type ExistingSheet, type ResolvedSheet } from "../sheetNames";
import type { RenderEnv } from "./renderCommon";
import { loadStash, parseStash, STASH_SHEET_NAME, type Stash } from "./renderStash";

/** What read 1 found, and the collections later phases queue requests on. */
export interface WorkbookRead {
  worksheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
  /** The plan's tables by lower-cased name. */
  plannedTables: Map<string, { sheet: SheetPlan; table: TablePlan }>;
  /** The workbook's tables (name and headers) by sheet name. */
  tablesBySheet: Map<string, { name: string; headers: string[] }[]>;
  /** The planned sheets' names, in plan order, and whether each exists already. */
  resolved: ResolvedSheet[];
  nameOf: Map<string, string>;
  /** The workbook's defined names, lower-cased. */
  existingNames: Set<string>;
  /** The safety copy a previous inject left when it failed part way (./renderStash.ts). */
  stash: Stash;
}

/** What an existing sheet of ours holds (loaded by read 2). */
export interface OldState {
  used?: Excel.Range;
  oldTables: {
    name: string;
    range: Excel.Range;
    headers: string[];
    columns: Map<string, Excel.Range>;
    /** Default-named: ours, half made by a failed inject, if it lies where that inject's table was. */
    stray?: boolean;
  }[];
  inputCells: Map<string, Excel.Range>;
  /** Catalog text cells outside tables on sheets a user works in (not 说明 or the catalog sheet). */
  textCells: Map<string, Excel.Range>;
  /** The sheet's protection: `protected`, and `isPasswordProtected` where the host has it. */
  protection: Excel.WorksheetProtection;
  /** Whether `isPasswordProtected` was loaded (ExcelApiOnline 1.1). */
  passwordKnown: boolean;
}

/**
 * Read 1: loads the sheet names, the tables (name, sheet, headers), the defined names and the safety
 * copy a failed inject left (./renderStash.ts), then
 * resolves the planned sheets' names against the existing sheets. Writes nothing. 1 sync.
 */
export async function readWorkbook(env: RenderEnv, plan: WorkbookPlan): Promise<WorkbookRead> {
  const wb = env.context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = wb.names;
  names.load("items/name");
  const stashCells = loadStash(worksheets);
  await env.sync();
  const stash = parseStash(
    stashCells,
    worksheets.items.some((w) => w.name === STASH_SHEET_NAME),
  );

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
  // A sheet whose tables a failed inject had already cleared is known by the safety copy's record.
  const claimed = new Set(ourKeyBySheet.values());
  for (const [key, name] of stash.sheets)
    if (!claimed.has(key) && !ourKeyBySheet.has(name) && worksheets.items.some((w) => w.name === name))
      ourKeyBySheet.set(name, key);
  const hasCatalogSheet = plan.sheets.some((s) => s.key === "catalog");
  const existing: ExistingSheet[] = worksheets.items.map((w) => ({
    name: w.name,
    ourKey: ourKeyBySheet.get(w.name) ?? (hasCatalogSheet && w.name === CATALOG_SHEET_NAME ? "catalog" : undefined),
  }));
  const resolved = resolveSheetNames(plan.sheets, existing);
  const nameOf = new Map(resolved.map((r) => [r.key, r.name]));
  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  return { worksheets, tables, names, plannedTables, tablesBySheet, resolved, nameOf, existingNames, stash };
}

/**
 * Read 2 (re-inject only): for each planned sheet that exists already, loads its used range, its
 * protection, the input cells the plan names, and our old tables' ranges and the columns to keep
 * (key, input, computed and the user's; a table the user made on our sheet is left alone). Writes nothing. 1 sync, none when every sheet is new.
 * Returns the loaded ranges by sheet key.
 */
export async function readExistingState(
  env: RenderEnv,
  plan: WorkbookPlan,
  read: WorkbookRead,
): Promise<Map<string, OldState>> {
  const old = new Map<string, OldState>();
  for (const r of read.resolved.filter((x) => x.exists)) {
    const sheet = plan.sheets.find((s) => s.key === r.key)!;
    const ws = read.worksheets.getItem(r.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    // Read here, before anything is written, so that a sheet the user protected is refused untouched.
    const passwordKnown = env.supports("ExcelApiOnline", "1.1");
    // The options too: a failed inject puts our protection back as it was.
    const protection = ws.protection.load("protected,options");
    if (passwordKnown) protection.load("isPasswordProtected");
    const state: OldState = {
      used,
      oldTables: [],
      inputCells: new Map(),
      textCells: new Map(),
      protection,
      passwordKnown,
    };
    // Titles and labels a user may have replaced with a note of their own (after moving rows about).
    // 说明 and the catalog sheet hold only our text, which changes with the catalog and the form.
    if (sheet.kind !== "about" && sheet.kind !== "catalog")
      for (const c of sheet.cells.filter(
        (c) => c.role === "catalog" && (typeof c.value === "string" || typeof c.value === "number"),
      )) {
        const rg = ws.getRange(c.address);
        rg.load("values,formulas");
        state.textCells.set(c.address, rg);
      }
    for (const c of sheet.cells.filter((c) => c.role === "input")) {
      const rg = ws.getRange(c.address);
      rg.load("values,formulas");
      state.inputCells.set(c.address, rg);
    }
    // A failed inject may have added a table and stopped before naming it (Excel's default name).
    const cut = [...read.stash.tables.values()].some(
      (k) => k.sheetKey === r.key && !read.tables.items.some((t) => t.name.toLowerCase() === k.name.toLowerCase()),
    );
    for (const t of read.tablesBySheet.get(r.name) ?? []) {
      const planned = read.plannedTables.get(t.name.toLowerCase());
      const stray = !planned && cut && /^(Table|表格?)\d+$/i.test(t.name);
      // A table the user made on our sheet is left alone.
      if (!planned && !stray && !/^DB_/i.test(t.name)) continue;
      const tbl = read.tables.getItem(t.name);
      const range = tbl.getRange();
      range.load("address");
      const columns = new Map<string, Excel.Range>();
      if (planned && planned.sheet.key === r.key)
        for (const h of headersToRead(planned.table, t.headers)) {
          const body = tbl.columns.getItem(h).getDataBodyRange();
          body.load("values,formulas");
          columns.set(h, body);
        }
      state.oldTables.push({ name: t.name, range, headers: t.headers, columns, stray });
    }
    old.set(r.key, state);
  }
  if (old.size) await env.sync();
  return old;
}
