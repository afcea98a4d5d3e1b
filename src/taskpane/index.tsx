/**
 * Task pane entry, kept small (docs/PERFORMANCE.md: the page's initial script ≤120 KB gzipped, the list
 * of sources visible ≤1.5 s on a slow PC). The page already shows the list, rendered at build time
 * (./prerender.tsx); this script paints the same list with React from the catalog summary compiled at
 * build time (./components/FirstPaint.tsx), keeping what was ticked, and loads the rest of the pane
 * (search and filters, options, preview, the full catalog, the Excel or download side) as webpack
 * chunks, then swaps in the full pane, keeping what was ticked. A chunk that fails to load is reported and can be loaded again.
 *
 * Inside Excel (shared runtime) the page is also the custom functions' runtime: it reads the workbook's
 * embedded catalog for the functions at once, and builds the pane's UI only when the pane is shown
 * (./visibility.ts). Outside Office (Office.onReady with host null, or office.js not loaded at all) the
 * pane renders at once in web mode, with the .xlsx download.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { capabilitiesFrom, type Capabilities } from "../workbook/office/capabilities";
import { App, loadEmbedded } from "./App";
import { firstPaintTheme, themeFor } from "./theme";
import { whenPaneShown } from "./visibility";

/**
 * Whether office.js will find an Office host here. office.js reads the host from the page's
 * `_host_Info` query parameter, window.name or sessionStorage (OSF._OfficeAppFactory's
 * _retrieveHostInfo in @microsoft/office-js/dist/office.debug.js). Only a hint, for painting before
 * office.js is ready: where it is wrong the pane merely repaints once with Office's theme.
 */
function officeHostHint(): boolean {
  try {
    return (
      /[?&]_host_Info=/i.test(window.location.search) ||
      /hostInfo/.test(window.name) ||
      !!window.sessionStorage?.getItem("hostInfoValue")
    );
  } catch {
    return true;
  }
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("container") as HTMLElement);
  const paint = (theme: Theme, capabilities: Capabilities | null) =>
    root.render(
      <FluentProvider theme={theme}>
        <App capabilities={capabilities} />
      </FluentProvider>,
    );
  // In a plain browser the list is painted at once, not after Office.onReady (office.js fetches more
  // files of its own first); inside Office the pane waits for Office's theme and for being shown.
  if (document.visibilityState !== "hidden" && !officeHostHint()) paint(firstPaintTheme, null);
  const info = typeof Office !== "undefined" ? await Office.onReady() : { host: null };
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const capabilities = capabilitiesFrom(info.host, requirements);
  if (capabilities.mode === "excel") {
    // The runtime's own job, pane shown or not: the functions compute with the workbook's catalog.
    void loadEmbedded().catch(() => undefined);
    await whenPaneShown(Office.addin);
  }
  paint(await themeFor(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined), capabilities);
}

void start();
