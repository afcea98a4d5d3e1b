/**
 * A recording fake of the part of the Excel JavaScript API the renderer uses, with office.js's
 * proxy semantics: calls and property writes are queued and run, in order, at `context.sync()`;
 * loaded properties can be read only after the sync that loads them (reading earlier throws, like
 * PropertyNotLoaded). Every sync's request is serialized as JSON and its size recorded, so tests and
 * the benchmark can count round trips and the largest request.
 *
 * Strings assigned to cells are read the way Excel reads typing: "=…", "+…", "-…", "@…" become
 * formulas, number- or date-looking text becomes a number, TRUE/FALSE booleans, and a leading
 * apostrophe makes the rest text (hidden prefix). Formulas are stored, not calculated.
 */

import { cellAddress, columnLetter, parseRange, sheetRef } from "../../../src/workbook/a1";

type Scalar = string | number | boolean;
export interface FakeCell {
  value?: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  locked?: boolean;
}
interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface FakeTable extends Rect {
  name: string;
  sheet: FakeSheet;
}
export interface FakeCf {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  dataBar?: { lower?: unknown; upper?: unknown; fill?: string };
}
/** What Worksheet.pageLayout was given. */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  printTitleRows?: string;
  centerHeader?: string;
  centerFooter?: string;
}
export interface FakeValidation {
  rect: Rect;
  rule?: any;
  errorAlert?: any;
  prompt?: any;
}
export class FakeSheet {
  cells = new Map<string, FakeCell>();
  cfs: FakeCf[] = [];
  validations: FakeValidation[] = [];
  protected = false;
  /** A protection password the user set (our own protection has none). */
  password?: string;
  protectionOptions?: unknown;
  freezeRows = 0;
  tabColor?: string;
  pageLayout: FakePageLayout = {};
  visibility = "Visible";
  columnWidths = new Map<number, number>();
  constructor(public name: string) {}
  cell(row: number, col: number, create = false): FakeCell | undefined {
    const k = `${row}:${col}`;
    let c = this.cells.get(k);
    if (!c && create) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }
  /** What a user sees: the value, or the formula for formula cells. */
  get(address: string): Scalar | undefined {
    const r = parseRange(address);
    const c = this.cell(r.from.row, r.from.col);
    return c?.formula ?? c?.value;
  }
}

const isNumberText = (s: string) => /^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?%?\s*$/.test(s);
const isDateText = (s: string) =>
  /^\s*\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?\s*$/.test(s) || /^\s*\d{1,2}月\d{1,2}日\s*$/.test(s);

/** Excel's reading of typed input. */
export function enter(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return; // null in a 2-D write leaves the cell unchanged
  cell.formula = undefined;
  cell.quotePrefix = false;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (s === "") {
    cell.value = undefined;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
  } else if (isNumberText(s)) {
    const pct = s.trim().endsWith("%");
    const n = Number(s.replace(/[,%\s]/g, ""));
    cell.value = pct ? n / 100 : n;
  } else if (/^[=+\-@]/.test(s)) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    cell.value = 0;
  } else if (/^(true|false)$/i.test(s.trim())) {
    cell.value = s.trim().toLowerCase() === "true";
  } else if (isDateText(s)) {
    cell.value = 45000; // a date serial: what matters is that the text is gone
  } else {
    cell.value = s;
  }
}

/** Moves the relative parts of A1 references (outside string literals) by dr rows and dc columns. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  return f
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, ca: string, col: string, ra: string, row: string) => {
              const c = ca ? col : columnLetter(parseRange(`${col}1`).from.col + dc);
              const r = ra ? row : String(Number(row) + dr);
              return `${ca}${c}${ra}${r}`;
            },
          ),
    )
    .join("");
}

function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
function rectOf(sheetName: string, address: string): Rect {
  if (/^[A-Z]+:[A-Z]+$/i.test(address.replace(/^.*!/, ""))) {
    const [a, b] = address.replace(/^.*!/, "").split(":");
    const col = (l: string) => parseRange(`${l}1`).from.col;
    return { top: 1, bottom: 1_048_576, left: col(a), right: col(b) };
  }
  const r = parseRange(address.includes("!") ? address : `${sheetRef(sheetName)}!${address}`);
  return { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col };
}
const addressOf = (sheet: FakeSheet, r: Rect) =>
  `${sheetRef(sheet.name)}!${cellAddress(r.left, r.top)}${r.top === r.bottom && r.left === r.right ? "" : `:${cellAddress(r.right, r.bottom)}`}`;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface Op {
  desc: unknown;
  run: () => void;
}

/** A proxy's loaded properties: readable only after the sync that loaded them. */
class Loadable {
  protected loaded: Record<string, any> | null = null;
  constructor(protected readonly x: FakeExcel) {}
  protected read(prop: string): any {
    if (!this.loaded || !(prop in this.loaded))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `the property '${prop}' is not available: call load() and sync() first`,
      );
    return this.loaded[prop];
  }
}

