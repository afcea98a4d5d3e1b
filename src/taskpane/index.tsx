/**
 * Task pane entry, kept small (SPEC §7: the page's initial script ≤120 KB gzipped, the list of sources
 * visible ≤1.5 s on a slow PC). It paints the source list at once from the catalog summary compiled at
 * build time (./components/FirstPaint.tsx) and loads the rest of the pane — search and filters,
 * options, preview, the full catalog, the Excel or download side — as webpack chunks, then swaps in the
 * full pane, keeping what was ticked. A chunk that fails to load is reported and can be loaded again.
 *
 * Inside Excel (shared runtime) the page is also the custom functions' runtime: it reads the workbook's
 * embedded catalog for the functions at once, and builds the pane's UI only when the pane is shown
 * (./visibility.ts). Outside Office (Office.onReady with host null, or office.js not loaded at all) the
 * pane renders at once in web mode, with the .xlsx download.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { capabilitiesFrom } from "../workbook/office/capabilities";
import { App, loadEmbedded } from "./App";
import { themeFor } from "./theme";
import { whenPaneShown } from "./visibility";

async function start(): Promise<void> {
  const info = typeof Office !== "undefined" ? await Office.onReady() : { host: null };
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const capabilities = capabilitiesFrom(info.host, requirements);
  const theme = themeFor(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined);
  if (capabilities.mode === "excel") {
    // The runtime's own job, pane shown or not: the functions compute with the workbook's catalog.
    void loadEmbedded().catch(() => undefined);
    await whenPaneShown(Office.addin);
  }
  createRoot(document.getElementById("container") as HTMLElement).render(
    <FluentProvider theme={theme}>
      <App capabilities={capabilities} />
    </FluentProvider>,
  );
}

void start();
