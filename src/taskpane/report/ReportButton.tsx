 
/**
 * 生成通报 on the 进度看板: reads the open workbook (the board's reader, 2 round trips), makes the
 * same 通报 as `duibiao report` (../../report/content.ts buildReport, the one function both call) and
 * offers the Word file as a download link (a Blob URL with `download`). The Word writer is its own
 * chunk (./docxChunk.ts), loaded on the first press: a spinner meanwhile, and if it cannot be fetched
 * the error (Chinese first) and 重试, which fetches it again (../lazy.ts retryable forgets a failure).
 */
import * as React from "react";
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { buildReport } from "../../report/content";
import { loadError, retryable } from "../lazy";
import type { ReportSource } from "../model";
import { REPORT_STRINGS, reportText } from "./strings";

type DocxChunk = Pick<typeof import("./docxChunk"), "renderReportBlob">;
export const defaultLoadDocx: () => Promise<DocxChunk> = retryable(
  () => import(/* webpackChunkName: "report-docx" */ "./docxChunk"),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

type Phase =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "ready"; url: string; name: string }
  | { kind: "failed"; message: string };

export function ReportButton({
  read,
  loadDocx = defaultLoadDocx,
}: {
  read(): Promise<ReportSource>;
  loadDocx?: () => Promise<DocxChunk>;
}) {
  const styles = useStyles();
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const url = phase.kind === "ready" ? phase.url : undefined;
  // A Blob URL holds the document in memory until revoked: free it when replaced or on leaving.
  React.useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const make = React.useCallback(async () => {
    setPhase({ kind: "working" });
    try {
      const rows = await read();
      if (!rows.reportDate) throw new Error(reportText("noReportDate"));
      const report = buildReport(
        { ...rows, reportDate: rows.reportDate, workbookReportDate: rows.reportDate, computedRows: 0 },
        rows.file,
      );
      const chunk = await loadDocx().catch((e: unknown) => {
        throw loadError(e);
      });
      const blob = await chunk.renderReportBlob(report.blocks, { title: report.title });
      setPhase({ kind: "ready", url: URL.createObjectURL(blob), name: `通报-${rows.reportDate}.docx` });
    } catch (e) {
      setPhase({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }, [read, loadDocx]);

  return (
    <div className={styles.root}>
      <div>
        <Button size="small" appearance="primary" onClick={() => void make()} disabled={phase.kind === "working"}>
          {reportText("make")}
        </Button>
      </div>
      {phase.kind === "working" && <Spinner size="tiny" label={reportText("making")} />}
      {phase.kind === "ready" && (
        <p className={styles.hint} role="status">
          {REPORT_STRINGS.ready.zh}{" "}
          <Link href={phase.url} download={phase.name}>
            {`${REPORT_STRINGS.save.zh} ${phase.name}`}
          </Link>
          <br />
          {reportText("where")}
        </p>
      )}
      {phase.kind === "failed" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{reportText("failed")}</MessageBarTitle>
            <small>{phase.message}</small>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void make()}>
              {reportText("retry")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