export class FakeRange extends Loadable {
  format: any;
  conditionalFormats: any;
  dataValidation: any;
  constructor(
    x: FakeExcel,
    readonly sheetRefFn: () => FakeSheet,
    readonly rectFn: () => Rect,
    readonly path: string,
    private readonly nullable = false,
  ) {
    super(x);
    const me = this;
    const cellsSet = (fn: (c: FakeCell) => void, what: string, value: unknown) =>
      x.queue({ p: path, set: what, v: value }, () => me.eachCell(fn, true));
    this.format = {
      font: {
        set bold(v: boolean) {
          cellsSet((c) => (c.bold = v), "format/font/bold", v);
        },
        set color(v: string) {
          x.queue({ p: path, set: "format/font/color", v }, () => undefined);
        },
      },
      fill: {
        set color(v: string) {
          cellsSet((c) => (c.fill = v), "format/fill/color", v);
        },
      },
      protection: {
        set locked(v: boolean) {
          cellsSet((c) => (c.locked = v), "format/protection/locked", v);
        },
      },
      set columnWidth(v: number) {
        x.queue({ p: path, set: "format/columnWidth", v }, () => {
          const r = me.rectFn();
          for (let c = r.left; c <= r.right; c++) me.sheetRefFn().columnWidths.set(c, v);
        });
      },
    };
    this.conditionalFormats = {
      add(type: string) {
        const handle: { cf?: FakeCf } = {};
        x.queue({ p: path, call: "conditionalFormats.add", a: [type] }, () => {
          handle.cf = { rect: me.rectFn(), type };
          me.sheetRefFn().cfs.push(handle.cf);
        });
        const setCf = (what: string, fn: (cf: FakeCf, v: any) => void) => (v: any) =>
          x.queue({ p: `${path}/cf`, set: what, v }, () => fn(handle.cf!, v));
        const bar = (what: string, fn: (b: NonNullable<FakeCf["dataBar"]>, v: any) => void) => (v: any) =>
          setCf(`dataBar/${what}`, (cf, val) => fn((cf.dataBar = cf.dataBar ?? {}), val))(v);
        return {
          dataBar: {
            set lowerBoundRule(v: unknown) {
              bar("lowerBoundRule", (b, val) => (b.lower = val))(v);
            },
            set upperBoundRule(v: unknown) {
              bar("upperBoundRule", (b, val) => (b.upper = val))(v);
            },
            positiveFormat: {
              set fillColor(v: string) {
                bar("positiveFormat/fillColor", (b, val) => (b.fill = val))(v);
              },
            },
          },
          custom: {
            rule: {
              set formula(v: string) {
                setCf("custom/rule/formula", (cf, f) => (cf.formula = f))(v);
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  setCf("custom/format/fill/color", (cf, c) => (cf.fill = c))(v);
                },
              },
              font: {
                set color(v: string) {
                  setCf("custom/format/font/color", (cf, c) => (cf.font = c))(v);
                },
              },
            },
          },
        };
      },
      clearAll() {
        x.queue({ p: path, call: "conditionalFormats.clearAll" }, () => {
          const s = me.sheetRefFn();
          s.cfs = s.cfs.filter((cf) => !rectsIntersect(cf.rect, me.rectFn()));
        });
      },
    };
    const validation = (): FakeValidation => {
      const s = me.sheetRefFn();
      const r = me.rectFn();
      let v = s.validations.find(
        (d) => d.rect.top === r.top && d.rect.left === r.left && d.rect.bottom === r.bottom && d.rect.right === r.right,
      );
      if (!v) {
        v = { rect: r };
        s.validations.push(v);
      }
      return v;
    };
    this.dataValidation = {
      set rule(v: any) {
        x.queue({ p: path, set: "dataValidation/rule", v }, () => (validation().rule = v));
      },
      set errorAlert(v: any) {
        x.queue({ p: path, set: "dataValidation/errorAlert", v }, () => (validation().errorAlert = v));
      },
      set prompt(v: any) {
        x.queue({ p: path, set: "dataValidation/prompt", v }, () => (validation().prompt = v));
      },
      clear() {
        x.queue({ p: path, call: "dataValidation.clear" }, () => {
          const s = me.sheetRefFn();
          s.validations = s.validations.filter((d) => !rectsIntersect(d.rect, me.rectFn()));
        });
      },
    };
  }
  private eachCell(fn: (c: FakeCell, row: number, col: number) => void, create: boolean): void {
    const r = this.rectFn();
    const s = this.sheetRefFn();
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const c = s.cell(row, col, create);
        if (c) fn(c, row, col);
      }
  }
  private write2d(what: string, v: any[][], fn: (c: FakeCell, x: any) => void): void {
    this.x.queue({ p: this.path, set: what, v }, () => {
      const r = this.rectFn();
      const s = this.sheetRefFn();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (!Array.isArray(v) || v.length !== rows || v.some((row) => row.length !== cols))
        throw new FakeExcelError("InvalidArgument", `the ${what} array does not match the range ${addressOf(s, r)}`);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const c = s.cell(r.top + i, r.left + j, true)!;
          if (what !== "numberFormat" && s.protected && c.locked !== false)
            throw new FakeExcelError(
              "InvalidOperation",
              `cell ${cellAddress(r.left + j, r.top + i)} of the protected sheet ${s.name} is locked`,
            );
          fn(c, v[i][j]);
        }
    });
  }
  set formulas(v: any[][]) {
    this.write2d("formulas", v, enter);
  }
  set values(v: any[][]) {
    this.write2d("values", v, enter);
  }
  set numberFormat(v: any[][]) {
    this.write2d("numberFormat", v, (c, f) => {
      if (f !== null) c.numberFormat = f;
    });
  }
  get values(): any[][] {
    return this.read("values");
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    if (!this.loaded) throw new FakeExcelError("PropertyNotLoaded", "isNullObject needs a sync");
    return !!this.loaded.isNullObject;
  }
  load(props: string): this {
    this.x.queue({ p: this.path, load: props }, () => {
      let rect: Rect | null = null;
      try {
        rect = this.rectFn();
      } catch (e) {
        if (!this.nullable) throw e;
      }
      if (!rect) {
        this.loaded = { isNullObject: true };
        return;
      }
      const s = this.sheetRefFn();
      const grid = (fn: (c: FakeCell | undefined) => any) => {
        const out: any[][] = [];
        for (let row = rect!.top; row <= rect!.bottom; row++) {
          const line: any[] = [];
          for (let col = rect!.left; col <= rect!.right; col++) line.push(fn(s.cell(row, col)));
          out.push(line);
        }
        return out;
      };
      this.loaded = {
        isNullObject: false,
        address: addressOf(s, rect),
        values: grid((c) => (c?.formula ? 0 : (c?.value ?? ""))),
        formulas: grid((c) => c?.formula ?? c?.value ?? ""),
      };
    });
    return this;
  }
  select(): void {
    this.x.queue(
      { p: this.path, call: "select" },
      () => (this.x.selected = addressOf(this.sheetRefFn(), this.rectFn())),
    );
  }
  /** Copies formulas, adjusting relative rows and columns, tiling the source over this range. */
  copyFrom(source: FakeRange, copyType = "All"): void {
    this.x.queue({ p: this.path, call: "copyFrom", a: [source.path, copyType] }, () => {
      const dst = this.rectFn();
      const src = source.rectFn();
      const from = source.sheetRefFn();
      const to = this.sheetRefFn();
      const h = src.bottom - src.top + 1;
      const w = src.right - src.left + 1;
      for (let row = dst.top; row <= dst.bottom; row++)
        for (let col = dst.left; col <= dst.right; col++) {
          const sr = src.top + ((row - dst.top) % h);
          const sc = src.left + ((col - dst.left) % w);
          const s = from.cell(sr, sc);
          const c = to.cell(row, col, true)!;
          if (to.protected && c.locked !== false)
            throw new FakeExcelError("InvalidOperation", `locked cell in ${to.name}`);
          c.formula = s?.formula ? shiftFormula(s.formula, row - sr, col - sc) : undefined;
          c.value = s?.formula ? 0 : s?.value;
        }
    });
  }
  clear(applyTo = "All"): void {
    this.x.queue({ p: this.path, call: "clear", a: [applyTo] }, () => {
      const r = this.rectFn();
      const s = this.sheetRefFn();
      for (const k of [...s.cells.keys()]) {
        const [row, col] = k.split(":").map(Number);
        if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) s.cells.delete(k);
      }
    });
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names = new Map<string, string>();
  syncs = 0;
  requestBytes: number[] = [];
  /** Fail the sync with this number (1-based) halfway through its operations — to test that nothing is half-written. */
  failAtSync?: number;
  /** Fail when this many more operations have run (the next one throws instead of running). */
  failAfterOps?: number;
  /** Fail right after the first operation this matches has run (its description, as recorded). */
  failAfterOp?: (desc: any) => boolean;
  /** Operations run so far, over all syncs. */
  opsRun = 0;
  /** The sheet last activated and the range last selected (its address), as a user would see them. */
  activeSheet?: string;
  selected?: string;
  private pending: Op[] = [];
  readonly context: any;

  constructor() {
    this.context = { workbook: this.workbook(), sync: () => this.sync() };
  }

  queue(desc: unknown, run: () => void): void {
    this.pending.push({ desc, run });
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.syncs++;
    this.requestBytes.push(Buffer.byteLength(JSON.stringify(ops.map((o) => o.desc)), "utf8"));
    // Like Excel, a failing batch has run the operations before the one that failed.
    const failAt = this.failAtSync === this.syncs ? Math.floor(ops.length / 2) : -1;
    for (const [i, op] of ops.entries()) {
      if (i === failAt) throw new FakeExcelError("GeneralException", "simulated failure");
      if (this.failAfterOps !== undefined && this.failAfterOps-- <= 0) {
        this.failAfterOps = undefined;
        throw new FakeExcelError("GeneralException", "simulated failure");
      }
      op.run();
      this.opsRun++;
      if (this.failAfterOp?.(op.desc)) {
        this.failAfterOp = undefined;
        throw new FakeExcelError("GeneralException", "simulated failure");
      }
    }
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestBytes);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new FakeExcelError("ItemNotFound", `no table ${name}`);
    return t;
  }

  /** A sheet made by the "user", with values typed at addresses. */
  userSheet(name: string, cells: Record<string, Scalar> = {}): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    for (const [a, v] of Object.entries(cells)) {
      const r = parseRange(a);
      enter(s.cell(r.from.row, r.from.col, true)!, v);
    }
    return s;
  }

  /** The headers and rows of a table, as a user sees them (formulas as formula text). */
  tableRows(name: string): { headers: string[]; rows: Record<string, Scalar | undefined>[] } {
    const t = this.table(name);
    const headers: string[] = [];
    for (let c = t.left; c <= t.right; c++) headers.push(String(t.sheet.cell(t.top, c)?.value ?? ""));
    const rows: Record<string, Scalar | undefined>[] = [];
    for (let r = t.top + 1; r <= t.bottom; r++) {
      const row: Record<string, Scalar | undefined> = {};
      headers.forEach((h, j) => {
        const c = t.sheet.cell(r, t.left + j);
        row[h] = c?.formula ?? c?.value;
      });
      rows.push(row);
    }
    return { headers, rows };
  }

  typeInto(sheetName: string, address: string, v: Scalar): void {
    const s = this.sheet(sheetName);
    const r = parseRange(address);
    enter(s.cell(r.from.row, r.from.col, true)!, v);
  }

  // ---- What a user does in Excel between two injects (no sync: the user edits the workbook). ----

  /** Moves every cell, table, highlight and validation of a sheet at or after `at` along one axis. */
  private shift(sheetName: string, axis: "row" | "col", at: number, by: number): void {
    const s = this.sheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of s.cells) {
      let [row, col] = k.split(":").map(Number);
      const v = axis === "row" ? row : col;
      if (by < 0 && v >= at && v < at - by) continue; // deleted
      if (v >= at) {
        if (axis === "row") row += by;
        else col += by;
      }
      moved.set(`${row}:${col}`, c);
    }
    s.cells = moved;
    const [lo, hi] = axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
    const end = at - by; // first line after a deletion
    const move = (r: Rect) => {
      if (by > 0) {
        if (r[lo] >= at) r[lo] += by;
        if (r[hi] >= at) r[hi] += by;
        return;
      }
      r[lo] = r[lo] >= end ? r[lo] + by : r[lo] >= at ? at : r[lo];
      r[hi] = r[hi] >= end ? r[hi] + by : r[hi] >= at ? at - 1 : r[hi];
    };
    for (const t of this.tables.filter((x) => x.sheet === s)) move(t);
    for (const cf of s.cfs) move(cf.rect);
    for (const v of s.validations) move(v.rect);
  }

  /** Inserts `n` whole rows before row `at`; a table they fall inside grows (Excel names nothing new). */
  insertRows(sheetName: string, at: number, n = 1): void {
    this.shift(sheetName, "row", at, n);
  }

  /** Deletes `n` whole rows from row `at` (never a table's header row here). */
  deleteRows(sheetName: string, at: number, n = 1): void {
    for (const t of this.tables.filter((x) => x.sheet === this.sheet(sheetName)))
      if (t.top >= at && t.top < at + n) throw new Error("the test deletes a table's header row");
    this.shift(sheetName, "row", at, -n);
  }

  /** Inserts `n` whole columns before column `at`; inside a table Excel names the new headers 列1, 列2 … */
  insertColumns(sheetName: string, at: number, n = 1): void {
    this.shift(sheetName, "col", at, n);
    const s = this.sheet(sheetName);
    for (const t of this.tables.filter((x) => x.sheet === s && x.left < at && at <= x.right))
      for (let c = at, k = 1; c < at + n; c++, k++) {
        const taken = new Set<string>();
        for (let j = t.left; j <= t.right; j++) taken.add(String(s.cell(t.top, j)?.value ?? ""));
        while (taken.has(`列${k}`)) k++;
        enter(s.cell(t.top, c, true)!, `列${k}`);
      }
  }

  /** Deletes `n` whole columns from column `at`. */
  deleteColumns(sheetName: string, at: number, n = 1): void {
    this.shift(sheetName, "col", at, -n);
  }

  /** Sorts a table's rows by one column (text after numbers, blanks last, like Excel's ascending sort). */
  sortTable(name: string, header: string, descending = false): void {
    const t = this.table(name);
    const s = t.sheet;
    let col = -1;
    for (let c = t.left; c <= t.right; c++) if (String(s.cell(t.top, c)?.value ?? "") === header) col = c;
    if (col < 0) throw new Error(`no column ${header}`);
    const rows: Map<number, FakeCell>[] = [];
    for (let r = t.top + 1; r <= t.bottom; r++) {
      const m = new Map<number, FakeCell>();
      for (let c = t.left; c <= t.right; c++) {
        const cell = s.cells.get(`${r}:${c}`);
        if (cell) m.set(c, cell);
        s.cells.delete(`${r}:${c}`);
      }
      rows.push(m);
    }
    const rank = (m: Map<number, FakeCell>) => {
      const v = m.get(col)?.formula ?? m.get(col)?.value;
      return v === undefined || v === "" ? [2, ""] : typeof v === "number" ? [0, v] : [1, String(v)];
    };
    rows.sort((a, b) => {
      const [ka, va] = rank(a);
      const [kb, vb] = rank(b);
      if (ka !== kb) return (ka as number) - (kb as number);
      const d = va < vb ? -1 : va > vb ? 1 : 0;
      return descending && ka !== 2 ? -d : d;
    });
    rows.forEach((m, i) => {
      for (const [c, cell] of m) s.cells.set(`${t.top + 1 + i}:${c}`, cell);
    });
  }

  /** Copies a table's data row `i` (0-based) to a new row at the table's end (Excel grows the table). */
  duplicateRow(name: string, i: number): number {
    const t = this.table(name);
    const s = t.sheet;
    const at = t.bottom + 1;
    this.insertRows(s.name, at);
    t.bottom = at;
    for (let c = t.left; c <= t.right; c++) {
      const src = s.cell(t.top + 1 + i, c);
      if (src) s.cells.set(`${at}:${c}`, { ...src });
    }
    return at;
  }

  /** Types a new header over a table column's header. */
  renameHeader(name: string, from: string, to: string): void {
    const t = this.table(name);
    for (let c = t.left; c <= t.right; c++)
      if (String(t.sheet.cell(t.top, c)?.value ?? "") === from) return enter(t.sheet.cell(t.top, c)!, to);
    throw new Error(`no column ${from}`);
  }

  /** The column of a table's header (1-based sheet column). */
  columnOf(name: string, header: string): number {
    const t = this.table(name);
    for (let c = t.left; c <= t.right; c++) if (String(t.sheet.cell(t.top, c)?.value ?? "") === header) return c;
    throw new Error(`no column ${header}`);
  }

  private rangeProxy(sheetFn: () => FakeSheet, rectFn: () => Rect, path: string, nullable = false): FakeRange {
    return new FakeRange(this, sheetFn, rectFn, path, nullable);
  }

  private worksheetProxy(nameFn: () => string, path: string): any {
    const x = this;
    const sheetFn = () => x.sheet(nameFn());
    return {
      get name() {
        return nameFn();
      },
      getRange(address: string) {
        return x.rangeProxy(sheetFn, () => rectOf(sheetFn().name, address), `${path}/range(${address})`);
      },
      getUsedRangeOrNullObject(valuesOnly = false) {
        return x.rangeProxy(
          sheetFn,
          () => {
            const s = sheetFn();
            let r: Rect | null = null;
            for (const [k, c] of s.cells) {
              if (valuesOnly && c.value === undefined && c.formula === undefined) continue;
              const [row, col] = k.split(":").map(Number);
              r = r
                ? {
                    top: Math.min(r.top, row),
                    left: Math.min(r.left, col),
                    bottom: Math.max(r.bottom, row),
                    right: Math.max(r.right, col),
                  }
                : { top: row, left: col, bottom: row, right: col };
            }
            if (!r) throw new FakeExcelError("ItemNotFound", "empty sheet");
            return r;
          },
          `${path}/usedRange`,
          true,
        );
      },
      tables: {
        add(address: string, hasHeaders: boolean) {
          const handle: { t?: FakeTable } = {};
          x.queue({ p: `${path}/tables`, call: "add", a: [address, hasHeaders] }, () => {
            const s = sheetFn();
            const r = rectOf(s.name, address);
            if (x.tables.some((t) => t.sheet === s && rectsIntersect(t, r)))
              throw new FakeExcelError("InvalidOperation", `a table already covers part of ${address}`);
            handle.t = { ...r, name: `Table${x.tables.length + 1}`, sheet: s };
            x.tables.push(handle.t);
          });
          return {
            set name(v: string) {
              x.queue({ p: `${path}/tables/new`, set: "name", v }, () => {
                if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v))
                  throw new FakeExcelError("InvalidArgument", `bad table name ${v}`);
                if (x.tables.some((t) => t !== handle.t && t.name.toLowerCase() === v.toLowerCase()))
                  throw new FakeExcelError("InvalidArgument", `table name ${v} already exists`);
                handle.t!.name = v;
              });
            },
          };
        },
      },
      activate() {
        x.queue({ p: path, call: "activate" }, () => (x.activeSheet = sheetFn().name));
      },
      freezePanes: {
        freezeRows(n: number) {
          x.queue({ p: path, call: "freezePanes.freezeRows", a: [n] }, () => (sheetFn().freezeRows = n));
        },
      },
      protection: (() => {
        let loaded: Record<string, unknown> | null = null;
        const get = (prop: string) => {
          if (!loaded || !(prop in loaded))
            throw new FakeExcelError("PropertyNotLoaded", `protection.${prop}: call load() and sync() first`);
          return loaded[prop];
        };
        const me = {
          load(props: string) {
            x.queue({ p: `${path}/protection`, load: props }, () => {
              const s = sheetFn();
              loaded = loaded ?? {};
              for (const k of props.split(","))
                if (k === "protected") loaded.protected = s.protected;
                else if (k === "isPasswordProtected") loaded.isPasswordProtected = s.protected && !!s.password;
                else if (k === "options") loaded.options = s.protectionOptions ?? {};
                else throw new FakeExcelError("InvalidArgument", `unknown protection property ${k}`);
            });
            return me;
          },
          get protected() {
            return get("protected");
          },
          get isPasswordProtected() {
            return get("isPasswordProtected");
          },
          get options() {
            return get("options");
          },
          protect(opts?: unknown, password?: string) {
            x.queue({ p: path, call: "protection.protect", a: [opts] }, () => {
              const s = sheetFn();
              if (s.protected) throw new FakeExcelError("InvalidOperation", "already protected");
              s.protected = true;
              s.password = password;
              s.protectionOptions = opts;
            });
          },
          unprotect(password?: string) {
            x.queue({ p: path, call: "protection.unprotect" }, () => {
              const s = sheetFn();
              if (s.protected && s.password && s.password !== password)
                throw new FakeExcelError("InvalidArgument", `the password of ${s.name} is wrong`);
              s.protected = false;
              s.password = undefined;
            });
          },
        };
        return me;
      })(),
      get pageLayout() {
        const set = (k: keyof FakePageLayout) => (v: any) =>
          x.queue({ p: `${path}/pageLayout`, set: k, v }, () => (sheetFn().pageLayout[k] = v));
        return {
          set orientation(v: string) {
            set("orientation")(v);
          },
          set paperSize(v: string) {
            set("paperSize")(v);
          },
          set zoom(v: unknown) {
            set("zoom")(v);
          },
          setPrintTitleRows(v: string) {
            x.queue({ p: `${path}/pageLayout`, call: "setPrintTitleRows", a: [v] }, () => {
              if (!/^\$?\d+:\$?\d+$/.test(v)) throw new FakeExcelError("InvalidArgument", `bad title rows ${v}`);
              sheetFn().pageLayout.printTitleRows = v;
            });
          },
          headersFooters: {
            defaultForAllPages: {
              set centerHeader(v: string) {
                set("centerHeader")(v);
              },
              set centerFooter(v: string) {
                set("centerFooter")(v);
              },
            },
          },
        };
      },
      set tabColor(v: string) {
        x.queue({ p: path, set: "tabColor", v }, () => (sheetFn().tabColor = v));
      },
      set visibility(v: string) {
        x.queue({ p: path, set: "visibility", v }, () => (sheetFn().visibility = v));
      },
      delete() {
        x.queue({ p: path, call: "delete" }, () => {
          const s = sheetFn();
          x.sheets = x.sheets.filter((o) => o !== s);
          x.tables = x.tables.filter((t) => t.sheet !== s);
        });
      },
    };
  }

  private workbook(): any {
    const x = this;
    const collection = <T>(path: string, snapshot: () => T[]) => {
      let items: T[] | null = null;
      return {
        load(props: string) {
          x.queue({ p: path, load: props }, () => (items = snapshot()));
        },
        get items(): T[] {
          if (!items) throw new FakeExcelError("PropertyNotLoaded", `${path}.items: call load() and sync() first`);
          return items;
        },
      };
    };
    const tableProxy = (name: string) => {
      const path = `tables(${name})`;
      const t = () => x.table(name);
      const rect = (fn: (t: FakeTable) => Rect) => () => fn(t());
      return {
        getRange: () =>
          x.rangeProxy(
            () => t().sheet,
            rect((tt) => tt),
            `${path}/range`,
          ),
        getHeaderRowRange: () =>
          x.rangeProxy(
            () => t().sheet,
            rect((tt) => ({ ...tt, bottom: tt.top })),
            `${path}/headerRow`,
          ),
        getDataBodyRange: () =>
          x.rangeProxy(
            () => t().sheet,
            rect((tt) => ({ ...tt, top: tt.top + 1 })),
            `${path}/body`,
          ),
        columns: {
          getItem(header: string) {
            return {
              getDataBodyRange: () =>
                x.rangeProxy(
                  () => t().sheet,
                  rect((tt) => {
                    for (let c = tt.left; c <= tt.right; c++)
                      if (String(tt.sheet.cell(tt.top, c)?.value ?? "") === header)
                        return { top: tt.top + 1, bottom: tt.bottom, left: c, right: c };
                    throw new FakeExcelError("ItemNotFound", `no column ${header} in ${name}`);
                  }),
                  `${path}/columns(${header})/body`,
                ),
            };
          },
        },
        convertToRange() {
          x.queue({ p: path, call: "convertToRange" }, () => {
            const tt = t();
            x.tables = x.tables.filter((o) => o !== tt);
          });
        },
      };
    };
    const worksheets = collection("worksheets", () =>
      x.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    );
    const tables = collection("tables", () =>
      x.tables.map((t) => {
        const columns: { name: string }[] = [];
        for (let c = t.left; c <= t.right; c++) columns.push({ name: String(t.sheet.cell(t.top, c)?.value ?? "") });
        return { name: t.name, worksheet: { name: t.sheet.name }, columns: { items: columns } };
      }),
    );
    const names = collection("names", () => [...x.names.keys()].map((name) => ({ name })));
    return {
      worksheets: Object.assign(worksheets, {
        getItem: (name: string) => x.worksheetProxy(() => x.sheet(name).name, `worksheets(${name})`),
        /** Like Excel: a sheet proxy whose isNullObject is known after a load and a sync. */
        getItemOrNullObject(name: string) {
          const path = `worksheets(${name})?`;
          const proxy = x.worksheetProxy(() => x.sheet(name).name, path);
          let isNull: boolean | undefined;
          proxy.load = (props: string) => {
            x.queue({ p: path, load: props }, () => {
              isNull = !x.sheets.some((sh) => sh.name.toLowerCase() === name.toLowerCase());
            });
            return proxy;
          };
          Object.defineProperty(proxy, "isNullObject", {
            get() {
              if (isNull === undefined) throw new FakeExcelError("PropertyNotLoaded", "isNullObject needs a sync");
              return isNull;
            },
          });
          return proxy;
        },
        add(name: string) {
          x.queue({ p: "worksheets", call: "add", a: [name] }, () => {
            if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
              throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
            if (x.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
              throw new FakeExcelError("ItemAlreadyExists", `sheet ${name}`);
            x.sheets.push(new FakeSheet(name));
          });
          return x.worksheetProxy(() => name, `worksheets(${name})`);
        },
      }),
      tables: Object.assign(tables, { getItem: (name: string) => tableProxy(name) }),
      names: Object.assign(names, {
        add(name: string, ref: string) {
          x.queue({ p: "names", call: "add", a: [name, ref] }, () => {
            if ([...x.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
              throw new FakeExcelError("ItemAlreadyExists", `name ${name}`);
            x.names.set(name, ref);
          });
        },
        getItem(name: string) {
          const find = () => {
            const k = [...x.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
            if (!k) throw new FakeExcelError("ItemNotFound", `no name ${name}`);
            return k;
          };
          return {
            set formula(v: string) {
              x.queue({ p: `names(${name})`, set: "formula", v }, () => x.names.set(find(), v));
            },
            delete() {
              x.queue({ p: `names(${name})`, call: "delete" }, () => x.names.delete(find()));
            },
            /** The range a name refers to (a single-area reference such as `='说明'!$B$3`). */
            getRange() {
              const target = () => parseRange(x.names.get(find())!.replace(/^=/, "").replace(/\$/g, ""));
              return x.rangeProxy(
                () => x.sheet(target().sheet!),
                () => {
                  const r = target();
                  return { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col };
                },
                `names(${name})/range`,
              );
            },
          };
        },
      }),
    };
  }
}

export { columnLetter };
