/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript function types; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * The 进度看板 tab of the pane: loads the board's chunk when the tab is first opened (it is not part
 * of the inject view), with a spinner and, if the chunk cannot be fetched, the error and 重试.
 */
import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { retryable } from "../lazy";
import type { SourceName } from "../../workbook/office/readProgress";
import type { BoardHost } from "../model";
import { LazyState } from "./LazyState";
import { boardText } from "./strings";
import { useLazy } from "./useLazy";

const loadBoard = retryable(() => import(/* webpackChunkName: "board" */ "./Board"));

export function BoardTab({
  host,
  sources,
  load = loadBoard,
}: {
  host: BoardHost;
  sources?: readonly SourceName[];
  load?: typeof loadBoard;
}) {
  const board = useLazy(load);
  if (board.value) return <board.value.Board host={host} sources={sources} />;
  return <LazyState error={board.error} onRetry={board.retry} loading={boardText("reading")} />;
}

export type PaneView = "insert" | "board";

/** The pane's two views: insert/update (the pane as it was) and the 进度看板. */
export function ViewTabs({ view, onView }: { view: PaneView; onView(view: PaneView): void }) {
  return (
    <TabList
      size="small"
      selectedValue={view}
      onTabSelect={(_e, d) => onView(d.value === "board" ? "board" : "insert")}
    >
      <Tab value="insert">{boardText("tabInsert")}</Tab>
      <Tab value="board">{boardText("tabBoard")}</Tab>
    </TabList>
  );
}
