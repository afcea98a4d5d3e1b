/**
 * The workbook behind the transport of Microsoft's Excel client library (./officeClient.ts): it
 * reads a request as the library serialized it — object paths (1 global = the workbook, 3 method,
 * 4 property, 5 indexer, 6 reference) and actions (1 instantiate, 2 query, 3 method, 4 set
 * property, 5 trace) — plays it against the recording fake's workbook model (../fakeExcel.ts) in
 * order, and answers the way Excel answers: results by action id, PascalCase properties, `_Items`
 * for collections, `null` for a null object, and on failure `Body.Error` with the index of the
 * failing action (the operations before it have run, as in Excel).
 *
 * The fake model checks what Excel checks and the client library does not: addresses, the shape of
 * value arrays against the range, overlapping tables, sheet and table names, locked cells.
 *
 * A query is answered with the properties it selects and no others, as Excel does
 * (learn.microsoft.com/javascript/api/office/officeextension.loadoption): an extra property in the
 * answer would count as loaded in the library and hide a read the code never loaded. Excel has a
 * calculation engine and the stand-in none: the value of a formula cell is what `calculate` says (a
 * test gives the results it needs), and without it the fake's placeholder.
 *
 * What the pane uses beyond the renderer, as Microsoft documents it (all ExcelApi 1.1):
 * Workbook.getSelectedRange (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)),
 * WorksheetCollection.getActiveWorksheet (…/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)),
 * Range.text, rowIndex and columnIndex (…/excel.range#excel-excel-range-text-member: the displayed
 * text of each cell; rowIndex/columnIndex zero-based), Application.calculate with an
 * Excel.CalculationType of "Recalculate", "Full" or "FullRebuild" (…/excel.calculationtype);
 * Range.getIntersectionOrNullObject (ExcelApi 1.4), and Range.getRow and getBoundingRect, which the
 * client calls itself to split a large write. A get of more than five million cells fails, as in
 * Excel on every platform (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
import { cellAddress, parseRange, sheetRef } from "../../../../src/workbook/a1";
import { FakeExcel, FakeExcelError, FakeRange, type FakeCell } from "../fakeExcel";

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
interface Body {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A fake's plain snapshot object in Excel's wire format. */
function wire(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(wire);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k === "items" ? "_Items" : pascal(k)] = wire(x);
  return out;
}

/** A formula cell whose result a test asks for: its sheet, address (e.g. "L4") and formula. */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
}
type Scalar = string | number | boolean;

const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"];

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** An address within a sheet: "B3:H6", whole columns "B:H" or whole rows "3:6". */
function rectOf(address: string): Rect {
  const a = address.replace(/\$/g, "");
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) {
    const col = (l: string) => parseRange(`${l}1`).from.col;
    return { top: 1, bottom: MAX_ROW, left: col(cols[1]), right: col(cols[2]) };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COL };
  const r = parseRange(a);
  return { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col };
}

/** The sheet and cells of a range object of the fake or the stand-in, when the batch runs; null for a null object. */
function areaOf(o: any): { sheet: string; rect: Rect } | null {
  if (o instanceof FakeRange) {
    try {
      return { sheet: o.sheetRefFn().name, rect: o.rectFn() };
    } catch (e) {
      // A used range of an empty sheet is a null object (getUsedRangeOrNullObject).
      if (e instanceof FakeExcelError && e.code === "ItemNotFound" && o.path.endsWith("usedRange")) return null;
      throw e;
    }
  }
  if (o?.standInRange === true) return o.find();
  throw new Error("the stand-in cannot intersect with this object");
}

/**
 * The properties a query selects, and only those: `a/b` selects b of the object a; on a collection
 * property (`columns/name`) it selects name of each item.
 */
function pick(o: any, select: string[]): unknown {
  if (o === null || typeof o !== "object") return o;
  if (!select.length) return wire(o);
  if ("items" in o && Array.isArray(o.items)) return { _Items: o.items.map((it: unknown) => pick(it, select)) };
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const s of select) {
    const [head, ...rest] = s.split("/");
    if (!rest.length) out[pascal(head)] = wire(o[head]);
    else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
  }
  for (const [head, rest] of nested) out[pascal(head)] = pick(o[head], rest);
  return out;
}

export class StandIn {
  /** Syncs answered, and the largest request body (bytes of its JSON). */
  syncs = 0;
  maxRequestBytes = 0;
  /** Application.calculate calls, by calculation type, in the order Excel ran them. */
  calculations: string[] = [];
  /** What Excel's calculation would show for a formula cell (the stand-in computes nothing). */
  calculate?: (cell: FormulaCell) => Scalar;

