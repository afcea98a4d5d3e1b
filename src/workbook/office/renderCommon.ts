/**
 * What the phases of the office.js renderer (./render.ts) share: the public option and report
 * types, the error, the per-call environment (form, host capabilities, request budget, counted
 * sync) and the geometry of planned tables.
 */
import { parseAddress, parseRange } from "../a1";
import type { MergeReport } from "../merge";
import type { FormulaForm, SheetPlan, TablePlan } from "../plan";
import { FEATURE_SETS, type Feature } from "./capabilities";

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
  /** Per re-injected table: what was kept, and how many typed cells came back from the safety copy. */
  merges: ({ table: string; sheet: string; restored: number } & MergeReport)[];
  /** Every case the user should read about (Chinese / English), one line each. */
  notices: string[];
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

/** One applyPlan call's settings and its counted `context.sync`, passed to every phase. */
export interface RenderEnv {
  context: Excel.RequestContext;
  form: FormulaForm;
  supports: (set: string, version: string) => boolean;
  /** Whether the host has the requirement set a feature needs. */
  has: (f: Feature) => boolean;
  /** Largest request, in bytes, a write sync may carry. */
  budget: number;
  /** `context.sync()`, counted in `syncs`. */
  sync: () => Promise<void>;
  /** How many times `sync` has run in this call. */
  syncs: number;
}

export function renderEnv(context: Excel.RequestContext, options: OfficeRenderOptions): RenderEnv {
  const supports = options.supports ?? (() => true);
  const env: RenderEnv = {
    context,
    form: options.form,
    supports,
    has: (f: Feature) => supports("ExcelApi", FEATURE_SETS[f]),
    budget: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    syncs: 0,
    sync: async () => {
      env.syncs++;
      await context.sync();
    },
  };
  return env;
}

/** A planned sheet after merging, with the name it gets and whether it exists already. */
export interface SheetToWrite {
  plan: SheetPlan;
  name: string;
  exists: boolean;
  /** Where tables a failed inject left as plain cells are (cleared before the table is written again). */
  ghosts?: string[];
  /** Cells outside tables left as the user typed them instead of our title or label. */
  keptCells?: string[];
  /** Where the table now starts when rows inserted or deleted above it moved it (written there). */
  movedTo?: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export function rectOf(address: string): Rect {
  const r = parseRange(address);
  return { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col };
}
export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export type TableRect = Rect & { first: number; last: number };

/** Where a planned table sits: header row + data rows (blank rows included, at least one). */
export function tableRect(t: TablePlan): TableRect {
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

/**
 * Sheets laid out wholly by the plan, from the sources chosen: 说明 (protected; its one input, the
 * report date, is merged back like every input cell), the embedded catalog and 汇总 (protected,
 * formulas only). Their tables move when a source is added or removed, so the whole used range is
 * cleared and rewritten instead of refusing a "moved" table.
 */
export const REWRITTEN_WHOLE: ReadonlySet<SheetPlan["kind"]> = new Set(["about", "catalog", "summary"]);
