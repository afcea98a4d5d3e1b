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
import type { PaneProps } from "./model";
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
    const [{ Pane }, catalog, { excelInserter, excelBoardHost, excelImporter }, embedded] = await Promise.all([
      loadPane(),
      loadCatalog(),
      loadExcel(),
      loadEmbedded(),
    ]);
    const board = excelBoardHost(catalog);
    return { Pane, props: { mode: "excel", catalog, capabilities, embedded, onInsert: excelInserter(capabilities), board, importer: excelImporter(capabilities, catalog) } };
  }
  const [{ Pane, webDownloader, webImporter }, catalog] = await Promise.all([loadPane(), loadCatalog()]);
  return { Pane, props: { mode: "web", catalog, capabilities, onDownload: webDownloader(catalog), importer: webImporter(catalog) } };
}

/** The source checkbox that has the keyboard focus, as its ID (both lists name their items alike). */
function focusedSource(): string | null {
  const active = document.activeElement;
  const item = active instanceof HTMLInputElement && active.type === "checkbox" ? active.closest("li") : null;
  return item?.getAttribute("data-source") ?? null;
}

/** Sources ticked in the page's static first paint (./prerender.tsx) before React replaced it. */
function tickedInStaticList(): string[] {
  const ticked = document.querySelectorAll<HTMLInputElement>("#container li[data-source] input[type=checkbox]:checked");
  return [...ticked].map((input) => input.closest("li")?.getAttribute("data-source") ?? "").filter(Boolean);
}

/** `capabilities` null: not known yet (office.js not ready), so the first paint only. */
export function App({ capabilities, load = loadFullPane }: { capabilities: Capabilities | null; load?: typeof loadFullPane }) {
  // React's first paint replaces the static one (if the page showed it): ticks and focus carry over.
  const [selected, setSelected] = React.useState<string[]>(tickedInStaticList);
  const [full, setFull] = React.useState<FullPane | null>(null);
  const [error, setError] = React.useState<string | undefined>();
  const refocus = React.useRef<string | null>(focusedSource());
  const attempt = React.useCallback(() => {
    if (!capabilities) return;
    setError(undefined);
    load(capabilities).then(
      (loaded) => {
        // The full pane replaces the list's elements: a keyboard user keeps their place in it.
        refocus.current = focusedSource();
        setFull(loaded);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [capabilities, load]);
  React.useEffect(attempt, [attempt]);
  React.useEffect(() => {
    if (!refocus.current) return;
    const id = refocus.current;
    refocus.current = null;
    const item = [...document.querySelectorAll("li[data-source]")].find((li) => li.getAttribute("data-source") === id);
    item?.querySelector<HTMLInputElement>("input[type=checkbox]")?.focus();
  }, [full]);
  if (full) return <full.Pane {...full.props} initialSelected={selected} />;
  return <FirstPaint summary={summary} selected={selected} onChange={setSelected} error={error} onRetry={attempt} />;
}
