/**
 * The full pane's state, apart from how it looks: which sources are ticked and which the workbook
 * already holds, the formula form and report date, the preview of the sheets an insert will write
 * (../workbook/buildPlan.ts `previewPlan`, the plan builder's own summary), and running an insert or
 * a download through the host's callback. ./components/Pane.tsx renders it; a further view of the
 * pane can read the same state.
 *
 * The sources listed are the add-in's catalog plus the user's own sources the open workbook carries
 * in its embedded catalog (./import/workbookCatalog.ts), after the built-in ones. Ticked means "in
 * the workbook after the next insert": a source the workbook holds starts ticked, and one unticked
 * leaves the workbook on the next insert (`removing`, which the pane warns about first).
 */
import * as React from "react";
import { isoDateProblem } from "../core/dates";
import type { Catalog } from "../core/schema";
import { buildPlan, previewPlan } from "../workbook/buildPlan";
import type { FormulaForm } from "../workbook/plan";
import { userSourceIds, withUserSources } from "./import/workbookCatalog";
import { todayIso, type InsertRequest, type PaneProps, type PaneResult, type PreviewSheet } from "./model";

export interface PaneState {
  /** What the pane lists and plans with: the add-in's catalog plus the workbook's user sources. */
  catalog: Catalog;
  /** The user's own sources among `catalog.sources` (not built in). */
  userSources: string[];
  selected: string[];
  setSelected(selected: string[]): void;
  /** Sources the workbook holds: its embedded catalog's list, or what the last insert or import wrote. */
  inWorkbook: string[];
  /** Sources the workbook holds that are unticked: the next insert takes them out of it. */
  removing: string[];
  /** Inside Excel, after "导入政策来源" wrote `sourceIds` into the workbook with `catalog`. */
  imported(catalog: Catalog, sourceIds: string[]): void;
  /** Whether the add-in form (POLICY.* formulas) can be chosen here. */
  addinAvailable: boolean;
  /** The form that will be written: the chosen one, or "portable" where the add-in form is not available. */
  form: FormulaForm;
  setForm(form: FormulaForm): void;
  reportDate: string;
  setReportDate(date: string): void;
  /** Why the report date cannot be used (Chinese / English), or undefined. */
  reportDateError: string | undefined;
  preview: PreviewSheet[];
  busy: boolean;
  result: PaneResult | null;
  canInsert: boolean;
  canDownload: boolean;
  /** False while busy, with nothing ticked, or with a report date that cannot be used. */
  canRun: boolean;
  run(action: "insert" | "download"): Promise<void>;
}

/** The sheets the plan for these sources would write; none while nothing is ticked or the plan fails. */
function previewOf(catalog: Catalog, sourceIds: string[], form: FormulaForm, reportDate: string): PreviewSheet[] {
  try {
    const date = isoDateProblem(reportDate, "") ? undefined : reportDate;
    return previewPlan(buildPlan(catalog, sourceIds, { form, reportDate: date }));
  } catch {
    return [];
  }
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export function usePaneState(props: PaneProps): PaneState {
  const { capabilities, mode } = props;
  const embedded = props.embedded ?? { state: "none" };
  const embeddedSources = embedded.state === "ok" ? embedded.sources : undefined;
  const embeddedCatalog = embedded.state === "ok" ? embedded.catalog : undefined;
  // The catalog an import in this pane wrote into the workbook (it holds every user source before it).
  const [importedCatalog, setImportedCatalog] = React.useState<Catalog | null>(null);
  const catalog = React.useMemo(
    () => withUserSources(props.catalog, importedCatalog ?? embeddedCatalog ?? null),
    [props.catalog, importedCatalog, embeddedCatalog],
  );
  const userSources = React.useMemo(() => userSourceIds(props.catalog, catalog), [props.catalog, catalog]);
  // What the workbook holds once the pane has written to it; until then, what it held when opened.
  const [written, setWritten] = React.useState<string[] | null>(null);
  const inWorkbook = React.useMemo(
    () => (written ?? embeddedSources ?? []).filter((id) => catalog.sources.some((s) => s.id === id)),
    [written, embeddedSources, catalog],
  );
  // A downloaded file may take either form (web mode); inserting the add-in form needs custom functions.
  const addinAvailable = mode === "web" || capabilities.customFunctions;
  // What was ticked on the first paint, and what the workbook holds.
  const [selected, setSelected] = React.useState<string[]>(() => union(props.initialSelected ?? [], inWorkbook));
  const [chosenForm, setForm] = React.useState<FormulaForm>(
    mode === "excel" && capabilities.customFunctions ? "addin" : "portable",
  );
  const [reportDate, setReportDate] = React.useState(props.defaultReportDate ?? todayIso());
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<PaneResult | null>(null);

  const form: FormulaForm = addinAvailable ? chosenForm : "portable";
  const sourceIds = React.useMemo(
    () => catalog.sources.map((s) => s.id).filter((id) => selected.includes(id)),
    [catalog, selected],
  );
  const removing = React.useMemo(() => inWorkbook.filter((id) => !selected.includes(id)), [inWorkbook, selected]);
  const anySelected = selected.length > 0;
  const preview = React.useMemo(
    () => (anySelected ? previewOf(catalog, sourceIds, form, reportDate) : []),
    [catalog, sourceIds, anySelected, form, reportDate],
  );

  // Years 0000–0099 and dates before 1900 are refused with a message (the core check every surface uses).
  const reportDateError = isoDateProblem(reportDate, "报告日期 report date");
  const canInsert = mode === "excel" && !!props.onInsert;
  const canDownload = !!props.onDownload;

  const run = async (action: "insert" | "download") => {
    setBusy(true);
    setResult(null);
    const request: InsertRequest = { sourceIds, form, reportDate };
    try {
      if (action === "insert") {
        setResult({ ok: true, outcome: await props.onInsert!(request) });
        setWritten(request.sourceIds);
      } else {
        await props.onDownload!(request);
        setResult({ ok: true, downloaded: true });
      }
    } catch (e) {
      setResult({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  // The import keeps what the workbook held and adds its sources (./import/excelImport.ts).
  const imported = (next: Catalog, ids: string[]) => {
    setImportedCatalog(next);
    setWritten(union(inWorkbook, ids));
    setSelected((ticked) => union(ticked, ids));
  };

  return {
    catalog,
    userSources,
    selected,
    setSelected,
    inWorkbook,
    removing,
    imported,
    addinAvailable,
    form,
    setForm,
    reportDate,
    setReportDate,
    reportDateError,
    preview,
    busy,
    result,
    canInsert,
    canDownload,
    canRun: !busy && anySelected && reportDateError === undefined,
    run,
  };
}