  constructor(readonly x: FakeExcel) {
    const me = this;
    const wb = x.context.workbook;
    wb.application = {
      calculate(type: string) {
        x.queue({ p: "application", call: "calculate", a: [type] }, () => {
          if (!CALCULATION_TYPES.includes(type))
            throw new FakeExcelError("InvalidArgument", `calculationType ${type} is not an Excel.CalculationType`);
          me.calculations.push(type);
        });
      },
    };
    wb.getSelectedRange = () => me.selectedRange();
    wb.worksheets.getActiveWorksheet = () => {
      const name = x.activeSheet ?? x.sheets.find((sh) => sh.visibility === "Visible")?.name;
      if (!name) throw new FakeExcelError("ItemNotFound", "no active sheet");
      return wb.worksheets.getItem(name);
    };
  }

  /**
   * Methods the fake's objects lack. Range.getRow (ExcelApi 1.1, zero-based row within the range:
   * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrow-member(1)) is what
   * Microsoft's client itself calls when it splits a large write into rows.
   */
  private extra(o: unknown, name: string): ((...args: any[]) => unknown) | undefined {
    if (o instanceof FakeRange && name === "GetRow")
      return (row: number) =>
        new FakeRange(
          this.x,
          o.sheetRefFn,
          () => {
            const r = o.rectFn();
            if (!Number.isInteger(row) || row < 0 || r.top + row > r.bottom)
              throw new FakeExcelError("InvalidArgument", `row ${row} is outside ${o.path}`);
            return { ...r, top: r.top + row, bottom: r.top + row };
          },
          `${o.path}/row(${row})`,
        );
    // Range.getBoundingRect (ExcelApi 1.1: the smallest range holding both, on one sheet:
    // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getboundingrect-member(1)).
    if (o instanceof FakeRange && name === "GetBoundingRect")
      return (other: unknown) =>
        new FakeRange(
          this.x,
          o.sheetRefFn,
          () => {
            if (!(other instanceof FakeRange) || other.sheetRefFn() !== o.sheetRefFn())
              throw new FakeExcelError("InvalidArgument", "getBoundingRect needs a range on the same sheet");
            const a = o.rectFn();
            const b = other.rectFn();
            return {
              top: Math.min(a.top, b.top),
              left: Math.min(a.left, b.left),
              bottom: Math.max(a.bottom, b.bottom),
              right: Math.max(a.right, b.right),
            };
          },
          `${o.path}/bound`,
        );
    return undefined;
  }

  /** The user selects a range (one area) on a sheet, which becomes the active sheet. */
  select(sheet: string, address: string): void {
    this.x.sheet(sheet);
    this.x.activeSheet = sheet;
    this.x.selected = `${sheetRef(sheet)}!${address}`; // as the fake writes addresses
  }

  /** A request context's own object paths: each context numbers them from 1. */
  session(): { execute(body: Body): Promise<unknown> } {
    const objects = new Map<number, any>();
    return { execute: (body) => this.execute(body, objects) };
  }

  /** What a user sees in a cell: the calculated result of a formula, the value otherwise. */
  private shown(sheet: string, row: number, col: number, c: FakeCell | undefined): Scalar | "" {
    if (c?.formula)
      return this.calculate
        ? this.calculate({ sheet, address: cellAddress(col, row), formula: c.formula })
        : (c.value ?? "");
    return c?.value ?? "";
  }

