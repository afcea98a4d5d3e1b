/**
 * The renderer's step between reading and writing (./render.ts): merge what the user typed into
 * the plan, then check everything Excel would refuse, so that nothing is written when a check
 * fails. Pure: no requests, no syncs (only values loaded by read 2 are read).
 */
import { cellAddress, parseAddress, rangeAddress } from "../a1";
import { mergeTable, isBlankCell, type ExistingTable, type ReadCell } from "../merge";
import type { CellPlan, FormulaForm, SheetPlan, TablePlan, WorkbookPlan } from "../plan";
import { cellInput, type ExcelInput } from "./cells";
import {
  InjectError,
  intersects,
  rectOf,
  tableRect,
  type Rect,
  type RenderReport,
  type SheetToWrite,
  REWRITTEN_WHOLE,
} from "./renderCommon";
import type { OldState, WorkbookRead } from "./renderRead";
import { STASH_SHEET_NAME, type Stash } from "./renderStash";

const MAX_FORMULA = 8192;
const MAX_TEXT = 32_767;

function readCell(value: unknown, formula: unknown): ReadCell {
  // A formula the user typed comes back in `formulas`; text that only looks like one (typed with an
  // apostrophe) has the same string in `values`.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  if (value === undefined || value === null) return null;
  return value as ReadCell;
}

/**
 * Merges what read 2 loaded into the plan: a typed input cell replaces the planned value, and our
 * old tables' input columns are merged into the planned tables (../merge.ts). Returns the sheets
 * to write, in plan order, with their names, and a report per merged table. No syncs.
 */
export function mergeExisting(
  plan: WorkbookPlan,
  read: WorkbookRead,
  old: Map<string, OldState>,
): { sheets: SheetToWrite[]; merges: RenderReport["merges"] } {
  const merges: RenderReport["merges"] = [];
  const sheets: SheetToWrite[] = plan.sheets.map((s) => {
    const name = read.nameOf.get(s.key)!;
    const state = old.get(s.key);
    const ghosts: string[] = [];
    const ghostOf = new Map<string, string>();
    const tables = s.tables.map((t) => {
      const o = state?.oldTables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
      let existing: ExistingTable | undefined;
      let restored = 0;
      if (o) {
        if (!o.columns.size) return t;
        const count = Math.max(...[...o.columns.values()].map((c) => c.values.length));
        const rows: Record<string, ReadCell>[] = [];
        for (let i = 0; i < count; i++) {
          const row: Record<string, ReadCell> = {};
          for (const [h, body] of o.columns) row[h] = readCell(body.values[i]?.[0], body.formulas[i]?.[0]);
          rows.push(row);
        }
        existing = { headers: o.headers, rows };
      } else {
        // Not in the workbook: a failed inject cleared it after copying what was typed in it.
        const kept = read.stash.tables.get(t.name.toLowerCase());
        if (!kept) return t;
        existing = kept.table;
        restored = kept.table.rows.reduce((n, r) => n + Object.values(r).filter((c) => !isBlankCell(c)).length, 0);
        if (state && kept.sheetKey === s.key) {
          ghosts.push(kept.address);
          ghostOf.set(t.name.toLowerCase(), kept.address);
        }
      }
      const m = mergeTable(t, existing);
      merges.push({ table: t.name, sheet: name, restored, ...m.report });
      return m.table;
    });
    if (!state) return { plan: { ...s, tables }, name, exists: false, ghosts };
    // A default-named table counts as ours only where the cut-short table was; else it is the user's.
    state.oldTables = state.oldTables.filter(
      (o) => !o.stray || ghosts.some((g) => intersects(rectOf(g), rectOf(o.range.address))),
    );
    // A title or label cell that holds something else now is the user's: kept, not overwritten.
    const keptCells: string[] = [];
    const ownCells = s.cells.filter((c) => {
      const rg = state.textCells.get(c.address);
      if (!rg) return true;
      const now = readCell(rg.values[0][0], rg.formulas[0][0]);
      if (isBlankCell(now) || now === c.value) return true;
      keptCells.push(c.address);
      return false;
    });
    const cells = ownCells.map((c): CellPlan => {
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
    const moved = followRows(s, tables, state, ghostOf);
    if (moved)
      return {
        plan: {
          ...s,
          cells: cells.filter((c) => c.role === "input"),
          tables: moved.tables,
          freezeRows: s.freezeRows + moved.dr,
        },
        name,
        exists: true,
        ghosts,
        movedTo: moved.to,
      };
    return { plan: { ...s, cells, tables }, name, exists: true, ghosts, keptCells };
  });
  return { sheets, merges };
}

/** Sheets whose formulas all follow their row (`{r}`, `{first}`, `{last}`) and whose cells outside tables are only a title and a note. */
const FOLLOWS_ROWS = new Set(["indicators", "tasks"]);

/**
 * Rows inserted or deleted above the table of an indicator or task sheet: the table is written where
 * it is now (its formulas follow the row), and the title and note above it are left as they are —
 * they moved with the rows, and the user may have typed in the rows inserted among them. Columns
 * moved, or another kind of sheet: undefined (checkMoved refuses).
 */
function followRows(
  s: SheetPlan,
  tables: TablePlan[],
  state: OldState,
  ghostOf: Map<string, string>,
): { tables: TablePlan[]; dr: number; to: string } | undefined {
  if (!FOLLOWS_ROWS.has(s.kind)) return undefined;
  const shifts = tables.flatMap((t) => {
    const o = state.oldTables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
    // Where the table is, or was when a failed inject cleared it (it wrote there).
    const at = o?.range.address ?? ghostOf.get(t.name.toLowerCase());
    if (!at) return [];
    const now = rectOf(at);
    const want = tableRect(t);
    return [{ dr: now.top - want.top, dc: now.left - want.left, to: cellAddress(now.left, now.top) }];
  });
  if (shifts.length !== 1 || shifts[0].dc !== 0 || shifts[0].dr === 0) return undefined;
  const { dr, to } = shifts[0];
  return {
    dr,
    to,
    tables: tables.map((t) => {
      const a = parseAddress(t.anchor);
      return { ...t, anchor: cellAddress(a.col, a.row + dr) };
    }),
  };
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
        check(
          cellAddress(rect.left, rect.first + i),
          cellInput(row.values[col.header], form, { r: rect.first + i, first: rect.first, last: rect.last }),
        );
    });
    for (const col of t.columns)
      if (col.formula)
        check(col.header, cellInput(col.formula, form, { r: rect.first, first: rect.first, last: rect.last }));
    for (const cf of t.conditionalFormats) {
      const f = form === "addin" ? cf.formula.addin : (cf.formula.portable ?? cf.formula.addin);
      if (/POLICY\./i.test(f))
        problems.push(`${name}：条件格式“${cf.label}”调用了 POLICY 函数 / a highlight calls a POLICY function`);
    }
  }
  return problems;
}

