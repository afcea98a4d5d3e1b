/**
 * The full pane's state, apart from how it looks: which sources are ticked and which the workbook
 * already holds, the formula form and report date, the preview of the sheets an insert will write
 * (../workbook/buildPlan.ts `previewPlan`, the plan builder's own summary), and running an insert or
 * a download through the host's callback. ./components/Pane.tsx renders it; a further view of the
 * pane can read the same state.
 */
import * as React from "react";
import { isoDateProblem } from "../core/dates";
import type { Catalog } from "../core/schema";
import { buildPlan, previewPlan } from "../workbook/buildPlan";
import type { FormulaForm } from "../workbook/plan";
import { todayIso, type InsertRequest, type PaneProps, type PaneResult, type PreviewSheet } from "./model";

export interface PaneState {
  selected: string[];
  setSelected(selected: string[]): void;
  /** Sources the workbook holds: its embedded catalog's, plus those inserted since the pane opened. */
  inWorkbook: string[];
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

export function usePaneState(props: PaneProps): PaneState {
  const { catalog, capabilities, mode } = props;
  const embedded = props.embedded ?? { state: "none" };
  const [inserted, setInserted] = React.useState<string[]>([]);
  const embeddedSources = embedded.state === "ok" ? embedded.sources : undefined;
  const inWorkbook = React.useMemo(
    () => [...new Set([...(embeddedSources ?? []), ...inserted])],
    [embeddedSources, inserted],
  );
  // A downloaded file may take either form (web mode); inserting the add-in form needs custom functions.
  const addinAvailable = mode === "web" || capabilities.customFunctions;
  const [selected, setSelected] = React.useState<string[]>(props.initialSelected ?? []);
  const [chosenForm, setForm] = React.useState<FormulaForm>(
    mode === "excel" && capabilities.customFunctions ? "addin" : "portable",
  );
  const [reportDate, setReportDate] = React.useState(props.defaultReportDate ?? todayIso());
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<PaneResult | null>(null);

  const form: FormulaForm = addinAvailable ? chosenForm : "portable";
  const sourceIds = React.useMemo(
    () => catalog.sources.map((s) => s.id).filter((id) => selected.includes(id) || inWorkbook.includes(id)),
    [catalog, selected, inWorkbook],
  );
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
        setInserted(request.sourceIds);
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

  return {
    selected,
    setSelected,
    inWorkbook,
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