  /**
   * Range.text: each cell as displayed. General shows numbers as typed; a percent format as a percent.
   * Any other number format the stand-in refuses rather than guesses.
   */
  private text(sheet: string, row: number, col: number, c: FakeCell | undefined): string {
    const v = this.shown(sheet, row, col, c);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v === "string") return v;
    const fmt = c?.numberFormat ?? "General";
    if (fmt === "General") {
      const t = String(v);
      if (t.replace(/^-/, "").replace(".", "").length > 11)
        throw new Error(`the stand-in does not display ${t} in General (Excel rounds to 11 characters)`);
      return t;
    }
    const pct = /^0(\.(0+))?%$/.exec(fmt);
    if (pct) return `${(v * 100).toFixed(pct[2]?.length ?? 0)}%`;
    throw new Error(`the stand-in does not display the number format ${fmt}`);
  }

  /** Workbook.getSelectedRange: the selection's cells, read when the batch runs. */
  private selectedRange(): any {
    const x = this.x;
    return this.cellRange(() => {
      // Excel always has a selection; a test that reads it says where it is (select()).
      if (!x.selected || !x.activeSheet) throw new Error("the test selected nothing: call standIn.select()");
      const bang = x.selected.lastIndexOf("!");
      const sheet = x.sheet(parseRange(`${x.selected.slice(0, bang)}!A1`).sheet!).name;
      return { sheet, rect: rectOf(x.selected.slice(bang + 1)) };
    });
  }

  /**
   * A range of cells found when the batch runs (null: a null object), with what the pane reads of it:
   * address, values, text, rowIndex, columnIndex. Excel refuses a get of more than five million cells
   * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
   */
  private cellRange(find: () => { sheet: string; rect: Rect } | null): any {
    const x = this.x;
    const me = this;
    let loaded: Record<string, unknown> | null = null;
    const range = {
      standInRange: true,
      find,
      load(props: string) {
        x.queue({ p: "cellRange", load: props }, () => {
          const at = find();
          if (!at) {
            loaded = { isNullObject: true };
            return;
          }
          const { sheet, rect: r } = at;
          const s = x.sheet(sheet);
          const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
          if (cells > 5_000_000 && /values|text/.test(props))
            throw new FakeExcelError("GeneralException", `a get of ${cells} cells: Excel's limit is five million`);
          const grid = <T>(fn: (row: number, col: number, c: FakeCell | undefined) => T) => {
            const out: T[][] = [];
            for (let row = r.top; row <= r.bottom; row++) {
              const line: T[] = [];
              for (let col = r.left; col <= r.right; col++) line.push(fn(row, col, s.cell(row, col)));
              out.push(line);
            }
            return out;
          };
          loaded = {
            isNullObject: false,
            address: `${sheetRef(s.name)}!${cellAddress(r.left, r.top)}${r.top === r.bottom && r.left === r.right ? "" : `:${cellAddress(r.right, r.bottom)}`}`,
            rowIndex: r.top - 1,
            columnIndex: r.left - 1,
          };
          const wanted = props.split(",").map((p) => p.trim());
          if (wanted.includes("values")) loaded.values = grid((row, col, c) => me.shown(s.name, row, col, c));
          if (wanted.includes("text")) loaded.text = grid((row, col, c) => me.text(s.name, row, col, c));
        });
        return range;
      },
      get loaded() {
        return loaded;
      },
      get isNullObject() {
        if (!loaded) throw new Error("the stand-in knows a null object after a load");
        return loaded.isNullObject === true;
      },
      /** Range.getIntersectionOrNullObject (ExcelApi 1.4, …/excel.range#excel-excel-range-getintersectionornullobject-member(1)). */
      getIntersectionOrNullObject(other: any) {
        return me.cellRange(() => {
          const a = find();
          const b = areaOf(other);
          if (!a || !b || a.sheet !== b.sheet) return null;
          const r = {
            top: Math.max(a.rect.top, b.rect.top),
            left: Math.max(a.rect.left, b.rect.left),
            bottom: Math.min(a.rect.bottom, b.rect.bottom),
            right: Math.min(a.rect.right, b.rect.right),
          };
          return r.top > r.bottom || r.left > r.right ? null : { sheet: a.sheet, rect: r };
        });
      },
    };
    return range;
  }

  private args(objects: Map<number, any>, info: ObjectPath["ArgumentInfo"], paths: Body["ObjectPaths"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.resolve(objects, id, paths);
    });
    return args;
  }

  private resolve(objects: Map<number, any>, id: number, paths: Body["ObjectPaths"]): any {
    if (objects.has(id)) return objects.get(id);
    const p = paths[String(id)];
    if (!p) throw new Error(`the request names object path ${id} without sending it`);
    const parent = () => this.resolve(objects, p.ParentObjectPathId!, paths);
    let obj: any;
    switch (p.ObjectPathType) {
      case 1:
        obj = this.x.context.workbook;
        break;
      case 3: {
        const o = parent();
        const fn = o[camel(p.Name)] ?? this.extra(o, p.Name);
        if (typeof fn !== "function") throw new Error(`the stand-in has no method ${p.Name}`);
        obj = fn.apply(o, this.args(objects, p.ArgumentInfo, paths));
        break;
      }
      case 4: {
        const o = parent();
        if (!(camel(p.Name) in o)) throw new Error(`the stand-in has no property ${p.Name}`);
        obj = o[camel(p.Name)];
        break;
      }
      case 5:
        obj = parent().getItem(...this.args(objects, p.ArgumentInfo, paths));
        break;
      default:
        throw new Error(`object path type ${p.ObjectPathType} is not played by the stand-in`);
    }
    objects.set(id, obj);
    return obj;
  }

  private async execute(body: Body, objects: Map<number, any>): Promise<unknown> {
    this.syncs++;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, Buffer.byteLength(JSON.stringify(body), "utf8"));
    const pending = () => (this.x as any).pending.length as number;
    /** For each action, the number of fake operations queued before it. */
    const opsBefore: number[] = [];
    const answers: (() => unknown)[] = [];
    try {
      for (const a of body.Actions) {
        opsBefore.push(pending());
        switch (a.ActionType) {
          case 1: {
            const o = this.resolve(objects, a.ObjectPathId, body.ObjectPaths);
            const path = body.ObjectPaths[String(a.ObjectPathId)];
            const name = path?.ArgumentInfo?.Arguments?.[0];
            if (path?.Name === "GetItemOrNullObject")
              answers.push(() =>
                this.x.sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase()) ? {} : null,
              );
            // A range that is a null object (an empty intersection) answers null, as its query does.
            else if (o?.standInRange === true) answers.push(() => (o.find() ? {} : null));
            else answers.push(() => ({}));
            break;
          }
          case 2: {
            const o = this.resolve(objects, a.ObjectPathId, body.ObjectPaths);
            const select = a.QueryInfo?.Select ?? [];
            // A worksheet's properties are read live when the answer is made, after the batch ran.
            if (typeof o.load === "function") o.load(select.join(","));
            else if ("items" in o) throw new Error(`the stand-in cannot load ${a.ObjectPathId}`);
            answers.push(() => this.answer(o, select));
            break;
          }
          case 3: {
            const o = this.resolve(objects, a.ObjectPathId, body.ObjectPaths);
            // The library's own bookkeeping (_KeepReference for tracked objects): nothing to do.
            if (a.Name.startsWith("_")) {
              answers.push(() => null);
              break;
            }
            const fn = o[camel(a.Name)];
            if (typeof fn !== "function") throw new Error(`the stand-in has no method ${a.Name}`);
            fn.apply(o, this.args(objects, a.ArgumentInfo, body.ObjectPaths));
            answers.push(() => null);
            break;
          }
          case 4: {
            const o = this.resolve(objects, a.ObjectPathId, body.ObjectPaths);
            const key = camel(a.Name);
            const d =
              Object.getOwnPropertyDescriptor(o, key) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(o), key);
            if (!d?.set) throw new Error(`the stand-in cannot set ${a.Name}`);
            o[key] = this.args(objects, a.ArgumentInfo, body.ObjectPaths)[0];
            answers.push(() => null);
            break;
          }
          default:
            answers.push(() => null);
        }
      }
      opsBefore.push(pending());
      const ran = this.x.opsRun;
      try {
        await this.x.sync();
      } catch (e) {
        const failedOp = this.x.opsRun - ran;
        const index = Math.max(0, opsBefore.findIndex((n) => n > failedOp) - 1);
        return this.error(e, index);
      }
      return {
        ErrorCode: null,
        HttpStatusCode: 200,
        Headers: {},
        Body: { Results: body.Actions.map((a, i) => ({ ActionId: a.Id, Value: answers[i]() })) },
      };
    } catch (e) {
      // A request the stand-in cannot play is a test failure, reported as Excel's error would be.
      return this.error(e, opsBefore.length - 1);
    }
  }

  private answer(o: any, select: string[]): unknown {
    if (typeof o.isNullObject === "boolean" || "isNullObject" in o) {
      try {
        if (o.isNullObject) return null;
      } catch {
        /* not nullable */
      }
    }
    if ("items" in o) return { _Items: o.items.map((it: unknown) => pick(it, select)) };
    if (o.standInRange === true) return pick(o.loaded, select);
    if (o instanceof FakeRange && select.some((p) => p === "values" || p === "text" || p === "formulas")) {
      const r = o.rectFn();
      const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      if (cells > 5_000_000)
        throw new FakeExcelError("GeneralException", `a get of ${cells} cells: Excel's limit is five million`);
    }
    if (o instanceof FakeRange && select.some((s) => s === "values" || s === "text")) {
      // A range: values of formula cells are Excel's results.
      const out = pick(
        o,
        select.filter((s) => s !== "values" && s !== "text"),
      ) as Record<string, unknown>;
      const r = parseRange(o.address);
      const sheet = r.sheet!;
      const formulas: unknown[][] = o.formulas;
      const fake: unknown[][] = o.values;
      const values = fake.map((line, i) =>
        line.map((v, j) => {
          const f = formulas[i][j];
          if (typeof f !== "string" || !f.startsWith("=")) return v;
          const c = this.x.sheet(sheet).cell(r.from.row + i, r.from.col + j);
          return this.shown(sheet, r.from.row + i, r.from.col + j, c);
        }),
      );
      if (select.includes("values")) out.Values = values;
      if (select.includes("text"))
        out.Text = values.map((line, i) =>
          line.map((_, j) =>
            this.text(sheet, r.from.row + i, r.from.col + j, this.x.sheet(sheet).cell(r.from.row + i, r.from.col + j)),
          ),
        );
      return out;
    }
    return pick(o, select);
  }

  private error(e: unknown, actionIndex: number): unknown {
    const code = e instanceof FakeExcelError ? e.code : "GeneralException";
    const message = e instanceof Error ? e.message : String(e);
    return {
      ErrorCode: null,
      HttpStatusCode: 200,
      Headers: {},
      Body: { Error: { Code: code, Message: message, ActionIndex: actionIndex, Location: "" }, Results: [] },
    };
  }
}
