/* eslint-disable no-unused-vars -- the base rule flags parameter names of TypeScript function types; @typescript-eslint/no-unused-vars checks .tsx */
/**
 * The pane as the page shows it: the first paint (the source list from the build-time summary) until
 * the rest of the pane has loaded, then the full pane with what was ticked. Chunks that fail to load
 * are reported with a way to try again; nothing already loaded is fetched twice.
 */
import * as React from "react";
import summary from "../catalog/summary";
import type { Capabilities } from "../workbook/office/capabilities";
import { FirstPaint } from "./components/FirstPaint";
import type { PaneProps } from "./components/Pane";
import { retryable } from "./lazy";

const loadPane = retryable(() => import(/* webpackChunkName: "pane" */ "./lazyPane"));
const loadCatalog = retryable(() => import(/* webpackChunkName: "catalog" */ "../catalog/full").then((m) => m.default));
const loadExcel = retryable(() => import(/* webpackChunkName: "excel" */ "./excel"));
export const loadEmbedded = retryable(() =>
  import(/* webpackChunkName: "embedded" */ "./embedded").then((m) => m.loadEmbeddedCatalog()),
);

interface FullPane {
  Pane: (props: PaneProps) => React.JSX.Element;
  props: PaneProps;
}

export async function loadFullPane(capabilities: Capabilities): Promise<FullPane> {
  if (capabilities.mode === "excel") {
    const [{ Pane }, catalog, { excelInserter }, embedded] = await Promise.all([
      loadPane(),
      loadCatalog(),
      loadExcel(),
      loadEmbedded(),
    ]);
    return { Pane, props: { mode: "excel", catalog, capabilities, embedded, onInsert: excelInserter(capabilities) } };
  }
  const [{ Pane, webDownloader }, catalog] = await Promise.all([loadPane(), loadCatalog()]);
  return { Pane, props: { mode: "web", catalog, capabilities, onDownload: webDownloader(catalog) } };
}

export function App({ capabilities, load = loadFullPane }: { capabilities: Capabilities; load?: typeof loadFullPane }) {
  const [selected, setSelected] = React.useState<string[]>([]);
  const [full, setFull] = React.useState<FullPane | null>(null);
  const [error, setError] = React.useState<string | undefined>();
  const attempt = React.useCallback(() => {
    setError(undefined);
    load(capabilities).then(setFull, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [capabilities, load]);
  React.useEffect(attempt, [attempt]);
  if (full) return <full.Pane {...full.props} initialSelected={selected} />;
  return <FirstPaint summary={summary} selected={selected} onChange={setSelected} error={error} onRetry={attempt} />;
}