/**
 * A sheet the user protected: with a password (known where the host reports it, ExcelApiOnline
 * 1.1), or any protection on a sheet we never protect. Our own protection (no password) is lifted
 * by the first write operation; a password there makes that operation fail before anything else.
 */
function checkProtection(s: SheetToWrite, state: OldState): string[] {
  const p = state.protection;
  const password = state.passwordKnown && p.protected && p.isPasswordProtected;
  if (!password && !(p.protected && !s.plan.protect)) return [];
  const how = password ? "设有保护密码" : "已被保护";
  return [
    `工作表“${s.name}”${how}：请先在“审阅 → 撤消工作表保护”中撤消保护，再注入 / ` +
      `the sheet “${s.name}” is protected${password ? " with a password" : ""}: unprotect it (Review → Unprotect Sheet), then inject again`,
  ];
}

/**
 * A table of ours that is no longer where the plan puts it: rows or columns were inserted or deleted
 * above or left of it, and the user may have typed there. Writing the plan's layout would overwrite
 * those cells, so the inject is refused, saying where the table is and where it belongs.
 */
function checkMoved(s: SheetToWrite, state: OldState): string[] {
  const problems: string[] = [];
  // These sheets hold only what the plan computes from the sources chosen, so their tables move when
  // a source is added or removed; the whole used range is rewritten (renderWrite.ts).
  if (REWRITTEN_WHOLE.has(s.plan.kind)) return problems;
  for (const t of s.plan.tables) {
    const o = state.oldTables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
    if (!o) continue;
    const now = rectOf(o.range.address);
    const want = tableRect(t);
    if (now.top === want.top && now.left === want.left) continue;
    const at = cellAddress(now.left, now.top);
    const home = cellAddress(want.left, want.top);
    problems.push(
      `工作表“${s.name}”的表格 ${t.name} 已从 ${home} 移到 ${at}（其上方或左侧插入或删除了行、列）；为免覆盖表格周围您输入的内容，请撤消该插入或删除（使表头回到 ${home}），再注入 / ` +
        `the table ${t.name} on “${s.name}” moved from ${home} to ${at} (rows or columns inserted or deleted above or left of it); so that no cell you typed around it is overwritten, undo that change (header back at ${home}), then inject again`,
    );
  }
  return problems;
}

/**
 * Checks the merged sheets before anything is written: formula and text lengths, table names,
 * highlights, and whether a table that grows would cover other content of the sheet's used range
 * (loaded by read 2). Throws an InjectError listing every problem. No requests, no syncs.
 */
export function checkBeforeWriting(
  form: FormulaForm,
  sheets: SheetToWrite[],
  old: Map<string, OldState>,
  stash?: Stash,
): void {
  const problems: string[] = [];
  if (stash?.foreign)
    problems.push(
      `已有名为“${STASH_SHEET_NAME}”的工作表，但不是对标写入的：请改名后再注入 / a sheet named “${STASH_SHEET_NAME}” exists that Duibiao did not make: rename it first`,
    );
  for (const s of sheets) {
    problems.push(...checkSheet(s.plan, s.name, form));
    const state = old.get(s.plan.key);
    if (!state) continue;
    problems.push(...checkProtection(s, state), ...checkMoved(s, state));
    if (!state.used || state.used.isNullObject || REWRITTEN_WHOLE.has(s.plan.kind)) continue;
    const used = rectOf(state.used.address);
    const olds = [...state.oldTables.map((o) => rectOf(o.range.address)), ...(s.ghosts ?? []).map(rectOf)];
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
}
