/**
 * The pane's contract and its pure helpers: what the pane asks of its host (insert into Excel, or
 * download an .xlsx) and what it gets back, what the runtime knows of the workbook's embedded catalog,
 * and filtering the catalog's sources. Components and their hosts (./excel.ts, ./web/download.ts,
 * ./App.tsx) share these types from here; this module has no React and no office.js.
 */
import type { Catalog, Source } from "../core/schema";
import type { SheetPreview } from "../workbook/buildPlan";
import type { Capabilities } from "../workbook/office/capabilities";
import type { IndicatorRow, ProgressSummary, TaskRow } from "../core/progress";
import type { RowLocation, SourceName } from "../workbook/office/readProgress";
import type { FormulaForm } from "../workbook/plan";
import type { Importer } from "./import/types";

export interface InsertRequest {
  /**
   * The sources the workbook holds after the insert: the ones ticked. A source the workbook held and
   * the user unticked leaves it (its own sheets stay; docs/WORKBOOK.md, "Removing a source").
   */
  sourceIds: string[];
  form: FormulaForm;
  reportDate: string;
}

export interface InsertOutcome {
  sheets: number;
  kept: number;
  syncs: number;
  skipped: string[];
  /** What a re-inject kept or recognised, one line per case (Chinese / English). */
  notices?: string[];
}

/** The workbook's embedded catalog, as the runtime found it (./embedded.ts). */
export type EmbeddedStatus =
  | { state: "none" }
  | {
      state: "ok";
      version: string;
      /** The sources the workbook holds (written by its last insert). */
      sources: string[];
      sameAsAddin: boolean;
      recalcFailed?: boolean;
      /** The embedded catalog itself: the pane lists the user's own sources it carries. */
      catalog?: Catalog;
    }
  | { state: "damaged"; message: string };

export interface PaneProps {
  mode: "excel" | "web";
  catalog: Catalog;
  capabilities: Capabilities;
  embedded?: EmbeddedStatus;
  /** Inside Excel: write the plan into the open workbook. */
  onInsert?(request: InsertRequest): Promise<InsertOutcome>;
  /** Outside Excel (web page): build and download an .xlsx. */
  onDownload?(request: InsertRequest): Promise<void>;
  /** Default report date (YYYY-MM-DD); today when absent. */
  defaultReportDate?: string;
  /** Sources already ticked (on the pane's first paint, before this component loaded). */
  initialSelected?: string[];
  /** Inside Excel: the 进度看板 over the open workbook (./board/host.ts). */
  board?: BoardHost;
  /** "导入政策来源": the user's own source, into this workbook (Excel) or a download (web). */
  importer?: Importer;
}

/** What the 进度看板 shows: the counts, and where each listed row is in the workbook. */
export interface BoardData {
  summary: ProgressSummary;
  where: ReadonlyMap<object, RowLocation>;
  /** Tables that could not be counted, one line each ("中文 / English"). */
  problems: string[];
  /** No indicator row holds an actual value (every one counts as 无数据). */
  noActuals: boolean;
  syncs: number;
}

/** The open workbook's rows for the 通报 (../workbook/office/readProgress.ts) and its file name. */
export interface ReportSource {
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  reportDate: string | null;
  file: string;
}

/**
 * The board reads the workbook with the pane's sources (its catalog plus the user's own sources the
 * workbook carries), so that a user source's rows are named by its ID, not guessed from a table name.
 */
export interface BoardHost {
  read(sources?: readonly SourceName[]): Promise<BoardData>;
  /** The rows for the pane's 通报 (./report/ReportButton.tsx); no button without it. */
  readReport?(sources?: readonly SourceName[]): Promise<ReportSource>;
  /** Activates the row's sheet and selects the row. */
  select(at: RowLocation): Promise<void>;
}

/** What the last insert or download came to, as the pane reports it. */
export type PaneResult =
  { ok: true; outcome: InsertOutcome } | { ok: true; downloaded: true } | { ok: false; message: string };

/** A sheet the next insert will write (../workbook/buildPlan.ts previewPlan). */
export type PreviewSheet = SheetPreview;

export type SourceKind = Source["kinds"][number];

export interface SourceFilter {
  query: string;
  /** "" = every region. */
  region: string;
  /** "" = every kind. */
  kind: SourceKind | "";
}

export function regionsOf(catalog: Catalog): string[] {
  return [...new Set(catalog.sources.map((s) => s.region))];
}

/** Case- and width-insensitive match of the query against ID, names, document number, issuer. */
export function filterSources(catalog: Catalog, f: SourceFilter): Source[] {
  const q = f.query.normalize("NFKC").trim().toLowerCase();
  return catalog.sources.filter((s) => {
    if (f.region && s.region !== f.region) return false;
    if (f.kind && !s.kinds.includes(f.kind)) return false;
    if (!q) return true;
    const hay = [s.id, s.shortName, s.title, s.docNumber ?? "", s.issuer, s.region]
      .join(" ")
      .normalize("NFKC")
      .toLowerCase();
    return q.split(/\s+/).every((w) => hay.includes(w));
  });
}

export { countsOf, type SourceCounts } from "../catalog/summarize";

/** Today as YYYY-MM-DD in local time (the report date's default). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
