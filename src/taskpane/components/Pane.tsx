/**
 * The task pane: pick sources (search, filter), see what will be written, insert
 * or update. Everything Excel-specific comes in through props (../model.ts `PaneProps`), so the same
 * pane runs inside Excel (`mode: "excel"`, `onInsert`) and as a web page (`mode: "web"`, `onDownload`:
 * the .xlsx download). Its state lives in ../usePaneState.ts; this file lays it out.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneProps } from "../model";
import { STRINGS } from "../strings";
import { PANE_STRINGS, paneText, removingText } from "./paneStrings";
import { usePaneState } from "../usePaneState";
import { Bi } from "./Bi";
import { ImportSection } from "../import/ImportSection";
import { PANE_LAYOUT } from "./paneLayout";
import { CapabilityBar } from "./CapabilityBar";
import { InsertOptions } from "./InsertOptions";
import { PlanPreview } from "./PlanPreview";
import { SourcePicker } from "./SourcePicker";
import { BoardTab, ViewTabs, type PaneView } from "../board/BoardTab";

const useStyles = makeStyles({
  ...PANE_LAYOUT,
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function Pane(props: PaneProps): React.JSX.Element {
  const { capabilities } = props;
  const styles = useStyles();
  const embedded = props.embedded ?? { state: "none" };
  const pane = usePaneState(props);
  const { catalog, inWorkbook, result } = pane;
  const nameOf = (id: string) => catalog.sources.find((s) => s.id === id)?.shortName ?? id;
  const removing = pane.canInsert && pane.removing.length ? removingText(pane.removing.map(nameOf)) : null;
  const [view, setView] = React.useState<PaneView>("insert");

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
      {props.board && <ViewTabs view={view} onView={setView} />}
      {props.board && view === "board" && <BoardTab host={props.board} sources={pane.catalog.sources} />}
      {/* The insert view stays mounted (what is ticked is kept) while the board is shown. */}
      <div style={{ display: view === "board" ? "none" : "contents" }}>
      <CapabilityBar capabilities={capabilities} embedded={embedded} />
      <SourcePicker
        catalog={catalog}
        selected={pane.selected}
        inWorkbook={inWorkbook}
        userSources={pane.userSources}
        onChange={pane.setSelected}
      />
      <InsertOptions
        form={pane.form}
        addinAvailable={pane.addinAvailable}
        reportDate={pane.reportDate}
        reportDateError={pane.reportDateError}
        onForm={pane.setForm}
        onReportDate={pane.setReportDate}
      />
      <PlanPreview sheets={pane.preview} />
      {removing && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              <Bi zh={PANE_STRINGS.removingTitle.zh} en={PANE_STRINGS.removingTitle.en} />
            </MessageBarTitle>
            <Bi zh={removing.zh} en={removing.en} />
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {pane.canInsert && (
          <Button appearance="primary" disabled={!pane.canRun} onClick={() => void pane.run("insert")}>
            {inWorkbook.length ? paneText("update") : paneText("insert")}
          </Button>
        )}
        {pane.canDownload && (
          <Button appearance={pane.canInsert ? "secondary" : "primary"} disabled={!pane.canRun} onClick={() => void pane.run("download")}>
            {paneText("download")}
          </Button>
        )}
        {pane.busy && <Spinner size="tiny" label={paneText("inserting")} />}
      </div>
      <div aria-live="polite">
        {result && result.ok && "outcome" in result && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>
                <Bi {...PANE_STRINGS.done} />
              </MessageBarTitle>
              {`${result.outcome.sheets} ${PANE_STRINGS.sheetsWord.zh}，${PANE_STRINGS.keptWord.zh} ${result.outcome.kept}，${result.outcome.syncs} ${PANE_STRINGS.syncsWord.zh}`}
              {result.outcome.skipped.length > 0 && `；${PANE_STRINGS.skipped.zh}：${result.outcome.skipped.join("；")}`}
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
                <Bi {...PANE_STRINGS.failed} />
              </MessageBarTitle>
              {result.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {props.importer && (
        <ImportSection
          importer={props.importer}
          form={pane.form}
          reportDate={pane.reportDate}
          onImported={props.importer.mode === "excel" ? pane.imported : undefined}
        />
      )}
      </div>
      <footer>
        <small>
          {STRINGS.catalogVersion.zh} {STRINGS.catalogVersion.en}: {props.catalog.version}
        </small>
      </footer>
    </main>
  );
}
