/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript method signatures; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * The task pane (SPEC §1 job 1): pick sources (search, filter), see what will be written, insert or
 * update. Everything Excel-specific comes in through props, so the same pane runs inside Excel
 * (`mode: "excel"`, `onInsert`) and as a web page (`mode: "web"`, `onDownload` — the slot the web
 * page issue fills with the .xlsx download).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { isoDateProblem } from "../../core/dates";
import type { Catalog } from "../../core/schema";
import { buildPlan } from "../../workbook/buildPlan";
import type { Capabilities } from "../../workbook/office/capabilities";
import type { FormulaForm } from "../../workbook/plan";
import { todayIso } from "../model";
import { both, STRINGS } from "../strings";
import { Bi } from "./Bi";
import { ImportSection } from "../import/ImportSection";
import type { Importer } from "../import/types";
import { PANE_LAYOUT } from "./paneLayout";
import { CapabilityBar, type EmbeddedStatus } from "./CapabilityBar";
import { InsertOptions } from "./InsertOptions";
import { PlanPreview, type PreviewSheet } from "./PlanPreview";
import { SourcePicker } from "./SourcePicker";

export interface InsertRequest {
  /** The sources to write: the ones ticked plus those the workbook already holds. */
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
  /** "导入政策来源": the user's own source, into this workbook (Excel) or a download (web). */
  importer?: Importer;
}

const useStyles = makeStyles({
  ...PANE_LAYOUT,
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Result = { ok: true; outcome: InsertOutcome } | { ok: true; downloaded: true } | { ok: false; message: string };

export function Pane(props: PaneProps): React.JSX.Element {
  const { catalog, capabilities, mode } = props;
  const styles = useStyles();
  const embedded = props.embedded ?? { state: "none" };
  const [inserted, setInserted] = React.useState<string[]>([]);
  const inWorkbook = React.useMemo(
    () => [...new Set([...(embedded.state === "ok" ? embedded.sources : []), ...inserted])],
    [embedded, inserted],
  );
  // A downloaded file may take either form (web mode); inserting the add-in form needs custom functions.
  const addinAvailable = mode === "web" || capabilities.customFunctions;
  const [selected, setSelected] = React.useState<string[]>(props.initialSelected ?? []);
  const [form, setForm] = React.useState<FormulaForm>(mode === "excel" && capabilities.customFunctions ? "addin" : "portable");
  const [reportDate, setReportDate] = React.useState(props.defaultReportDate ?? todayIso());
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);

  const effectiveForm: FormulaForm = addinAvailable ? form : "portable";
  const sourceIds = React.useMemo(
    () => catalog.sources.map((s) => s.id).filter((id) => selected.includes(id) || inWorkbook.includes(id)),
    [catalog, selected, inWorkbook],
  );
  const preview: PreviewSheet[] = React.useMemo(() => {
    if (!selected.length) return [];
    try {
      const plan = buildPlan(catalog, sourceIds, { form: effectiveForm, reportDate: isoDateProblem(reportDate, "") ? undefined : reportDate });
      return plan.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ key: s.key, name: s.name, rows: s.tables.reduce((n, t) => n + t.rows.length + (t.blankRows ?? 0), 0) }));
    } catch {
      return [];
    }
  }, [catalog, sourceIds, selected.length, effectiveForm, reportDate]);

  const canInsert = mode === "excel" && !!props.onInsert;
  const canDownload = !!props.onDownload;
  // Years 0000–0099 and dates before 1900 are refused with a message (the core check every surface uses).
  const dateError = isoDateProblem(reportDate, "报告日期 report date");
  const dateOk = dateError === undefined;

  const run = async (action: "insert" | "download") => {
    setBusy(true);
    setResult(null);
    const request: InsertRequest = { sourceIds, form: effectiveForm, reportDate };
    try {
      if (action === "insert") {
        setResult({ ok: true, outcome: await props.onInsert!(request) });
        setInserted(request.sourceIds);
      }
      else {
        await props.onDownload!(request);
        setResult({ ok: true, downloaded: true });
      }
    } catch (e) {
      setResult({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={styles.root} lang="zh-CN">
      <header>
        <h1 className={styles.title}>
          <Bi k="product" />
        </h1>
        <p className={styles.tagline}>
          <Bi k="tagline" />
        </p>
      </header>
      <CapabilityBar capabilities={capabilities} embedded={embedded} />
      <SourcePicker catalog={catalog} selected={selected} inWorkbook={inWorkbook} onChange={setSelected} />
      <InsertOptions form={effectiveForm} addinAvailable={addinAvailable} reportDate={reportDate} reportDateError={dateError} onForm={setForm} onReportDate={setReportDate} />
      <PlanPreview sheets={preview} />
      <div className={styles.actions}>
        {canInsert && (
          <Button appearance="primary" disabled={busy || !selected.length || !dateOk} onClick={() => void run("insert")}>
            {inWorkbook.length ? both("update") : both("insert")}
          </Button>
        )}
        {canDownload && (
          <Button appearance={canInsert ? "secondary" : "primary"} disabled={busy || !selected.length || !dateOk} onClick={() => void run("download")}>
            {both("download")}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={both("inserting")} />}
      </div>
      <div aria-live="polite">
        {result && result.ok && "outcome" in result && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>
                <Bi k="done" />
              </MessageBarTitle>
              {`${result.outcome.sheets} ${STRINGS.sheetsWord.zh}，${STRINGS.keptWord.zh} ${result.outcome.kept}，${result.outcome.syncs} ${STRINGS.syncsWord.zh}`}
              {result.outcome.skipped.length > 0 && `；${STRINGS.skipped.zh}：${result.outcome.skipped.join("；")}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.ok && "outcome" in result && (result.outcome.notices?.length ?? 0) > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <ul>
                {result.outcome.notices!.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && !result.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>
                <Bi k="failed" />
              </MessageBarTitle>
              {result.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {props.importer && <ImportSection importer={props.importer} form={effectiveForm} reportDate={reportDate} />}
      <footer>
        <small>
          {STRINGS.catalogVersion.zh} {STRINGS.catalogVersion.en}: {catalog.version}
        </small>
      </footer>
    </main>
  );
}
